#pragma once

#include "footprint/basextension.h"
#include "footprint/basproblem.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>

#include <optional>

// The catalogue of «Расширения БАС», read from U2035's JSON Schema (the bytes are handed in: models do no I/O).
class BasExtensionCatalogue
{
public:
    static std::optional<BasExtensionCatalogue> fromSchema(const QByteArray &schemaJson, QString *error);

    const QList<BasExtension> &entries() const { return m_entries; }
    const BasExtension *find(const QString &iri) const;

    // Seed 000 / issue 4: every value is checked against the schema (value kind, min/max, bestResultSelector)
    // before a statement is queued; a refusal names the field by its Russian label.
    BasProblem validate(const QString &iri, const QJsonValue &value) const;

private:
    QList<BasExtension> m_entries;
    QHash<QString, qsizetype> m_index;
};
