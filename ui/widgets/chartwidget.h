#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

// A bar chart drawn with QPainter (no chart module): one row per category with a bar per series, the value at
// the end of each bar, a legend when there is more than one series, and the numbers in a tooltip on hover.
// Horizontal bars keep long Russian labels («Практическое занятие») readable.
class ChartWidget : public QWidget
{
    Q_OBJECT
public:
    struct Series
    {
        QString name;
        QColor color;
    };
    struct Category
    {
        QString label;
        QList<double> values; // one per series
        QStringList toolTips; // one per series; empty: "label — series: value"
        QColor color;         // with one series: this row's colour instead of the series'
    };

    explicit ChartWidget(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    QString title() const { return m_title; }
    void setSeries(const QList<Series> &series);
    void setCategories(const QList<Category> &categories);
    const QList<Category> &categories() const { return m_categories; }
    // Shown instead of bars when there is nothing to draw.
    void setEmptyText(const QString &text);

    // Where a bar is drawn and what hovering it says (tests look at these too).
    QRect barRect(int category, int series) const;
    QString toolTipAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Layout
    {
        QRect title;
        QRect legend;
        QRect plot; // where bars go, right of the labels
        int labelWidth = 0;
        int rowHeight = 0;
        int barHeight = 0;
        double maximum = 1.0;
    };
    Layout layout() const;
    QString formatValue(double value) const;
    QString defaultToolTip(int category, int series) const;
    void updateAccessibleDescription();
    std::pair<int, int> barAt(const QPoint &pos) const;

    QString m_title;
    QString m_emptyText;
    QList<Series> m_series;
    QList<Category> m_categories;
    std::pair<int, int> m_hovered{-1, -1};
};
