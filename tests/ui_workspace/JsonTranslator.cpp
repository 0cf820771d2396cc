#include "tests/ui_workspace/JsonTranslator.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace kotva::test {

bool JsonTranslator::loadFolder(const QString& folder)
{
    const QDir dir(folder);
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonArray entries = QJsonDocument::fromJson(file.readAll()).array();
        for (const QJsonValue& value : entries) {
            const QJsonObject entry = value.toObject();
            const QString key = entry.value(QStringLiteral("context")).toString() + u'\n' +
                                entry.value(QStringLiteral("source")).toString();
            QStringList forms;
            if (entry.contains(QStringLiteral("plural"))) {
                for (const QJsonValue& form : entry.value(QStringLiteral("plural")).toArray())
                    forms << form.toString();
            } else {
                forms << entry.value(QStringLiteral("translation")).toString();
            }
            m_entries.insert(key, forms);
        }
    }
    return !m_entries.isEmpty();
}

QString JsonTranslator::translate(const char* context, const char* sourceText, const char*,
                                  int n) const
{
    const auto it =
        m_entries.constFind(QString::fromUtf8(context) + u'\n' + QString::fromUtf8(sourceText));
    if (it == m_entries.cend() || it->isEmpty())
        return {};
    if (it->size() < 3 || n < 0)
        return it->first();
    // Czech: 1 / 2–4 / everything else.
    return n == 1 ? it->at(0) : (n >= 2 && n <= 4) ? it->at(1) : it->at(2);
}

} // namespace kotva::test
