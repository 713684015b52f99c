#pragma once

#include <QString>

class QLabel;
class QVBoxLayout;
class QWidget;

// The layout of the pages before the workspace (connect, sign-in, role choice, first sync): one column
// centred in the window, the logo and the page's heading at its top, a quiet hint at its foot.
namespace CentredColumn {

// Lays `page` out and returns the column below the heading for the page to fill; width is the column's share
// of the window's width against 1 on either side.
QVBoxLayout *install(QWidget *page, const QString &heading, int width = 2);
// The hint at the foot of the column (placeholder colour, wrapped).
QLabel *addHint(QVBoxLayout *column, const QString &text);

} // namespace CentredColumn
