#include "ui/schedule/ProgrammeEditorDialog.h"

#include "ui/schedule/ActivitiesEditor.h"
#include "ui/schedule/HolidayList.h"
#include "ui/schedule/OrganisationForm.h"
#include "ui/schedule/RotaEditor.h"
#include "ui/schedule/ValidationPanel.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace kotva {

namespace {

QDate todayInPrague(const Clock& clock)
{
    return clock.nowUtc().toTimeZone(QTimeZone(QByteArrayLiteral("Europe/Prague"))).date();
}

} // namespace

ProgrammeEditorDialog::ProgrammeEditorDialog(const Programme& programme, QWidget* parent,
                                             const Clock& clock)
    : QDialog(parent)
    , m_cancellations(programme.cancellations)
    , m_changes(programme.changes)
{
    const QDate today = todayInPrague(clock);
    setWindowTitle(tr("Edit the programme"));
    m_tabs = new QTabWidget(this);
    m_organisation = new OrganisationForm(m_tabs);
    m_activities = new ActivitiesEditor(today, m_tabs);
    m_rota = new RotaEditor(today, m_tabs);
    m_holidays = new HolidayList(today.year(), m_tabs);
    m_tabs->addTab(m_organisation, tr("&Organisation"));
    m_tabs->addTab(m_activities, tr("&Activities"));
    m_tabs->addTab(m_rota, tr("On-call &rota"));
    m_tabs->addTab(m_holidays, tr("Public &holidays"));
    m_validation = new ValidationPanel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_validation);
    layout->addWidget(m_buttons);

    m_organisation->setOrganisation(programme.organisation);
    m_activities->setActivities(programme.activities);
    m_rota->setRota(programme.rota);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_organisation, &OrganisationForm::edited, this, &ProgrammeEditorDialog::revalidate);
    connect(m_activities, &ActivitiesEditor::edited, this, &ProgrammeEditorDialog::revalidate);
    connect(m_rota, &RotaEditor::edited, this, &ProgrammeEditorDialog::revalidate);
    connect(m_validation, &ValidationPanel::issueActivated, this, &ProgrammeEditorDialog::goTo);
    connect(m_validation, &ValidationPanel::removeStaleRequested, this,
            &ProgrammeEditorDialog::removeStaleExceptions);

    // A new programme starts where there is nothing yet: the organisation.
    showPage(programme.activities.isEmpty() && programme.organisation.name.isEmpty()
                 ? Page::Organisation
                 : Page::Activities);
    resize(1060, 760);
    revalidate();
    // Typing starts in the first empty field a person would fill.
    if (programme.organisation.name.isEmpty())
        m_organisation->nameEdit()->setFocus(Qt::OtherFocusReason);
}

ProgrammeEditorDialog::~ProgrammeEditorDialog() = default;

Programme ProgrammeEditorDialog::programme() const
{
    Programme programme;
    programme.organisation = m_organisation->organisation();
    programme.activities = m_activities->activities();
    programme.cancellations = m_cancellations;
    programme.changes = m_changes;
    programme.rota = m_rota->rota();
    return programme;
}

bool ProgrammeEditorDialog::canAccept() const
{
    return std::none_of(m_issues.cbegin(), m_issues.cend(),
                        [](const ValidationIssue& issue) { return issue.isError(); });
}

QPushButton* ProgrammeEditorDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ProgrammeEditorDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(static_cast<int>(page));
}

void ProgrammeEditorDialog::revalidate()
{
    const Programme edited = programme();
    m_issues = edited.validate();
    m_validation->setIssues(m_issues, edited);
    m_holidays->setActivities(edited.activities);
    okButton()->setEnabled(canAccept());
}

void ProgrammeEditorDialog::goTo(ValidationIssue::Subject subject, qsizetype index)
{
    switch (subject) {
    case ValidationIssue::Subject::Organisation:
        showPage(Page::Organisation);
        break;
    case ValidationIssue::Subject::Activity:
        showPage(Page::Activities);
        m_activities->select(index);
        break;
    case ValidationIssue::Subject::Rota:
        showPage(Page::Rota);
        break;
    case ValidationIssue::Subject::Cancellation:
    case ValidationIssue::Subject::Change:
        // Made in the programme view; here they can only be removed (the button below).
        break;
    }
}

void ProgrammeEditorDialog::removeStaleExceptions()
{
    Programme edited = programme();
    edited.removeStaleExceptions();
    m_cancellations = edited.cancellations;
    m_changes = edited.changes;
    revalidate();
}

} // namespace kotva
