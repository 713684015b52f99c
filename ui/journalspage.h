#pragma once

#include "placeholderpage.h"

class CollegeRepository;
class QTreeWidget;

// The journal list by course and group (SPEC §1). Opening a group's journal comes with a later version;
// the groups themselves are real, from the cache.
class JournalsPage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit JournalsPage(const CollegeRepository &college, QWidget *parent = nullptr);

private:
    QTreeWidget *m_groups;
};
