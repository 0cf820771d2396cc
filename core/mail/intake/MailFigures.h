#pragma once

#include "core/mail/intake/MailRecord.h"

#include <QDate>
#include <QList>

#include <optional>

namespace kotva {

/// One month of e-mail counselling for supervision and annual reports: counts and times
/// only, never text, addresses or contacts (issue 14).
struct MailMonthFigures
{
    QDate month;      ///< the first day of the month (Prague time)
    int received = 0; ///< clients' messages (auto-replies and bounces not counted)
    int acknowledgementsSent = 0;
    int answered = 0;
    int answeredWithinDeadline = 0;
    int outOfScope = 0; ///< asked for something the service does not give
    /// Median time from receipt to answer, in hours; none when nothing was answered.
    std::optional<double> medianHoursToAnswer;

    bool operator==(const MailMonthFigures&) const = default;
};

/// The figures of the months (newest first) in which messages were received, over the
/// records given; a message counts in the month it was received.
[[nodiscard]] QList<MailMonthFigures> monthlyMailFigures(const QList<MailRecord>& records);

} // namespace kotva
