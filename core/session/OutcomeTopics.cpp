#include "core/session/OutcomeTopics.h"

#include "core/storage/VaultSettings.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace kotva::outcometopics {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::ContactRepository)
};

/// The organisation's list, a JSON array in the vault's settings; empty = never stored.
const StringSetting TopicsSetting{QStringLiteral("session.outcome_topics"), QString()};

} // namespace

QStringList defaults()
{
    return {
        Tr::tr("Loneliness"),
        Tr::tr("Relationships"),
        Tr::tr("Family"),
        Tr::tr("Work or school"),
        Tr::tr("Mood and emotions"),
        Tr::tr("Anxiety and stress"),
        Tr::tr("Self-harm or thoughts of suicide"),
        Tr::tr("Health and treatment"),
        Tr::tr("Money and housing"),
        Tr::tr("Substances"),
        Tr::tr("The group and the programme"),
        Tr::tr("Other"),
    };
}

Result<QStringList> cleaned(const QStringList& topics)
{
    QStringList out;
    for (const QString& topic : topics) {
        const QString trimmed = topic.simplified();
        if (trimmed.isEmpty() || out.contains(trimmed))
            continue;
        if (trimmed.size() > MaxTopicLength)
            return fail(
                ErrorCode::InvalidArgument,
                Tr::tr("A topic can be at most %n character(s) long.", nullptr, MaxTopicLength));
        out.append(trimmed);
    }
    if (out.size() > MaxTopics)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The list can hold at most %n topic(s).", nullptr, MaxTopics));
    return out;
}

Result<QStringList> load(const Vault& vault)
{
    const Result<QString> stored = VaultSettings(vault).value(TopicsSetting);
    if (!stored)
        return std::unexpected(stored.error());
    if (stored->isEmpty()) {
        // Storing fixes the wording; should it fail (a full disk), the list is still
        // shown and the next read tries again.
        const QStringList list = defaults();
        (void)store(vault, list);
        return list;
    }
    QStringList topics;
    const QJsonArray array = QJsonDocument::fromJson(stored->toUtf8()).array();
    for (const QJsonValue& value : array) {
        if (value.isString())
            topics.append(value.toString());
    }
    return topics;
}

Status store(const Vault& vault, const QStringList& topics)
{
    const Result<QStringList> clean = cleaned(topics);
    if (!clean)
        return std::unexpected(clean.error());
    const QByteArray json =
        QJsonDocument(QJsonArray::fromStringList(*clean)).toJson(QJsonDocument::Compact);
    return VaultSettings(vault).setValue(TopicsSetting, QString::fromUtf8(json));
}

} // namespace kotva::outcometopics
