#pragma once

#include <QFile>
#include <QString>

#include <cstdio>

// What a benchmark says: printed as it goes and kept for <name>.report.txt, which CI prints after the run.
class BenchReport
{
public:
    void say(const QString &line)
    {
        m_text += line + QLatin1Char('\n');
        std::fputs(qUtf8Printable(line + QLatin1Char('\n')), stdout);
        std::fflush(stdout);
    }
    // An empty path writes nothing and succeeds.
    bool save(const QString &path) const
    {
        QFile file(path);
        return path.isEmpty() ||
               (file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(m_text.toUtf8()) >= 0);
    }

private:
    QString m_text;
};
