#pragma once

#include "core/common/Error.h"
#include "core/common/SecureBuffer.h"
#include "core/keys/slots/KeySlots.h"

#include <QList>
#include <QString>

#include <optional>

namespace kotva {

/// The key slots of the team vault a member has unlocked, held for as long as it is open:
/// who unlocked, and the slot changes they may make with their keys (their own passphrase;
/// adding, removing and resetting members, which the team service allows by role). New
/// slots are sealed with Argon2id parameters measured on this PC (about half a second), once
/// per run and only when a slot is sealed, so unlocking never waits for the measurement.
class TeamKeys final
{
public:
    /// `parameters`: fixed Argon2id parameters (tests); by default measured when first needed.
    TeamKeys(QString vaultPath, MemberKeys self,
             std::optional<Argon2Parameters> parameters = std::nullopt);

    [[nodiscard]] const QString& memberId() const { return m_self.memberId; }
    [[nodiscard]] const QString& label() const { return m_self.label; }
    [[nodiscard]] bool mustChangePassphrase() const { return m_self.mustChangePassphrase; }
    /// The root of this member's sealed private notes.
    [[nodiscard]] const SecureBuffer& memberSecret() const { return m_self.memberSecret; }

    [[nodiscard]] Result<QList<MemberSlotInfo>> members() const;
    /// PassphrasePolicy applies; clears "must change".
    Status changeOwnPassphrase(const SecureBuffer& newPassphrase);
    /// A first passphrase the member must change (PassphrasePolicy applies). Returns their id.
    Result<QString> addMember(const QString& label, const SecureBuffer& firstPassphrase);
    /// One's own slot cannot go this way (another team lead removes it).
    Status removeMember(const QString& memberId);
    Status resetPassphrase(const QString& memberId, const SecureBuffer& firstPassphrase);

    /// The parameters new slots get: `fixed` when given (tests), otherwise those measured on
    /// this PC, about half a second of Argon2id.
    [[nodiscard]] static Argon2Parameters
    sealingParameters(const std::optional<Argon2Parameters>& fixed);

private:
    [[nodiscard]] KeySlots slots() const;

    QString m_vaultPath;
    MemberKeys m_self;
    std::optional<Argon2Parameters> m_parameters;
};

} // namespace kotva
