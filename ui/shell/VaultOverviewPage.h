#pragma once

#include "core/common/Error.h"
#include "core/schedule/Occurrence.h"
#include "core/storage/Vault.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;

namespace kotva {

class InlineMessage;

/// The first page of the main window: where the vault is, that and how it is encrypted,
/// how long things are kept, how old the oldest record is and when the last purge ran.
class VaultOverviewPage final : public QWidget
{
    Q_OBJECT
public:
    enum class KeySource { Keychain, Passphrase };

    explicit VaultOverviewPage(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(VaultOverviewPage)

    void setInfo(const VaultInfo& info);
    /// The vault's details could not be read; the page says so instead of showing stale values.
    void showInfoError(const Error& error);
    void setKeySource(KeySource source);
    void setLastPurge(const PurgeReport& report);
    void showPurgeError(const Error& error);
    /// The month's supervision dates (the programme's internal events), or a reminder that
    /// the month has none (seed 002: supervision every month).
    void setSupervisionDates(const QDate& month, const QList<Occurrence>& dates);

    /// Plain-words age: "less than a day", "3 days", "5 months".
    [[nodiscard]] static QString formatAge(qint64 seconds);

    QLabel* pathLabel() const { return m_path; }
    QLabel* encryptionLabel() const { return m_encryption; }
    QLabel* messageRetentionLabel() const { return m_messageRetention; }
    QLabel* recordRetentionLabel() const { return m_recordRetention; }
    QLabel* oldestLabel() const { return m_oldest; }
    QLabel* lastPurgeLabel() const { return m_lastPurge; }
    QLabel* supervisionLabel() const { return m_supervision; }

Q_SIGNALS:
    void settingsRequested();

private:
    QLabel* addRow(QFormLayout* form, const QString& title);

    QLabel* m_path = nullptr;
    QLabel* m_encryption = nullptr;
    QLabel* m_key = nullptr;
    QLabel* m_messageRetention = nullptr;
    QLabel* m_recordRetention = nullptr;
    QLabel* m_oldest = nullptr;
    QLabel* m_lastPurge = nullptr;
    QLabel* m_schema = nullptr;
    QLabel* m_supervision = nullptr;
    InlineMessage* m_message = nullptr;
    QString m_folder;
};

} // namespace kotva
