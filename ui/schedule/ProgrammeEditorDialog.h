#pragma once

#include "core/common/Clock.h"
#include "core/schedule/Programme.h"

#include <QDialog>

class QDialogButtonBox;
class QPushButton;
class QTabWidget;

namespace kotva {

class ActivitiesEditor;
class HolidayList;
class OrganisationForm;
class RotaEditor;
class ValidationPanel;

/// The coordinator edits the whole group programme here, no JSON needed: the organisation,
/// the activities with their times, venues, leads and date rules, and the on-call rota; the
/// public holidays of this year and the next are listed with the activities they cancel.
/// Validation is live (Programme::validate(), named in the user's words) and OK stays
/// disabled while there is an error; warnings do not block.
///
/// Works on an empty programme too ("create from nothing"). The programme's one-off
/// cancellations and changes (made in the programme view) are kept as they are; when edited
/// rules no longer meet on their dates, the coordinator may remove them here.
///
/// Usage: `ProgrammeEditorDialog dialog(programme, this); if (dialog.exec())
/// use(dialog.programme());`
class ProgrammeEditorDialog final : public QDialog
{
    Q_OBJECT
public:
    enum class Page { Organisation, Activities, Rota, Holidays };

    explicit ProgrammeEditorDialog(const Programme& programme, QWidget* parent = nullptr,
                                   const Clock& clock = Clock::system());
    ~ProgrammeEditorDialog() override;
    Q_DISABLE_COPY_MOVE(ProgrammeEditorDialog)

    /// The programme as edited.
    [[nodiscard]] Programme programme() const;
    /// Programme::validate() of programme(), as the panel shows it.
    [[nodiscard]] const QList<ValidationIssue>& issues() const { return m_issues; }
    /// True when there is no error (what enables OK).
    [[nodiscard]] bool canAccept() const;

    void showPage(Page page);

    [[nodiscard]] QTabWidget* tabs() const { return m_tabs; }
    [[nodiscard]] OrganisationForm* organisationForm() const { return m_organisation; }
    [[nodiscard]] ActivitiesEditor* activitiesEditor() const { return m_activities; }
    [[nodiscard]] RotaEditor* rotaEditor() const { return m_rota; }
    [[nodiscard]] HolidayList* holidayList() const { return m_holidays; }
    [[nodiscard]] ValidationPanel* validationPanel() const { return m_validation; }
    [[nodiscard]] QPushButton* okButton() const;

private:
    void revalidate();
    void goTo(ValidationIssue::Subject subject, qsizetype index);
    void removeStaleExceptions();

    QList<Cancellation> m_cancellations;
    QList<OccurrenceChange> m_changes;
    QList<ValidationIssue> m_issues;
    QTabWidget* m_tabs = nullptr;
    OrganisationForm* m_organisation = nullptr;
    ActivitiesEditor* m_activities = nullptr;
    RotaEditor* m_rota = nullptr;
    HolidayList* m_holidays = nullptr;
    ValidationPanel* m_validation = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace kotva
