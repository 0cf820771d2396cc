#include "ui/mail/MailSettingsHandlingPage.h"

#include "ui/shell/ShellWidgets.h"

#include <QButtonGroup>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace kotva {

namespace {

QSpinBox* daysSpin(const QString& name, const IntSetting& setting, QWidget* parent)
{
    auto* spin = new QSpinBox(parent);
    spin->setObjectName(name);
    spin->setRange(setting.minimum, setting.maximum);
    spin->setValue(setting.defaultValue);
    spin->setMinimumWidth(150);
    return spin;
}

} // namespace

MailSettingsHandlingPage::MailSettingsHandlingPage(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildDeadlines());
    layout->addWidget(buildFetching());
    layout->addWidget(buildServerCopy());
    layout->addStretch(1);
    updateSuffixes();
}

QWidget* MailSettingsHandlingPage::buildDeadlines()
{
    auto* box = new QGroupBox(tr("Deadlines"), this);
    m_answerDays = daysSpin(QStringLiteral("answerDays"), MailSettings::AnswerWorkingDays, box);
    m_graceDays = daysSpin(QStringLiteral("graceDays"), MailSettings::AddressGraceDays, box);
    m_acknowledgeWithin =
        daysSpin(QStringLiteral("acknowledgeWithin"), MailSettings::AcknowledgeWithinDays, box);
    for (QSpinBox* spin : {m_answerDays, m_graceDays, m_acknowledgeWithin})
        connect(spin, &QSpinBox::valueChanged, this, &MailSettingsHandlingPage::updateSuffixes);
    connect(m_answerDays, &QSpinBox::valueChanged, this,
            &MailSettingsHandlingPage::answerWorkingDaysChanged);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    // A number does not need the whole width; a wide spin box reads like a text field.
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Answer within:"), m_answerDays);
    form->addRow(tr("&Keep the client's address for:"), m_graceDays);
    form->addRow(tr("A&cknowledge messages younger than:"), m_acknowledgeWithin);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(shell::note(
        tr("Working days are Czech working days: weekends and public holidays do not count. "
           "The client's address is removed from the vault this many days after the answer "
           "was sent, so a quick follow-up can still be answered. Older messages, for example "
           "when a mailbox is connected for the first time, are taken in without a late "
           "acknowledgement."),
        box));
    return box;
}

QWidget* MailSettingsHandlingPage::buildFetching()
{
    auto* box = new QGroupBox(tr("New mail"), this);
    m_fetchInterval =
        daysSpin(QStringLiteral("fetchInterval"), MailSettings::FetchIntervalMinutes, box);
    // 0 is the spin box's lowest value: it reads as words instead of "0 minutes".
    m_fetchInterval->setSpecialValueText(tr("only with Fetch mail"));
    connect(m_fetchInterval, &QSpinBox::valueChanged, this,
            &MailSettingsHandlingPage::updateSuffixes);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(tr("&Check for new mail every:"), m_fetchInterval);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(form);
    layout->addWidget(shell::note(
        tr("While the vault is open, Kotva fetches new mail and sends the acknowledgements on "
           "its own, starting a few seconds after unlocking. Nothing is fetched while the vault "
           "is locked."),
        box));
    return box;
}

QWidget* MailSettingsHandlingPage::buildServerCopy()
{
    auto* box = new QGroupBox(tr("After the answer, the message on the mail server is"), this);
    m_archive = new QRadioButton(tr("&moved to the folder:"), box);
    m_archive->setObjectName(QStringLiteral("archiveRadio"));
    m_delete = new QRadioButton(tr("&deleted from the server"), box);
    m_delete->setObjectName(QStringLiteral("deleteRadio"));
    auto* group = new QButtonGroup(box);
    group->addButton(m_archive);
    group->addButton(m_delete);
    m_archiveFolder = new QLineEdit(box);
    m_archiveFolder->setObjectName(QStringLiteral("archiveFolder"));
    connect(m_archive, &QRadioButton::toggled, m_archiveFolder, &QLineEdit::setEnabled);

    auto* archiveRow = new QHBoxLayout;
    archiveRow->addWidget(m_archive);
    archiveRow->addWidget(m_archiveFolder, 1);
    auto* layout = new QVBoxLayout(box);
    layout->addLayout(archiveRow);
    layout->addWidget(m_delete);
    layout->addWidget(shell::note(
        tr("Either way, Kotva keeps only the redacted text of the conversation; the client's "
           "address goes after the period above."),
        box));
    return box;
}

void MailSettingsHandlingPage::setHandling(const MailHandling& handling)
{
    m_answerDays->setValue(handling.answerWorkingDays);
    m_graceDays->setValue(handling.addressGraceDays);
    m_acknowledgeWithin->setValue(handling.acknowledgeWithinDays);
    m_fetchInterval->setValue(handling.fetchIntervalMinutes);
    m_archiveFolder->setText(handling.archiveFolder);
    const bool archive = handling.serverCopy == ServerCopyPolicy::Archive;
    m_archive->setChecked(archive);
    m_delete->setChecked(!archive);
    m_archiveFolder->setEnabled(archive);
}

MailHandling MailSettingsHandlingPage::handling() const
{
    MailHandling handling;
    handling.answerWorkingDays = m_answerDays->value();
    handling.addressGraceDays = m_graceDays->value();
    handling.acknowledgeWithinDays = m_acknowledgeWithin->value();
    handling.fetchIntervalMinutes = m_fetchInterval->value();
    handling.serverCopy =
        m_delete->isChecked() ? ServerCopyPolicy::Delete : ServerCopyPolicy::Archive;
    handling.archiveFolder = m_archiveFolder->text().trimmed();
    return handling;
}

QList<MailSettingsProblem> MailSettingsHandlingPage::problems() const
{
    QList<MailSettingsProblem> found;
    if (m_archive->isChecked() && m_archiveFolder->text().trimmed().isEmpty())
        found << MailSettingsProblem{m_archiveFolder,
                                     tr("Enter the folder answered messages are moved to, or "
                                        "choose to delete them.")};
    return found;
}

void MailSettingsHandlingPage::updateSuffixes()
{
    // Czech has three plural forms, so the unit follows the number.
    m_answerDays->setSuffix(QLatin1Char(' ') +
                            tr("working day(s)", "unit after a number", m_answerDays->value()));
    m_graceDays->setSuffix(QLatin1Char(' ') + tr("day(s) after the answer", "unit after a number",
                                                 m_graceDays->value()));
    m_acknowledgeWithin->setSuffix(
        QLatin1Char(' ') + tr("day(s)", "unit after a number", m_acknowledgeWithin->value()));
    m_fetchInterval->setSuffix(QLatin1Char(' ') +
                               tr("minute(s)", "unit after a number", m_fetchInterval->value()));
    // One width for all, the widest they have needed, so they line up and do not jump as a
    // plural form changes.
    int width = 0;
    for (const QSpinBox* spin : {m_answerDays, m_graceDays, m_acknowledgeWithin, m_fetchInterval})
        width = std::max(width, spin->sizeHint().width());
    for (QSpinBox* spin : {m_answerDays, m_graceDays, m_acknowledgeWithin, m_fetchInterval})
        spin->setMinimumWidth(std::max(width, spin->minimumWidth()));
}

} // namespace kotva
