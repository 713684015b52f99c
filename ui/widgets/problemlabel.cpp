#include "widgets/problemlabel.h"

#include <QEvent>

#include <cmath>

namespace {

double linear(double channel)
{
    return channel <= 0.04045 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF()) + 0.0722 * linear(color.blueF());
}

} // namespace

ProblemLabel::ProblemLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    hide();
    applyColor();
}

ProblemLabel::ProblemLabel(const QString &objectName, QWidget *parent) : ProblemLabel(parent)
{
    setObjectName(objectName);
}

void ProblemLabel::showProblem(const QString &text, Tone tone)
{
    m_tone = tone;
    m_note = false;
    applyColor();
    setText(text);
    setVisible(!text.isEmpty());
}

void ProblemLabel::showNote(const QString &text)
{
    m_note = true;
    applyColor();
    setText(text);
    setVisible(!text.isEmpty());
}

void ProblemLabel::clear()
{
    QLabel::clear();
    hide();
}

double ProblemLabel::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor ProblemLabel::color(Tone tone, const QColor &background)
{
    // The one palette: red, amber and green, each in a shade for light windows and one for dark windows.
    const bool dark = background.lightnessF() < 0.5;
    QColor color;
    switch (tone) {
    case Tone::Error:
        color = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1e, 0x1e);
        break;
    case Tone::Warning:
        color = dark ? QColor(0xff, 0xcc, 0x66) : QColor(0x8a, 0x55, 0x00);
        break;
    case Tone::Done:
        color = dark ? QColor(0x7d, 0xdc, 0x8f) : QColor(0x1e, 0x7b, 0x34);
        break;
    }
    // An unusual background (a mid grey, a tinted theme): move away from it until the text can be read.
    for (int step = 0; step < 20 && contrast(color, background) < minimumContrast(); ++step)
        color = dark ? color.lighter(110) : color.darker(115);
    if (contrast(color, background) < minimumContrast())
        color = dark ? QColor(Qt::white) : QColor(Qt::black);
    return color;
}

void ProblemLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyColor();
}

void ProblemLabel::applyColor()
{
    if (m_note) {
        m_applying = true;
        setPalette(QPalette()); // every colour the window's again
        m_applying = false;
        return;
    }
    QPalette palette = this->palette();
    const QColor wanted = color(m_tone, palette.color(QPalette::Window));
    if (palette.color(QPalette::WindowText) == wanted &&
        palette.isBrushSet(QPalette::Active, QPalette::WindowText))
        return;
    // A palette, not a style sheet: a style sheet gives the window a style sheet style to build and polish.
    m_applying = true;
    palette.setColor(QPalette::WindowText, wanted);
    setPalette(palette);
    m_applying = false;
}
