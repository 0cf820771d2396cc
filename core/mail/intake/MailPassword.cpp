#include "core/mail/intake/MailPassword.h"

#include "core/common/Logging.h"
#include "core/keys/KeychainStore.h"
#include "core/mail/intake/MailSettings.h"

#include <QCoreApplication>

namespace kotva {

namespace {

const QString KeychainPlace = QStringLiteral("keychain");

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::MailPassword)
};

QString fromSecret(const SecureBuffer& secret)
{
    return QString::fromUtf8(secret.constData(), secret.size());
}

SecureBuffer toSecret(QString text)
{
    return SecureBuffer::takeFrom(text);
}

} // namespace

MailPassword::MailPassword(MailSettings& settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{}

MailPassword::~MailPassword() = default;

QString MailPassword::vaultCopy() const
{
    return m_settings.raw().value(MailSettings::Password).value_or(QString());
}

bool MailPassword::markedInKeychain() const
{
    return m_settings.raw().value(MailSettings::PasswordPlace).value_or(QString()) == KeychainPlace;
}

MailPassword::Place MailPassword::place() const
{
    // The vault's copy wins: it is the newest (a move clears it only once it succeeded).
    if (!vaultCopy().isEmpty())
        return Place::Vault;
    return markedInKeychain() ? Place::Keychain : Place::None;
}

void MailPassword::useKeychain(KeychainStore& keychain, const QString& vaultPath,
                               bool keepInKeychain)
{
    m_keychain = &keychain;
    m_entryId = KeychainStore::mailPasswordEntryIdFor(vaultPath);
    m_keepInKeychain = keepInKeychain;
    if (m_keepInKeychain && place() == Place::Vault)
        moveToKeychain();
    else if (!m_keepInKeychain && markedInKeychain())
        moveIntoVault();
}

Status MailPassword::store(const QString& password)
{
    if (password.isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("The mailbox password is empty."));
    if (Status s = m_settings.raw().setValue(MailSettings::Password, password); !s)
        return s;
    if (m_keepInKeychain && m_keychain)
        moveToKeychain();
    return {};
}

void MailPassword::moveToKeychain()
{
    const QString moving = vaultCopy();
    m_keychain->writeSecret(m_entryId, toSecret(moving), this, [this, moving](Status written) {
        if (!written) {
            qCInfo(lcKeys) << "mail password stays in the vault:" << written.error().detail;
            Q_EMIT keychainRefused(written.error());
            return;
        }
        // Another password typed meanwhile is newer than the one the keychain has: it
        // stays, and its own move follows.
        if (vaultCopy() != moving)
            return;
        if (!m_settings.raw().setValue(MailSettings::PasswordPlace, KeychainPlace) ||
            !m_settings.raw().setValue(MailSettings::Password, QString()))
            return; // the vault's copy still works; the next start tries again
        Q_EMIT placeChanged(Place::Keychain);
    });
}

void MailPassword::moveIntoVault()
{
    m_keychain->readSecret(m_entryId, this, [this](Result<SecureBuffer> secret) {
        if (!secret) {
            qCInfo(lcKeys) << "mail password not back from the keychain:" << secret.error().detail;
            Q_EMIT keychainRefused(secret.error());
            return;
        }
        if (!vaultCopy().isEmpty())
            return; // typed again meanwhile: that one wins
        if (!m_settings.raw().setValue(MailSettings::Password, fromSecret(*secret)) ||
            !m_settings.raw().setValue(MailSettings::PasswordPlace, QString()))
            return;
        // The vault has it: the keychain's copy would only outlive its purpose.
        m_keychain->removeSecret(m_entryId, this, [](Status) {});
        Q_EMIT placeChanged(Place::Vault);
    });
}

void MailPassword::read(SecretCallback done)
{
    if (QString copy = vaultCopy(); !copy.isEmpty()) {
        done(toSecret(std::move(copy)));
        return;
    }
    if (!markedInKeychain()) {
        done(fail(ErrorCode::InvalidArgument,
                  Tr::tr("No mailbox password is stored yet (Settings → E-mail counselling).")));
        return;
    }
    if (!m_keychain) {
        done(fail(ErrorCode::KeychainUnavailable,
                  Tr::tr("The mailbox password is kept in the keychain, which Kotva cannot reach "
                         "here.")));
        return;
    }
    m_keychain->readSecret(m_entryId, this, [done = std::move(done)](Result<SecureBuffer> secret) {
        if (secret) {
            done(std::move(*secret));
            return;
        }
        const Error& error = secret.error();
        const QString message =
            error.code == ErrorCode::KeyMissing
                ? Tr::tr("The keychain no longer has the mailbox password: type it again in "
                         "Settings → E-mail counselling.")
                : Tr::tr("The keychain did not give the mailbox password: %1").arg(error.message);
        done(fail(error.code, message, error.detail));
    });
}

} // namespace kotva
