#pragma once

#include "core/common/Error.h"
#include "core/stats/MonthlyFigures.h"
#include "core/supervision/SupervisionAgenda.h"

#include <QDate>

class QPagedPaintDevice;
class QPrinter;

namespace kotva {

/// The monthly team supervision agenda on paper (issue 15): A4 portrait, the items by kind,
/// numbered, each with its contact reference, whether it was discussed and what was agreed,
/// then the month's figures with one and two shown as "< 3". Written whole or not at all.
class AgendaExport final
{
public:
    AgendaExport() = delete;

    /// `figures` holds the agenda's month (its other months are not printed); `preparedOn`
    /// is the day printed under the title. Returns the number of pages.
    static int paint(const SupervisionAgendaMonth& agenda, const MonthlyFigures& figures,
                     const QDate& preparedOn, QPagedPaintDevice& device);
    [[nodiscard]] static Status writePdf(const SupervisionAgendaMonth& agenda,
                                         const MonthlyFigures& figures, const QDate& preparedOn,
                                         const QString& path);
    [[nodiscard]] static Status print(const SupervisionAgendaMonth& agenda,
                                      const MonthlyFigures& figures, const QDate& preparedOn,
                                      QPrinter& printer);

    /// The list a worker brings to individual supervision: their notes shared for it, oldest
    /// first, each with its kind, date and contact reference. Returns the number of pages.
    static int paintIndividualList(const QList<SupervisionNote>& notes, const QDate& preparedOn,
                                   QPagedPaintDevice& device);
    [[nodiscard]] static Status writeIndividualListPdf(const QList<SupervisionNote>& notes,
                                                       const QDate& preparedOn,
                                                       const QString& path);
};

} // namespace kotva
