#include "core/referral/OpeningHours.h"

#include "core/schedule/CzechHolidays.h"

#include <QTimeZone>

namespace kotva {

namespace {

constexpr int kMinutesPerDay = 24 * 60;

int dayIndex(Qt::DayOfWeek day)
{
    return static_cast<int>(day) - 1;
}

QString dayAbbreviation(int index, ScriptLanguage language)
{
    static const char16_t* const cs[] = {u"Po", u"Út", u"St", u"Čt", u"Pá", u"So", u"Ne"};
    static const char16_t* const en[] = {u"Mon", u"Tue", u"Wed", u"Thu", u"Fri", u"Sat", u"Sun"};
    return QString::fromUtf16(language == ScriptLanguage::Czech ? cs[index] : en[index]);
}

QString clock(int minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString describeRanges(const QList<MinuteRange>& ranges, ScriptLanguage language)
{
    if (ranges.size() == 1 && ranges.front().from == 0 && ranges.front().to == kMinutesPerDay)
        return language == ScriptLanguage::Czech ? QStringLiteral("nonstop")
                                                 : QStringLiteral("24 hours");
    QStringList parts;
    for (const MinuteRange& r : ranges)
        parts << clock(r.from) + QChar(u'–') + clock(r.to);
    return parts.join(QStringLiteral(", "));
}

} // namespace

OpeningHours OpeningHours::always()
{
    OpeningHours hours;
    hours.m_always = true;
    return hours;
}

void OpeningHours::addRange(Qt::DayOfWeek day, MinuteRange range)
{
    m_always = false;
    m_days[static_cast<std::size_t>(dayIndex(day))].append(range);
}

const QList<MinuteRange>& OpeningHours::ranges(Qt::DayOfWeek day) const
{
    return m_days[static_cast<std::size_t>(dayIndex(day))];
}

QDateTime OpeningHours::toCzechTime(const QDateTime& instant)
{
    // A zone per call rather than a shared static: QTimeZone is reentrant, not documented
    // as thread-safe, and the planner may run on several threads.
    return instant.toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Prague")));
}

bool OpeningHours::isOpenAt(const QDateTime& instant) const
{
    const QDateTime local = toCzechTime(instant);
    return isOpenLocal(local.date(), local.time());
}

bool OpeningHours::isOpenLocal(QDate date, QTime time) const
{
    if (m_always)
        return true;
    if (m_holidays == Holidays::Closed && CzechHolidays::isHoliday(date))
        return false;
    const int minute = time.hour() * 60 + time.minute();
    const auto day = static_cast<Qt::DayOfWeek>(date.dayOfWeek());
    for (const MinuteRange& r : ranges(day)) {
        if (minute >= r.from && minute < r.to)
            return true;
    }
    return false;
}

QString OpeningHours::describe(ScriptLanguage language) const
{
    const bool czech = language == ScriptLanguage::Czech;
    if (m_always)
        return czech ? QStringLiteral("nonstop") : QStringLiteral("24/7");

    // Consecutive days with the same ranges share one group: "Po–Pá nonstop".
    QStringList groups;
    int start = 0;
    while (start < 7) {
        int end = start;
        while (end + 1 < 7 &&
               m_days[static_cast<std::size_t>(end + 1)] == m_days[static_cast<std::size_t>(start)])
            ++end;
        const auto& ranges = m_days[static_cast<std::size_t>(start)];
        if (!ranges.isEmpty()) {
            QString days = dayAbbreviation(start, language);
            if (end > start)
                days += QChar(u'–') + dayAbbreviation(end, language);
            groups << days + QChar(u' ') + describeRanges(ranges, language);
        }
        start = end + 1;
    }
    QString text = groups.isEmpty() ? (czech ? QStringLiteral("zavřeno") : QStringLiteral("closed"))
                                    : groups.join(QStringLiteral(", "));
    if (m_holidays == Holidays::Closed)
        text += czech ? QStringLiteral("; o svátcích zavřeno")
                      : QStringLiteral("; closed on public holidays");
    return text;
}

} // namespace kotva
