#pragma once

#include <QLabel>

// The title at the top of a page: larger and bold, from the platform font so it scales with the user's
// setting.
class PageHeading : public QLabel
{
    Q_OBJECT
public:
    explicit PageHeading(const QString &text, QWidget *parent = nullptr);
};
