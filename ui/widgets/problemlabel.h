#pragma once

#include <QLabel>

// The line that says what is wrong (or what went right) under a field or in a dialog (KeePassXC's
// MessageWidget): word-wrapped, hidden while it has nothing to say, and coloured from one palette per tone.
// The colour follows the window's palette, light or dark, and keeps a WCAG AA contrast (4.5:1) against its
// background.
class ProblemLabel : public QLabel
{
    Q_OBJECT
public:
    enum class Tone { Error, Warning, Done };

    explicit ProblemLabel(QWidget *parent = nullptr);
    ProblemLabel(const QString &objectName, QWidget *parent);

    // Shows the text in the tone's colour; an empty text hides the label.
    void showProblem(const QString &text, Tone tone = Tone::Error);
    // A passing word in the window's own text colour («Checking…»); an empty text hides the label.
    void showNote(const QString &text);
    void clear();
    Tone tone() const { return m_tone; }

    // The tone's text colour on this background: a dark shade on a light window, a light one on a dark
    // window, pushed further from the background until the contrast is at least minimumContrast().
    static QColor color(Tone tone, const QColor &background);
    // WCAG 2.x contrast ratio of two colours, 1 … 21.
    static double contrast(const QColor &a, const QColor &b);
    static constexpr double minimumContrast() { return 4.5; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColor();

    Tone m_tone = Tone::Error;
    bool m_note = false;
    bool m_applying = false;
};
