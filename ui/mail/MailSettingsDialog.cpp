#include "ui/mail/MailSettingsDialog.h"

#include "core/common/Clock.h"
#include "core/mail/intake/MailService.h"
#include "core/schedule/WorkingDays.h"
#include "ui/mail/AcknowledgementEditor.h"
#include "ui/mail/CertificatePinList.h"
#include "ui/mail/CertificateTrustDialog.h"
#include "ui/mail/MailSettingsConnectionTest.h"
#include "ui/mail/MailSettingsHandlingPage.h"
#include "ui/mail/MailSettingsMailboxPage.h"
#include "ui/shell/InlineMessage.h"
#include "ui/shell/ShellWidgets.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStringList>
#include <QTabWidget>
#include <QVBoxLayout>

namespace kotva {

namespace {

/// The form pages scroll rather than squeeze: with both test results showing and longer
/// (Czech) texts, the Mailbox page can be taller than a 768-pixel screen leaves.
QScrollArea* scrollable(QWidget* page)
{
    auto* area = new QScrollArea(page->parentWidget());
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setWidget(page);
    return area;
}

} // namespace

MailSettingsDialog::MailSettingsDialog(MailService& mail, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_mail(mail)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("mailSettingsDialog"));
    setWindowTitle(tr("Kotva – E-mail counselling"));
    setWindowIcon(shell::appIcon());

    m_mailbox = new MailSettingsMailboxPage(this);
    m_handling = new MailSettingsHandlingPage(this);
    m_acknowledgement = new AcknowledgementEditor(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(scrollable(m_mailbox), tr("&Mailbox"));
    m_tabs->addTab(scrollable(m_handling), tr("&Handling"));
    m_tabs->addTab(m_acknowledgement, tr("Ac&knowledgement"));

    m_message = new InlineMessage(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &MailSettingsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(m_mailbox, &MailSettingsMailboxPage::organisationChanged, this,
            &MailSettingsDialog::updatePreview);
    connect(m_handling, &MailSettingsHandlingPage::answerWorkingDaysChanged, this,
            &MailSettingsDialog::updatePreview);
    connect(m_mailbox->connectionTest(), &MailSettingsConnectionTest::testRequested, this,
            &MailSettingsDialog::testConnection);
    connect(m_mailbox->connectionTest(), &MailSettingsConnectionTest::certificateRequested, this,
            &MailSettingsDialog::showCertificate);
    connect(&m_mail, &MailService::connectionTested, this, &MailSettingsDialog::onConnectionTested);

    // Wide enough for the two acknowledgement texts side by side and for Czech labels; the
    // pages are as tall as the Mailbox page with both test results showing.
    setMinimumSize(780, 640);
    resize(800, 700);
    load();
}

void MailSettingsDialog::load()
{
    m_message->clear();
    MailSettings& settings = m_mail.settings();
    const VaultSettings& raw = settings.raw();
    // A setting that does not read shows its default and the first error, so the worker
    // knows the form may not show what is stored.
    QString firstError;
    const auto read = [&firstError](const auto& result, auto fallback) {
        if (result)
            return *result;
        if (firstError.isEmpty())
            firstError = result.error().message;
        return fallback;
    };

    m_mailbox->setAccount(read(settings.account(), MailAccount{}));
    m_mailbox->setPasswordPlace(m_mail.password().place());
    m_mailbox->setOrganisation(read(raw.value(MailSettings::OrganisationName), QString()));

    MailHandling handling;
    handling.answerWorkingDays =
        read(raw.value(MailSettings::AnswerWorkingDays), handling.answerWorkingDays);
    handling.addressGraceDays =
        read(raw.value(MailSettings::AddressGraceDays), handling.addressGraceDays);
    handling.acknowledgeWithinDays =
        read(raw.value(MailSettings::AcknowledgeWithinDays), handling.acknowledgeWithinDays);
    handling.fetchIntervalMinutes =
        read(raw.value(MailSettings::FetchIntervalMinutes), handling.fetchIntervalMinutes);
    handling.serverCopy = read(settings.serverCopyPolicy(), handling.serverCopy);
    handling.archiveFolder = read(settings.archiveFolder(), handling.archiveFolder);
    m_handling->setHandling(handling);

    m_acknowledgement->setTexts(read(raw.value(MailSettings::AcknowledgementCzech), QString()),
                                read(raw.value(MailSettings::AcknowledgementEnglish), QString()));
    updatePreview();
    if (!firstError.isEmpty())
        m_message->showError(tr("Some settings could not be read: %1").arg(firstError));
}

bool MailSettingsDialog::validate()
{
    const QList<MailSettingsProblem> problems = m_mailbox->problems() + m_handling->problems();
    if (problems.isEmpty())
        return true;
    QStringList lines{tr("Not saved yet:")};
    for (const MailSettingsProblem& problem : problems)
        lines << QStringLiteral("• ") + problem.text;
    m_message->showError(lines.join(u'\n'));
    // Take the worker to the first field to fix, on whichever page it is.
    if (QWidget* field = problems.first().field) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (!m_tabs->widget(i)->isAncestorOf(field))
                continue;
            m_tabs->setCurrentIndex(i);
            if (auto* area = qobject_cast<QScrollArea*>(m_tabs->widget(i)))
                area->ensureWidgetVisible(field);
        }
        field->setFocus(Qt::OtherFocusReason);
    }
    return false;
}

