#include "core/schedule/ProgrammeJsonReader.h"

#include "core/schedule/ProgrammeJson.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <limits>

namespace kotva {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::ProgrammeJson)
};

QString key(const char* name)
{
    return QString::fromLatin1(name);
}

} // namespace

bool ProgrammeJsonReader::error(const QString& where, const QString& message)
{
    if (m_error.isEmpty()) {
        QStringList path = m_path;
        if (!where.isEmpty())
            path << where;
        QString location = path.join(u'.');
        location.replace(QStringLiteral(".["), QStringLiteral("["));
        m_error = location.isEmpty() ? message : location + QStringLiteral(": ") + message;
    }
    return false;
}

bool ProgrammeJsonReader::onlyKeys(const QJsonObject& object,
                                   std::initializer_list<const char*> allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        bool known = false;
        for (const char* name : allowed)
            known = known || it.key() == QLatin1String(name);
        if (!known)
            return error(it.key(), Tr::tr("unknown key (misspelt?)"));
    }
    return true;
}

bool ProgrammeJsonReader::object(const QJsonObject& parent, const char* name, QJsonObject& out,
                                 bool required)
{
    const QJsonValue value = parent.value(key(name));
    if (value.isUndefined() || value.isNull())
        return required ? error(key(name), Tr::tr("is missing")) : true;
    if (!value.isObject())
        return error(key(name), Tr::tr("must be an object"));
    out = value.toObject();
    return true;
}

bool ProgrammeJsonReader::array(const QJsonObject& parent, const char* name, QJsonArray& out,
                                bool required)
{
    const QJsonValue value = parent.value(key(name));
    if (value.isUndefined() || value.isNull())
        return required ? error(key(name), Tr::tr("is missing")) : true;
    if (!value.isArray())
        return error(key(name), Tr::tr("must be a list"));
    out = value.toArray();
    return true;
}

bool ProgrammeJsonReader::string(const QJsonObject& parent, const char* name, QString& out,
                                 bool required)
{
    const QJsonValue value = parent.value(key(name));
    if (value.isUndefined() || value.isNull())
        return required ? error(key(name), Tr::tr("is missing")) : true;
    if (!value.isString())
        return error(key(name), Tr::tr("must be text"));
    out = value.toString().trimmed();
    if (required && out.isEmpty())
        return error(key(name), Tr::tr("must not be empty"));
    return true;
}

bool ProgrammeJsonReader::strings(const QJsonObject& parent, const char* name, QStringList& out)
{
    QJsonArray items;
    if (!array(parent, name, items, false))
        return false;
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString() || items.at(i).toString().trimmed().isEmpty())
            return error(key(name) + QStringLiteral("[%1]").arg(i),
                         Tr::tr("must be a non-empty text"));
        out << items.at(i).toString().trimmed();
    }
    return true;
}

bool ProgrammeJsonReader::integer(const QJsonObject& parent, const char* name,
                                  std::optional<int>& out)
{
    const QJsonValue value = parent.value(key(name));
    if (value.isUndefined() || value.isNull())
        return true;
    const double number = value.toDouble(0.5);
    // The range is checked before the conversion: int() of a double beyond int's range is
    // undefined behaviour (found by tests/fuzz/fuzz_programme with "1e300").
    const bool whole = value.isDouble() && number >= double(std::numeric_limits<int>::min()) &&
                       number <= double(std::numeric_limits<int>::max()) &&
                       number == std::trunc(number);
    if (!whole)
        return error(key(name), Tr::tr("must be a whole number"));
    out = int(number);
    return true;
}

bool ProgrammeJsonReader::time(const QJsonObject& parent, const char* name, QTime& out,
                               bool required)
{
    QString text;
    if (!string(parent, name, text, required))
        return false;
    if (text.isEmpty())
        return true;
    out = QTime::fromString(text, QStringLiteral("H:mm"));
    if (!out.isValid())
        return error(key(name), Tr::tr("'%1' is not a time (HH:MM)").arg(text));
    return true;
}

bool ProgrammeJsonReader::date(const QJsonObject& parent, const char* name, QDate& out,
                               bool required)
{
    QString text;
    if (!string(parent, name, text, required))
        return false;
    if (text.isEmpty())
        return true;
    out = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!out.isValid())
        return error(key(name), Tr::tr("'%1' is not a date (YYYY-MM-DD)").arg(text));
    return true;
}

bool ProgrammeJsonReader::weekday(const QJsonObject& parent, Qt::DayOfWeek& out)
{
    static const char* const names[] = {"monday", "tuesday",  "wednesday", "thursday",
                                        "friday", "saturday", "sunday"};
    QString text;
    if (!string(parent, "weekday", text, true))
        return false;
    for (int day = 0; day < 7; ++day) {
        if (text.compare(QLatin1String(names[day]), Qt::CaseInsensitive) == 0) {
            out = Qt::DayOfWeek(day + 1);
            return true;
        }
    }
    return error(QStringLiteral("weekday"),
                 Tr::tr("'%1' is not a weekday (monday … sunday)").arg(text));
}

