#pragma once

#include <QString>
#include <QtGlobal>

// An LMS program (a БАС course) whose learners' footprint goes to U2035.
struct Program
{
    qint64 id = 0;
    QString title;
    QString flowId; // U2035 flow_id
};

struct ProgramBlock
{
    enum class Kind {
        Theoretical,     // theoretical block
        Practical,       // practical block
        FinalAttestation // final attestation of the program
    };

    qint64 id = 0;
    qint64 programId = 0;
    QString title;
    Kind kind = Kind::Theoretical;
    int number = 1;
    // «Требуются подтверждающие документы по итоговой аттестации»
    bool requiresFinalDocuments = false;
};
