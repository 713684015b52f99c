#pragma once

#include "college/collegedata.h"
#include "diary/finalgrade.h"

#include <QSqlQuery>
#include <QString>
#include <QVariant>

// The rows of the college tables as the cache stores them: one INSERT and one binder per kind of row, shared
// by the bulk write of a whole college (CollegeWriter) and the pull from SGO (CollegePull), so that both
// write the same columns with the same codes.
namespace CollegeRows {

// Binds the values of one row of a (multi-row) INSERT: column n of the row at the current base.
class Binder
{
public:
    explicit Binder(QSqlQuery &query) : m_query(query) {}
    void setBase(int base) { m_base = base; }
    void bindValue(int column, const QVariant &value) { m_query.bindValue(m_base + column, value); }

private:
    QSqlQuery &m_query;
    int m_base = 0;
};

// Each kind's INSERT (one row of `?`s after " VALUES ") and its binder: the columns in that order.
extern const char OrganisationSql[];
extern const char StaffSql[];
extern const char GroupSql[];
extern const char StudentSql[];
extern const char OrderSql[];
extern const char ParentSql[];
extern const char ParentLinkSql[];
extern const char SubjectSql[];
extern const char AssignmentSql[];
extern const char LessonSql[];
extern const char MarkSql[];
extern const char ProgramSql[];
extern const char BlockSql[];
extern const char ActivitySql[];
extern const char FinalGradeSql[]; // the ЭД's, as DiaryRepository writes them

void bindOrganisation(Binder &q, const Organisation &o); // always row id 1: the cache holds one
void bindStaff(Binder &q, const StaffMember &s);
void bindGroup(Binder &q, const Group &g);
void bindStudent(Binder &q, const Student &s);
void bindOrder(Binder &q, const EnrolmentOrder &o);
void bindParent(Binder &q, const Parent &p);
void bindParentLink(Binder &q, const ParentLink &l);
void bindSubject(Binder &q, const Subject &s);
void bindAssignment(Binder &q, const TeachingAssignment &a);
void bindLesson(Binder &q, const Lesson &l);
void bindMark(Binder &q, const Mark &m);
void bindProgram(Binder &q, const Program &p);
void bindBlock(Binder &q, const ProgramBlock &b);
void bindActivity(Binder &q, const Activity &a);
void bindFinalGrade(Binder &q, const FinalGrade &g);

// The INSERT turned into an upsert on `key` (its columns, comma-separated): a row already there is updated
// in place, so that the rows referring to it stay (INSERT OR REPLACE would delete it, and cascade). With
// `rows` > 1 the statement takes that many rows, bound with Binder::setBase(row * valuesPerRow()).
QString upsertSql(const char *insertSql, const char *key, int rows = 1);
// The `?`s of one row of the INSERT.
int valuesPerRow(const char *insertSql);
// SQLite before 3.32 (still bundled in places) allows 999 parameters in a statement.
constexpr int MaxValuesPerStatement = 999;

} // namespace CollegeRows
