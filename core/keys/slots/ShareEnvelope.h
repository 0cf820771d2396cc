#pragma once

// Workers on other PCs (issue 15): what a worker exports for the team lead travels as one file,
// sealed to the team's public key (libsodium's crypto_box_seal: only the team vault that holds
// the secret half opens it) and signed by the member who made it (Ed25519), so a file that was
// forged, altered or sealed for another team is refused. The file carries a sequence number
// and its digest, so the importer can refuse an older file sent again (shareFreshness) and
// take the same file twice without change. No server: a USB stick or a shared folder.

#include "core/common/Error.h"
#include "core/common/SecureBuffer.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace kotva {

/// A key pair: the public half travels, the secret half stays in a vault.
struct ExchangeKeys
{
    QByteArray publicKey;
    SecureBuffer secretKey;

    /// The team's X25519 pair that files are sealed to (crypto_box).
    [[nodiscard]] static Result<ExchangeKeys> generateTeamKeys();
    /// A member's Ed25519 pair that signs what they send (crypto_sign).
    [[nodiscard]] static Result<ExchangeKeys> generateSigningKeys();
};

/// What an opened file says, after its seal and signature were checked.
struct OpenedShare
{
    QByteArray signerKey; ///< the member's public signing key: the importer checks it is known
    quint64 sequence = 0; ///< counts up with each file the member makes
    QDateTime createdAtUtc;
    QByteArray payload; ///< what the member exported (ShareEnvelope does not read it)
    QByteArray digest;  ///< BLAKE2b of the signed contents: the same file has the same digest
};

class ShareEnvelope final
{
public:
    /// The file: a magic line, then crypto_box_seal(signature ‖ team key ‖ signer key ‖
    /// sequence ‖ time ‖ payload). The team's key is inside what is signed, so nobody can
    /// seal a member's signed contents to another team.
    [[nodiscard]] static Result<QByteArray> seal(const QByteArray& payload, quint64 sequence,
                                                 const QDateTime& createdAtUtc,
                                                 const ExchangeKeys& signer,
                                                 const QByteArray& teamPublicKey);
    /// InvalidInput for a file that is not one Kotva makes; WrongKey when it was not sealed to
    /// `team` or was damaged, and when its signature does not match (altered or forged).
    [[nodiscard]] static Result<OpenedShare> open(const QByteArray& file, const ExchangeKeys& team);
};

/// Whether a file is new, the one already imported, or an older or different one with a
/// number already used (sent again, or forged by someone who holds the member's key).
enum class ShareFreshness { New, AlreadyImported, Replayed };

/// `lastSequence` / `lastDigest`: the last file imported from the same member, if any.
[[nodiscard]] ShareFreshness shareFreshness(std::optional<quint64> lastSequence,
                                            const QByteArray& lastDigest, const OpenedShare& share);

} // namespace kotva
