#pragma once

#include "diary/diarygroupdata.h"
#include "diary/finalgrade.h"
#include "diary/successforecast.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QPair>
#include <QSet>

#include <functional>

class SummarySheetStore;

// «Сводная ведомость» at the end of a group's journal (seed 001 §5): students × the group's subjects, each
// cell the student's final grade in the subject, «отсрочка» when it was deferred for illness. A final grade
// not published within a day of being set is flagged (seed 001 §6). Setting, deferring and publishing are
// saved at once; a save that fails keeps the edit, flagged as not saved, for a retry.
class SummarySheetModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        GradeRole = Qt::UserRole + 1, // FinalGrade
        PublicationRole,              // Publication
        EditableRole,                 // bool: the signed-in user may set this grade
        UnsavedRole,                  // bool: the last save of this cell failed
        ForecastRole,                 // int: the forecast final grade, 0 when none
    };
    enum class Publication { NoGrade, Published, Pending, Overdue };
    Q_ENUM(Publication)

    explicit SummarySheetModel(SummarySheetStore *store, QObject *parent = nullptr);

    // What "now" is for setting, publishing and the one-day limit (tests and the demo fix it).
    void setClock(std::function<QDateTime()> now);
    QDateTime now() const;
    void load(const DiaryGroupData &data);
    // The journals whose final grades the user may set and publish (their own subjects; every one for the
    // admin).
    void setEditableAssignments(const QSet<qint64> &assignmentIds);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    qint64 studentId(int row) const;
    qint64 assignmentId(int column) const;
    int columnOf(qint64 assignmentId) const;
    int rowOf(qint64 studentId) const;
    FinalGrade grade(const QModelIndex &index) const;
    Publication publication(const QModelIndex &index) const;
    bool isEditable(const QModelIndex &index) const;

    // Refused (false, problem for the user) outside the scale 2–5 or where the user may not set grades.
    bool setGrade(const QModelIndex &index, int value, QString *problem = nullptr);
    // Refused without a reason or with a date in the past (deferralProblem); nothing is changed then.
    bool defer(const QModelIndex &index, const QString &reason, const QDate &until,
               QString *problem = nullptr);
    // Publishes the set, unpublished grades among the cells the user may edit; returns how many.
    int publish(const QModelIndexList &indexes);
    // Every set, unpublished grade the user may publish in these columns.
    QModelIndexList unpublished(const QList<int> &columns) const;
    int overdueCount() const;
    int unsavedCount() const { return int(m_unsaved.size()); }
    void retryUnsaved();

    // The rule's texts, for the dialog that asks for a grade or a deferral.
    static QString scaleProblem();
    static QString deferralProblemText(DeferralProblem problem);

Q_SIGNALS:
    void saveFailed(const QString &error);
    void saved();

private:
    using Key = QPair<qint64, qint64>; // student, journal
    Key keyOf(const QModelIndex &index) const;
    QString toolTip(const QModelIndex &index) const;
    void store(const QList<FinalGrade> &grades);
    void changed(const Key &key);

    SummarySheetStore *m_store;
    std::function<QDateTime()> m_now;
    QList<Student> m_students;
    QList<TeachingAssignment> m_columns;
    QStringList m_titles;
    QStringList m_teachers;
    QHash<Key, FinalGrade> m_grades;
    QHash<Key, SuccessForecast> m_forecasts;
    QSet<qint64> m_editable;
    QSet<Key> m_unsaved;
    QHash<Key, quint64> m_lastSave; // the newest save of each cell decides whether it is unsaved
    quint64 m_saves = 0;
};

Q_DECLARE_METATYPE(FinalGrade)
