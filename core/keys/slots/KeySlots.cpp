#include "core/keys/slots/KeySlots.h"

#include "core/keys/slots/KeySlotFile.h"
#include "core/keys/slots/Sodium.h"

#include <QCoreApplication>
#include <QFile>
#include <QUuid>

namespace kotva {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::KeySlots)
};

std::unexpected<Error> noSuchMember()
{
    return fail(ErrorCode::NotFound,
                Tr::tr("This member has no key to the vault (removed, or never added)."));
}

SlotSecrets secretsOf(const MemberKeys& keys, SecureBuffer memberSecret)
{
    return SlotSecrets{keys.vaultKey.clone(), std::move(memberSecret)};
}

} // namespace

KeySlots::KeySlots(QString vaultPath, Argon2Parameters parameters)
    : m_vaultPath(std::move(vaultPath))
    , m_parameters(parameters)
{}

QString KeySlots::filePath() const
{
    return KeySlotFile::pathFor(m_vaultPath);
}

bool KeySlots::exists() const
{
    return QFile::exists(filePath());
}

SecureBuffer KeySlots::newSecret()
{
    SecureBuffer secret(KeySlotSeal::SecretBytes);
    if (sodium::ready())
        randombytes_buf(secret.data(), size_t(secret.size()));
    return secret;
}

qsizetype KeySlots::indexOf(const QList<KeySlot>& slots, const QString& memberId)
{
    for (qsizetype i = 0; i < slots.size(); ++i) {
        if (slots[i].memberId == memberId)
            return i;
    }
    return -1;
}

Result<QList<KeySlot>> KeySlots::load() const
{
    return KeySlotFile::read(filePath());
}

Result<std::pair<QList<KeySlot>, qsizetype>> KeySlots::slotsWith(const MemberKeys& by,
                                                                 const QString& memberId) const
{
    auto slots = load();
    if (!slots)
        return std::unexpected(slots.error());
    // `by` proves an unlock of this vault, not just of some vault with the same member id.
    const qsizetype own = indexOf(*slots, by.memberId);
    const qsizetype i = indexOf(*slots, memberId);
    if (own < 0 || i < 0)
        return noSuchMember();
    return std::pair{std::move(*slots), i};
}

Result<MemberKeys> KeySlots::create(const SecureBuffer& vaultKey, const QString& label,
                                    const SecureBuffer& passphrase)
{
    if (exists())
        return fail(ErrorCode::AlreadyExists, Tr::tr("This vault has a members file already."));
    if (label.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("A member needs initials or a name."));
    KeySlot slot;
    slot.memberId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    slot.label = label.trimmed();
    SecureBuffer memberSecret = newSecret();
    const auto sealed = KeySlotSeal::seal(slot, SlotSecrets{vaultKey.clone(), memberSecret.clone()},
                                          passphrase, m_parameters);
    if (!sealed)
        return std::unexpected(sealed.error());
    if (Status s = KeySlotFile::write(filePath(), {*sealed}); !s)
        return std::unexpected(s.error());
    return MemberKeys{slot.memberId, slot.label, vaultKey.clone(), std::move(memberSecret), false};
}

Result<QList<MemberSlotInfo>> KeySlots::members() const
{
    const auto slots = load();
    if (!slots)
        return std::unexpected(slots.error());
    QList<MemberSlotInfo> members;
    for (const KeySlot& slot : *slots)
        members << MemberSlotInfo{slot.memberId, slot.label, slot.mustChangePassphrase};
    return members;
}

Result<MemberKeys> KeySlots::unlock(const QString& memberId, const SecureBuffer& passphrase) const
{
    const auto slots = load();
    if (!slots)
        return std::unexpected(slots.error());
    const qsizetype i = indexOf(*slots, memberId);
    if (i < 0)
        return noSuchMember();
    const KeySlot& slot = slots->at(i);
    auto secrets = KeySlotSeal::open(slot, passphrase);
    if (!secrets)
        return std::unexpected(secrets.error());
    return MemberKeys{slot.memberId, slot.label, std::move(secrets->vaultKey),
                      std::move(secrets->memberSecret), slot.mustChangePassphrase};
}

Result<QString> KeySlots::addMember(const MemberKeys& by, const QString& label,
                                    const SecureBuffer& firstPassphrase)
{
    auto slots = load();
    if (!slots)
        return std::unexpected(slots.error());
    if (indexOf(*slots, by.memberId) < 0)
        return noSuchMember();
    if (label.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, Tr::tr("A member needs initials or a name."));
    KeySlot slot;
    slot.memberId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    slot.label = label.trimmed();
    slot.mustChangePassphrase = true;
    const auto sealed =
        KeySlotSeal::seal(slot, secretsOf(by, newSecret()), firstPassphrase, m_parameters);
    if (!sealed)
        return std::unexpected(sealed.error());
    slots->append(*sealed);
    if (Status s = KeySlotFile::write(filePath(), *slots); !s)
        return std::unexpected(s.error());
    return slot.memberId;
}

Status KeySlots::removeMember(const MemberKeys& by, const QString& memberId)
{
    auto found = slotsWith(by, memberId);
    if (!found)
        return std::unexpected(found.error());
    auto& [slots, i] = *found;
    if (slots.size() == 1)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The last member cannot be removed: nobody could open the vault."));
    slots.removeAt(i);
    return KeySlotFile::write(filePath(), slots);
}

Status KeySlots::changePassphrase(MemberKeys& self, const SecureBuffer& newPassphrase)
{
    auto slots = load();
    if (!slots)
        return std::unexpected(slots.error());
    const qsizetype i = indexOf(*slots, self.memberId);
    if (i < 0)
        return noSuchMember();
    KeySlot slot = slots->at(i);
    slot.mustChangePassphrase = false;
    const auto sealed = KeySlotSeal::seal(slot, secretsOf(self, self.memberSecret.clone()),
                                          newPassphrase, m_parameters);
    if (!sealed)
        return std::unexpected(sealed.error());
    (*slots)[i] = *sealed;
    if (Status s = KeySlotFile::write(filePath(), *slots); !s)
        return s;
    self.mustChangePassphrase = false;
    return {};
}

Status KeySlots::resetPassphrase(const MemberKeys& by, const QString& memberId,
                                 const SecureBuffer& firstPassphrase)
{
    auto found = slotsWith(by, memberId);
    if (!found)
        return std::unexpected(found.error());
    auto& [slots, i] = *found;
    KeySlot slot = slots.at(i);
    slot.mustChangePassphrase = true;
    // A new member secret: the old one went with the forgotten passphrase, and with it the
    // member's sealed private notes (the reset dialog says so).
    const auto sealed =
        KeySlotSeal::seal(slot, secretsOf(by, newSecret()), firstPassphrase, m_parameters);
    if (!sealed)
        return std::unexpected(sealed.error());
    slots[i] = *sealed;
    return KeySlotFile::write(filePath(), slots);
}

} // namespace kotva
