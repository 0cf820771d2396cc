#pragma once

#include "core/common/Error.h"
#include "core/schedule/MonthSchedule.h"

#include <QDateTime>
#include <QString>

class QPrinter;
class QWidget;

namespace kotva {

/// The month view's outputs besides the PDF (ProgrammePdfExporter.h): the .ics file,
/// the system print dialog and the print preview. All printing goes through
/// MonthPageRenderer, the same layout as the PDF.
class MonthExports final
{
public:
    MonthExports() = delete;

    /// Writes the month as iCalendar (ICalendarWriter) atomically; `stampUtc` is DTSTAMP.
    /// Errors: ReadOnly / Io with a translated message.
    [[nodiscard]] static Status writeICalendar(const MonthSchedule& month, const QString& path,
                                               const QDateTime& stampUtc);
    /// Paints the month on a printer the user has already configured.
    [[nodiscard]] static Status print(const MonthSchedule& month, QPrinter& printer);
    /// Opens the system print dialog (A4 portrait preselected) and prints when accepted.
    /// Returns false when the user cancelled.
    [[nodiscard]] static Result<bool> printWithDialog(const MonthSchedule& month, QWidget* parent);
    /// Opens the print preview (which can print too). Modal.
    static void preview(const MonthSchedule& month, QWidget* parent);
};

} // namespace kotva
