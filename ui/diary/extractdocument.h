#pragma once

#include "diary/paperextract.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class QPrinter;

// The paper extract («выписка») as a document (seed 001 §2): HTML for QTextDocument, one student a page, so
// that printing and PDF keep the text (a PDF's text can be searched and read aloud).
class ExtractDocument
{
    Q_DECLARE_TR_FUNCTIONS(ExtractDocument)
public:
    static QString html(const QList<PaperExtract> &extracts, const QString &organisation,
                        const QDate &madeOn);
    static void print(const QString &html, QPrinter &printer);
    // Writes a PDF (A4) to path; false with the reason when the file could not be written.
    static bool writePdf(const QString &html, const QString &path, QString *error);
};
