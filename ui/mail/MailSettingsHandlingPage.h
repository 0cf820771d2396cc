#pragma once

#include "core/mail/intake/MailSettings.h"
#include "ui/mail/MailSettingsMailboxPage.h"

#include <QWidget>

class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace kotva {

/// How the service handles a message, as the "Handling" page edits it.
struct MailHandling
{
    int answerWorkingDays = MailSettings::AnswerWorkingDays.defaultValue;
    int addressGraceDays = MailSettings::AddressGraceDays.defaultValue;
    int acknowledgeWithinDays = MailSettings::AcknowledgeWithinDays.defaultValue;
    int fetchIntervalMinutes = MailSettings::FetchIntervalMinutes.defaultValue;
    ServerCopyPolicy serverCopy = ServerCopyPolicy::Archive;
    QString archiveFolder = MailSettings::ArchiveFolder.defaultValue;
};

/// The "Handling" page: the answer's deadline, how long the client's address is kept, which
/// messages are acknowledged, and what happens to the server's copy after the answer. The
/// spin boxes accept only the ranges MailSettings allows.
class MailSettingsHandlingPage final : public QWidget
{
    Q_OBJECT
public:
    explicit MailSettingsHandlingPage(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(MailSettingsHandlingPage)

    void setHandling(const MailHandling& handling);
    [[nodiscard]] MailHandling handling() const;
    [[nodiscard]] QList<MailSettingsProblem> problems() const;

    QSpinBox* answerDaysSpin() const { return m_answerDays; }
    QSpinBox* graceDaysSpin() const { return m_graceDays; }
    QSpinBox* acknowledgeWithinSpin() const { return m_acknowledgeWithin; }
    QSpinBox* fetchIntervalSpin() const { return m_fetchInterval; }
    QRadioButton* archiveRadio() const { return m_archive; }
    QRadioButton* deleteRadio() const { return m_delete; }
    QLineEdit* archiveFolderEdit() const { return m_archiveFolder; }

Q_SIGNALS:
    /// The deadline changed: the acknowledgement's preview shows another due date.
    void answerWorkingDaysChanged(int days);

private:
    QWidget* buildDeadlines();
    QWidget* buildServerCopy();
    void updateSuffixes();
    QWidget* buildFetching();

    QSpinBox* m_answerDays = nullptr;
    QSpinBox* m_graceDays = nullptr;
    QSpinBox* m_acknowledgeWithin = nullptr;
    QSpinBox* m_fetchInterval = nullptr;
    QRadioButton* m_archive = nullptr;
    QRadioButton* m_delete = nullptr;
    QLineEdit* m_archiveFolder = nullptr;
};

} // namespace kotva