bool ProgrammeJsonReader::venue(const QJsonValue& value, Venue& out)
{
    // Shorthand: "organisation" or "announced"; a plain place as {"kind": "place", "place": "…"}.
    if (value.isString()) {
        const auto kind = Venue::kindFromName(value.toString());
        if (!kind || *kind == Venue::Kind::Place)
            return error(QString(),
                         Tr::tr("'%1' is not a venue: use \"organisation\", \"announced\" "
                                "or {\"kind\": \"place\", \"place\": \"…\"}")
                             .arg(value.toString()));
        out = Venue{*kind, {}};
        return true;
    }
    if (!value.isObject())
        return error(QString(), Tr::tr("must be a venue object"));
    const QJsonObject object = value.toObject();
    QString kindText;
    if (!onlyKeys(object, {"kind", "place"}) || !string(object, "kind", kindText, true))
        return false;
    const auto kind = Venue::kindFromName(kindText);
    if (!kind)
        return error(QStringLiteral("kind"),
                     Tr::tr("'%1' is not one of organisation, place, announced").arg(kindText));
    out.kind = *kind;
    if (!string(object, "place", out.place, *kind == Venue::Kind::Place))
        return false;
    // A place left behind when the kind was changed means nothing: it is dropped, as saving
    // would drop it (found by tests/fuzz/fuzz_programme: the reloaded programme differed).
    if (*kind != Venue::Kind::Place)
        out.place.clear();
    return true;
}

bool ProgrammeJsonReader::rule(const QJsonObject& object, RecurrenceRule& out)
{
    if (!onlyKeys(object, {"kind", "weekday", "parity", "nth", "date", "from", "until", "venue"}))
        return false;
    QString kindText;
    if (!string(object, "kind", kindText, true))
        return false;
    const auto kind = RecurrenceRule::kindFromName(kindText);
    if (!kind)
        return error(QStringLiteral("kind"),
                     Tr::tr("'%1' is not one of weekly, monthly, once").arg(kindText));
    out.kind = *kind;
    switch (*kind) {
    case RecurrenceRule::Kind::Weekly: {
        QString parityText = QStringLiteral("any");
        if (!weekday(object, out.weekday) || !string(object, "parity", parityText, false))
            return false;
        const auto parity = RecurrenceRule::parityFromName(
            parityText.isEmpty() ? QStringLiteral("any") : parityText);
        if (!parity)
            return error(QStringLiteral("parity"),
                         Tr::tr("'%1' is not one of any, even, odd").arg(parityText));
        out.parity = *parity;
        break;
    }
    case RecurrenceRule::Kind::MonthlyNthWeekday: {
        std::optional<int> nth;
        if (!weekday(object, out.weekday) || !integer(object, "nth", nth))
            return false;
        if (!nth)
            return error(QStringLiteral("nth"), Tr::tr("is missing"));
        out.nth = *nth;
        break;
    }
    case RecurrenceRule::Kind::Once:
        if (!date(object, "date", out.date, true))
            return false;
        break;
    }
    if (!date(object, "from", out.validFrom, false) ||
        !date(object, "until", out.validUntil, false))
        return false;
    if (object.contains(QStringLiteral("venue"))) {
        Venue override;
        push(QStringLiteral("venue"));
        const bool ok = venue(object.value(QStringLiteral("venue")), override);
        pop();
        if (!ok)
            return false;
        out.venue = override;
    }
    return true;
}

bool ProgrammeJsonReader::activity(const QJsonObject& object, Activity& out)
{
    if (!onlyKeys(object, {"id", "title", "description", "start", "end", "breakMinutes",
                           "breakStart", "venue", "leads", "capacity", "supervision", "rules"}))
        return false;
    std::optional<int> breakMinutes;
    QString supervision;
    if (!string(object, "supervision", supervision, false))
        return false;
    if (!supervision.isEmpty()) {
        out.supervision = supervisionKindFromName(supervision);
        if (!out.supervision)
            return error(QStringLiteral("supervision"),
                         Tr::tr("must be \"team\" or \"individual\""));
    }
    if (!string(object, "id", out.id, true) || !string(object, "title", out.title, true) ||
        !string(object, "description", out.description, false) ||
        !time(object, "start", out.start, true) || !time(object, "end", out.end, true) ||
        !integer(object, "breakMinutes", breakMinutes) ||
        !time(object, "breakStart", out.breakStart, false) ||
        !strings(object, "leads", out.leads) || !integer(object, "capacity", out.capacity))
        return false;
    out.breakMinutes = breakMinutes.value_or(0);
    out.venue = Venue::organisation();
    if (object.contains(QStringLiteral("venue"))) {
        push(QStringLiteral("venue"));
        const bool ok = venue(object.value(QStringLiteral("venue")), out.venue);
        pop();
        if (!ok)
            return false;
    }
    QJsonArray rules;
    if (!array(object, "rules", rules, true))
        return false;
    for (qsizetype i = 0; i < rules.size(); ++i) {
        push(QStringLiteral("rules[%1]").arg(i));
        RecurrenceRule parsed;
        const bool ok = rules.at(i).isObject() ? rule(rules.at(i).toObject(), parsed)
                                               : error(QString(), Tr::tr("must be an object"));
        pop();
        if (!ok)
            return false;
        out.rules.append(parsed);
    }
    return true;
}

