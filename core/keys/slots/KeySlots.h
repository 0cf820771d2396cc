#pragma once

#include "core/common/Error.h"
#include "core/common/SecureBuffer.h"
#include "core/keys/slots/KeySlot.h"

#include <QList>
#include <QString>

#include <utility>

namespace kotva {

/// A member who unlocked: who they are and what their slot gave them.
struct MemberKeys
{
    QString memberId;
    QString label;
    SecureBuffer vaultKey;     ///< opens the vault (SQLCipher raw key)
    SecureBuffer memberSecret; ///< the root of the member's sealed private notes
    bool mustChangePassphrase = false;
};

/// A member as the unlock dialog lists them (no secrets).
struct MemberSlotInfo
{
    QString memberId;
    QString label;
    bool mustChangePassphrase = false;
};

/// The key slots of one team vault (issue 15): each member unlocks with their own
/// passphrase. The vault's key is wrapped once per member; adding a member needs the key, so
/// only someone who unlocked can do it (who may, by role, is the team service's rule).
/// Every change rewrites the members file atomically; a removed member's slot is gone from
/// it (a copy of the file made before still holds it: README, "Removing a member").
class KeySlots final
{
public:
    /// `parameters`: Argon2id for new and changed slots (PassphraseKdf::calibrate on this PC).
    KeySlots(QString vaultPath, Argon2Parameters parameters);

    [[nodiscard]] QString filePath() const;
    [[nodiscard]] bool exists() const;

    /// Makes the members file of a new team vault: the creating team lead's slot, holding
    /// `vaultKey` and a new member secret. AlreadyExists when the file is there.
    Result<MemberKeys> create(const SecureBuffer& vaultKey, const QString& label,
                              const SecureBuffer& passphrase);
    [[nodiscard]] Result<QList<MemberSlotInfo>> members() const;
    /// WrongKey for a wrong passphrase, NotFound for a member who has no slot (removed).
    Result<MemberKeys> unlock(const QString& memberId, const SecureBuffer& passphrase) const;

    /// A new member with the passphrase the team lead chose; they must change it at their
    /// first unlock. Returns the new member's id.
    Result<QString> addMember(const MemberKeys& by, const QString& label,
                              const SecureBuffer& firstPassphrase);
    /// Wipes the member's slot from the file. The last slot cannot go (the vault would be
    /// lost).
    Status removeMember(const MemberKeys& by, const QString& memberId);
    /// The member's own new passphrase; clears "must change".
    Status changePassphrase(MemberKeys& self, const SecureBuffer& newPassphrase);
    /// A lost passphrase: the team lead gives the member a new first passphrase. The member
    /// gets a new member secret, so their sealed private notes cannot be opened any more.
    Status resetPassphrase(const MemberKeys& by, const QString& memberId,
                           const SecureBuffer& firstPassphrase);

private:
    [[nodiscard]] Result<QList<KeySlot>> load() const;
    /// The slots, and where `memberId`'s is, when both `by` and that member have one.
    [[nodiscard]] Result<std::pair<QList<KeySlot>, qsizetype>>
    slotsWith(const MemberKeys& by, const QString& memberId) const;
    [[nodiscard]] static qsizetype indexOf(const QList<KeySlot>& slots, const QString& memberId);
    [[nodiscard]] static SecureBuffer newSecret();

    QString m_vaultPath;
    Argon2Parameters m_parameters;
};

} // namespace kotva
