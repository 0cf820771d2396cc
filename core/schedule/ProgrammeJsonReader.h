#pragma once

#include "core/schedule/Programme.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace kotva {

/// Reads the JSON structure of a programme file into a Programme, stopping at the first
/// problem and remembering where it was ("activities[1].rules[0].weekday"). Semantic
/// checks (times in order, enough leads...) are Programme::validate()'s job.
/// Internal to ProgrammeJson.
class ProgrammeJsonReader final
{
public:
    [[nodiscard]] std::optional<Programme> read(const QJsonObject& root);
    /// One activity object alone.
    [[nodiscard]] std::optional<Activity> readActivity(const QJsonObject& object);
    /// "activities[1].start: '25:00' is not a time (HH:MM)"; empty when read() succeeded.
    [[nodiscard]] QString firstError() const { return m_error; }

private:
    bool organisation(const QJsonObject& object, Organisation& out);
    bool activity(const QJsonObject& object, Activity& out);
    bool rule(const QJsonObject& object, RecurrenceRule& out);
    bool venue(const QJsonValue& value, Venue& out);
    bool cancellation(const QJsonObject& object, Cancellation& out);
    bool change(const QJsonObject& object, OccurrenceChange& out);
    bool rota(const QJsonObject& object, OnCallRota& out);

    bool onlyKeys(const QJsonObject& object, std::initializer_list<const char*> allowed);
    bool object(const QJsonObject& parent, const char* key, QJsonObject& out, bool required);
    bool array(const QJsonObject& parent, const char* key, QJsonArray& out, bool required);
    bool string(const QJsonObject& parent, const char* key, QString& out, bool required);
    bool strings(const QJsonObject& parent, const char* key, QStringList& out);
    bool integer(const QJsonObject& parent, const char* key, std::optional<int>& out);
    bool time(const QJsonObject& parent, const char* key, QTime& out, bool required);
    bool date(const QJsonObject& parent, const char* key, QDate& out, bool required);
    bool weekday(const QJsonObject& parent, Qt::DayOfWeek& out);

    bool error(const QString& key, const QString& message);
    void push(const QString& segment) { m_path << segment; }
    void pop() { m_path.removeLast(); }

    QStringList m_path;
    QString m_error;
};

} // namespace kotva