bool ProgrammeJsonReader::cancellation(const QJsonObject& object, Cancellation& out)
{
    return onlyKeys(object, {"activity", "date", "reason"}) &&
           string(object, "activity", out.activityId, true) &&
           date(object, "date", out.date, true) && string(object, "reason", out.reason, true);
}

bool ProgrammeJsonReader::change(const QJsonObject& object, OccurrenceChange& out)
{
    if (!onlyKeys(object, {"activity", "date", "start", "end", "venue", "note"}) ||
        !string(object, "activity", out.activityId, true) ||
        !date(object, "date", out.date, true) || !time(object, "start", out.start, false) ||
        !time(object, "end", out.end, false) || !string(object, "note", out.note, false))
        return false;
    if (object.contains(QStringLiteral("venue"))) {
        Venue changed;
        push(QStringLiteral("venue"));
        const bool ok = venue(object.value(QStringLiteral("venue")), changed);
        pop();
        if (!ok)
            return false;
        out.venue = changed;
    }
    return true;
}

bool ProgrammeJsonReader::rota(const QJsonObject& object, OnCallRota& out)
{
    return onlyKeys(object, {"peers", "startMonday", "phone"}) &&
           strings(object, "peers", out.peers) &&
           date(object, "startMonday", out.anchorMonday, false) &&
           string(object, "phone", out.phone, false);
}

bool ProgrammeJsonReader::organisation(const QJsonObject& object, Organisation& out)
{
    return onlyKeys(object,
                    {"name", "programme", "address", "shortAddress", "email", "phone", "web"}) &&
           string(object, "name", out.name, true) &&
           string(object, "programme", out.programme, false) &&
           string(object, "address", out.address, false) &&
           string(object, "shortAddress", out.shortAddress, false) &&
           string(object, "email", out.email, false) && string(object, "phone", out.phone, false) &&
           string(object, "web", out.web, false);
}

std::optional<Activity> ProgrammeJsonReader::readActivity(const QJsonObject& object)
{
    m_path.clear();
    m_error.clear();
    Activity out;
    if (!activity(object, out))
        return std::nullopt;
    return out;
}

std::optional<Programme> ProgrammeJsonReader::read(const QJsonObject& root)
{
    m_path.clear();
    m_error.clear();
    Programme programme;
    QString format;
    std::optional<int> version;
    if (!onlyKeys(root, {"format", "version", "organisation", "activities", "cancellations",
                         "changes", "rota", "$comment"}) ||
        !string(root, "format", format, true) || !integer(root, "version", version))
        return std::nullopt;
    if (format != u"kotva-programme") {
        error(QStringLiteral("format"), Tr::tr("must be \"kotva-programme\""));
        return std::nullopt;
    }
    if (!version || *version != ProgrammeJson::FormatVersion) {
        error(QStringLiteral("version"),
              Tr::tr("must be %1 (this file is from another version of Kotva)")
                  .arg(ProgrammeJson::FormatVersion));
        return std::nullopt;
    }

    QJsonObject org;
    if (!object(root, "organisation", org, true))
        return std::nullopt;
    push(QStringLiteral("organisation"));
    const bool orgOk = organisation(org, programme.organisation);
    pop();
    if (!orgOk)
        return std::nullopt;

    // Each list is read the same way: every element must be an object, parsed by `parse`.
    const auto readList = [this, &root](const char* name, bool required, auto parse, auto& into) {
        QJsonArray items;
        if (!array(root, name, items, required))
            return false;
        for (qsizetype i = 0; i < items.size(); ++i) {
            push(key(name) + QStringLiteral("[%1]").arg(i));
            typename std::remove_reference_t<decltype(into)>::value_type item;
            const bool ok = items.at(i).isObject() ? (this->*parse)(items.at(i).toObject(), item)
                                                   : error(QString(), Tr::tr("must be an object"));
            pop();
            if (!ok)
                return false;
            into.append(item);
        }
        return true;
    };
    if (!readList("activities", true, &ProgrammeJsonReader::activity, programme.activities) ||
        !readList("cancellations", false, &ProgrammeJsonReader::cancellation,
                  programme.cancellations) ||
        !readList("changes", false, &ProgrammeJsonReader::change, programme.changes))
        return std::nullopt;

    QJsonObject rotaObject;
    if (!object(root, "rota", rotaObject, false))
        return std::nullopt;
    push(QStringLiteral("rota"));
    const bool rotaOk = rota(rotaObject, programme.rota);
    pop();
    if (!rotaOk)
        return std::nullopt;
    return programme;
}

} // namespace kotva
