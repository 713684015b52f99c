#include "diary/extractdocument.h"

#include "journals/journallabels.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPageSize>
#include <QPrinter>
#include <QTextDocument>

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString finalGradeText(const FinalGrade &grade)
{
    const QLocale locale;
    if (grade.value > 0)
        return QString::number(grade.value);
    if (grade.deferred)
        return ExtractDocument::tr("deferred until %1")
            .arg(locale.toString(grade.deferredUntil, QLocale::ShortFormat));
    return ExtractDocument::tr("not set yet");
}

QString cellText(const PaperExtractLesson &lesson)
{
    Mark mark;
    mark.value = lesson.mark;
    mark.absent = lesson.absent;
    return JournalLabels::cell(mark);
}

} // namespace

QString ExtractDocument::html(const QList<PaperExtract> &extracts, const QString &organisation,
                              const QDate &madeOn)
{
    const QLocale locale;
    QString out;
    out += QStringLiteral("<html><head><meta charset=\"utf-8\"><style>"
                          "body { font-size: 9pt; } h2 { font-size: 14pt; margin-bottom: 2pt; }"
                          " h3 { font-size: 11pt; margin-top: 10pt; margin-bottom: 2pt; }"
                          " th { background-color: #e8e8e8; text-align: left; } td, th { padding: 2pt; }"
                          " .note { color: #444444; }"
                          "</style></head><body>");
    bool first = true;
    for (const PaperExtract &e : extracts) {
        out += first ? QStringLiteral("<h2>") : QStringLiteral("<h2 style=\"page-break-before: always\">");
        first = false;
        out += esc(tr("Extract from the electronic journal")) + QStringLiteral("</h2>");
        out += QStringLiteral("<p>");
        if (!organisation.isEmpty())
            out += esc(organisation) + QStringLiteral("<br>");
        out += tr("Student: <b>%1</b>, group %2").arg(esc(e.student.full()), esc(e.group)) +
               QStringLiteral("<br>");
        out += esc(tr("Period: from %1 to %2")
                       .arg(locale.toString(e.from, QLocale::ShortFormat),
                            locale.toString(e.to, QLocale::ShortFormat)));
        if (!e.parents.isEmpty()) {
            QStringList names;
            for (const PersonName &p : e.parents)
                names << p.full();
            out += QStringLiteral("<br>") +
                   esc(tr("Parents (legal representatives): %1").arg(names.join(QStringLiteral(", "))));
        }
        out += QStringLiteral("</p>");

        for (const PaperExtractSubject &s : e.subjects) {
            out += QStringLiteral("<h3>") + esc(s.subject) + QStringLiteral("</h3><p>");
            out += esc(tr("Teacher: %1").arg(s.teacher)) + QStringLiteral("<br>");
            QString summary = s.marks > 0
                                  ? tr("Mean mark for the period: %1").arg(locale.toString(s.mean, 'f', 2))
                                  : tr("No marks for the period");
            summary += QStringLiteral("; ") + tr("absences: %1").arg(s.absences);
            summary += QStringLiteral("; ") + tr("final grade: %1").arg(finalGradeText(s.finalGrade));
            out += esc(summary) + QStringLiteral("</p>");
            if (s.lessons.isEmpty()) {
                out += QStringLiteral("<p class=\"note\">") +
                       esc(tr("No marks, absences or homework in this period.")) + QStringLiteral("</p>");
                continue;
            }
            out += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
                                  "<tr><th width=\"15%\">") +
                   esc(tr("Date")) + QStringLiteral("</th><th width=\"43%\">") + esc(tr("Lesson")) +
                   QStringLiteral("</th><th width=\"12%\">") + esc(tr("Mark")) + QStringLiteral("</th><th>") +
                   esc(tr("Homework")) + QStringLiteral("</th></tr>");
            for (const PaperExtractLesson &l : s.lessons) {
                out += QStringLiteral("<tr><td nowrap>") +
                       esc(locale.toString(l.date, QLocale::ShortFormat)) + QStringLiteral("</td><td>") +
                       esc(JournalLabels::lessonType(l.type));
                if (!l.topic.isEmpty())
                    out += QStringLiteral(": ") + esc(l.topic);
                out += QStringLiteral("</td><td align=\"center\"><b>") + esc(cellText(l)) +
                       QStringLiteral("</b></td><td>") + esc(l.homework) + QStringLiteral("</td></tr>");
            }
            out += QStringLiteral("</table><p style=\"margin: 0\">&nbsp;</p>");
        }
        out += QStringLiteral("<p class=\"note\"><br>") +
               esc(tr("Made on %1 for the parents (legal representatives) of the student.")
                       .arg(locale.toString(madeOn, QLocale::ShortFormat))) +
               QStringLiteral("<br><br>") + esc(tr("Curator: ____________________")) + QStringLiteral("</p>");
    }
    if (extracts.isEmpty())
        out += QStringLiteral("<p>") + esc(tr("Nobody to make an extract for.")) + QStringLiteral("</p>");
    out += QStringLiteral("</body></html>");
    return out;
}

void ExtractDocument::print(const QString &html, QPrinter &printer)
{
    QTextDocument document;
    document.setHtml(html);
    document.print(&printer);
}

bool ExtractDocument::writePdf(const QString &html, const QString &path, QString *error)
{
    // An old file of that name would hide a failed write.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        if (error)
            *error = tr("The PDF file %1 could not be written.").arg(path);
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    printer.setDocName(QFileInfo(path).completeBaseName());
    print(html, printer);
    const QFileInfo written(path);
    if (!written.exists() || written.size() == 0) {
        if (error)
            *error = tr("The PDF file %1 could not be written.").arg(path);
        return false;
    }
    return true;
}
