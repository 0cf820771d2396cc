#include "core/keys/slots/TeamKeys.h"

#include "core/keys/PassphrasePolicy.h"

#include <QCoreApplication>

#include <chrono>

namespace kotva {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::TeamKeys)
};

} // namespace

TeamKeys::TeamKeys(QString vaultPath, MemberKeys self, std::optional<Argon2Parameters> parameters)
    : m_vaultPath(std::move(vaultPath))
    , m_self(std::move(self))
    , m_parameters(parameters)
{}

Argon2Parameters TeamKeys::sealingParameters(const std::optional<Argon2Parameters>& fixed)
{
    if (fixed)
        return *fixed;
    // Issue 15: about half a second to unlock on this PC. Measured once per run: the memory
    // and speed of a PC do not change while Kotva runs.
    static const Argon2Parameters measured =
        PassphraseKdf::calibrate(std::chrono::milliseconds(500));
    return measured;
}

KeySlots TeamKeys::slots() const
{
    return KeySlots(m_vaultPath, sealingParameters(m_parameters));
}

Result<QList<MemberSlotInfo>> TeamKeys::members() const
{
    return KeySlots(m_vaultPath, PassphraseKdf::minimum()).members();
}

Status TeamKeys::changeOwnPassphrase(const SecureBuffer& newPassphrase)
{
    if (Status acceptable = PassphrasePolicy::check(newPassphrase); !acceptable)
        return acceptable;
    return slots().changePassphrase(m_self, newPassphrase);
}

Result<QString> TeamKeys::addMember(const QString& label, const SecureBuffer& firstPassphrase)
{
    if (Status acceptable = PassphrasePolicy::check(firstPassphrase); !acceptable)
        return std::unexpected(acceptable.error());
    return slots().addMember(m_self, label, firstPassphrase);
}

Status TeamKeys::removeMember(const QString& memberId)
{
    if (memberId == m_self.memberId)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("You cannot remove your own key while you use it. Another team lead "
                           "can remove you."));
    return slots().removeMember(m_self, memberId);
}

Status TeamKeys::resetPassphrase(const QString& memberId, const SecureBuffer& firstPassphrase)
{
    if (memberId == m_self.memberId)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("Change your own passphrase instead: a reset is for a member who "
                           "has forgotten theirs."));
    if (Status acceptable = PassphrasePolicy::check(firstPassphrase); !acceptable)
        return acceptable;
    return slots().resetPassphrase(m_self, memberId, firstPassphrase);
}

} // namespace kotva
