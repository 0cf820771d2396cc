#pragma once

#include "core/analysis/Analyzer.h"
#include "core/keys/VaultKey.h"
#include "core/referral/ReferralDirectory.h"
#include "core/referral/ReferralPlanner.h"
#include "core/session/Contact.h"
#include "core/storage/Vault.h"

#include <QApplication>
#include <QKeyEvent>
#include <QStringList>
#include <QTemporaryDir>
#include <QWidget>

#include <gtest/gtest.h>
#include <memory>

namespace kotva::test {

/// The shipped lexicons, compiled once for the whole test program.
const Analyzer& analyzer();
/// The shipped referral directory and a planner over it.
const ReferralPlanner& planner();

/// Types text key by key as a person would (QTest::keyClicks knows only ASCII; Czech
/// messages have diacritics).
inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &release);
    }
}

/// A real SQLCipher vault in a temporary folder that a test can close and open again
/// (a restart of the application).
class VaultTest : public ::testing::Test
{
protected:
    void SetUp() override;
    void TearDown() override;

    /// Closes the vault and opens the same file with the same key.
    void reopenVault();
    /// The `body` column of the raw `messages` rows of a contact (what is really stored).
    [[nodiscard]] QStringList rawMessageBodies(ContactId contact) const;

    QTemporaryDir m_dir;
    VaultKey m_key = VaultKey::generateRaw();
    std::unique_ptr<Vault> m_vault;
};

} // namespace kotva::test