bool MailSettingsDialog::save()
{
    m_message->clear();
    if (!validate())
        return false;
    MailSettings& settings = m_mail.settings();
    VaultSettings& raw = settings.raw();
    const MailHandling handling = m_handling->handling();

    // One transaction: either every setting is stored or, when one fails, none is; the error
    // is shown and the dialog stays open so nothing typed is lost.
    const Status stored = settings.changeTogether([&]() -> Status {
        Status step = settings.setAccount(m_mailbox->account());
        const auto then = [&step](const auto& next) {
            if (step)
                step = next();
        };
        then([&] {
            return raw.setValue(MailSettings::OrganisationName, m_mailbox->organisation());
        });
        then([&] {
            return raw.setValue(MailSettings::AnswerWorkingDays, handling.answerWorkingDays);
        });
        then([&] {
            return raw.setValue(MailSettings::AddressGraceDays, handling.addressGraceDays);
        });
        then([&] {
            return raw.setValue(MailSettings::AcknowledgeWithinDays,
                                handling.acknowledgeWithinDays);
        });
        then([&] {
            return raw.setValue(MailSettings::FetchIntervalMinutes, handling.fetchIntervalMinutes);
        });
        then([&] { return settings.setServerCopyPolicy(handling.serverCopy); });
        then([&] { return raw.setValue(MailSettings::ArchiveFolder, handling.archiveFolder); });
        then([&] {
            return raw.setValue(MailSettings::AcknowledgementCzech,
                                m_acknowledgement->storedCzech());
        });
        then([&] {
            return raw.setValue(MailSettings::AcknowledgementEnglish,
                                m_acknowledgement->storedEnglish());
        });
        // An empty field keeps the stored password: the form never shows it, so empty does
        // not mean "no password".
        if (const QString password = m_mailbox->password(); !password.isEmpty())
            then([&] { return m_mail.setPassword(password); });
        return step;
    });
    if (!stored) {
        m_message->showError(tr("The settings could not be saved: %1").arg(stored.error().message));
        return false;
    }
    m_mail.scheduleAutomaticFetch();
    accept();
    return true;
}

void MailSettingsDialog::testConnection()
{
    if (m_testing)
        return;
    MailSettingsConnectionTest* test = m_mailbox->connectionTest();
    const MailAccount account = [this] {
        MailAccount fromForm = m_mailbox->account();
        if (m_timeoutMs)
            fromForm.timeoutMs = *m_timeoutMs;
        return fromForm;
    }();
    if (!MailSettings::configured(account) || !m_mailbox->problems().isEmpty()) {
        const QList<MailSettingsProblem> problems = m_mailbox->problems();
        test->showNotStarted(problems.isEmpty() ? tr("Fill in the servers and the account first.")
                                                : problems.first().text);
        return;
    }
    // The typed password, or else the stored one (an empty one tells the service so): testing
    // must not require retyping it.
    const QString password = m_mailbox->password();
    if (password.isEmpty() && !m_mail.hasPassword()) {
        test->showNotStarted(tr("Type the mailbox password: none is stored yet."));
        return;
    }
    if (const Status started = m_mail.testConnection(account, password); !started) {
        test->showNotStarted(started.error().message);
        return;
    }
    m_testing = true;
    m_tested = account;
    test->setBusy(true);
}

void MailSettingsDialog::onConnectionTested(const ConnectionTest& result)
{
    // Only the answer to this dialog's own request (the service tests for nobody else now,
    // but a dialog opened during another's test must not show that one's result).
    if (!m_testing)
        return;
    m_testing = false;
    m_mailbox->connectionTest()->showResult(result);
}

void MailSettingsDialog::showCertificate(const QSslCertificate& certificate,
                                         MailSettingsConnectionTest::Server server,
                                         const QString& problem)
{
    if (m_certificateDialog)
        return;
    const bool imap = server == MailSettingsConnectionTest::Server::Imap;
    // The servers that were tested, which the worker may have edited since.
    const MailAccount account = m_tested.imap.host.isEmpty() ? m_mailbox->account() : m_tested;
    const MailServer& tested = imap ? account.imap : account.smtp;
    const QString name =
        (imap ? tr("Incoming mail (IMAP): %1, port %2") : tr("Outgoing mail (SMTP): %1, port %2"))
            .arg(tested.host)
            .arg(tested.port);
    m_certificateDialog = new CertificateTrustDialog(certificate, name, problem, this);
    m_certificateDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_certificateDialog, &QDialog::accepted, this,
            [this, fingerprint = m_certificateDialog->fingerprint()] {
                m_mailbox->pinList()->addPin(fingerprint);
                m_message->setMessage(InlineMessage::Kind::Information,
                                      tr("The certificate will be trusted once you save. Test "
                                         "the connection again to check."));
            });
    m_certificateDialog->open();
}

void MailSettingsDialog::updatePreview()
{
    const int days = m_handling->handling().answerWorkingDays;
    m_acknowledgement->setPreviewContext(
        WorkingDays::addWorkingDays(m_clock.nowUtc(), days).toUTC(), m_mailbox->organisation());
}

} // namespace kotva
