#include "core/keys/slots/ShareEnvelope.h"

#include "core/keys/slots/Sodium.h"

#include <QCoreApplication>
#include <QTimeZone>
#include <QtEndian>

namespace kotva {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::ShareEnvelope)
};

const QByteArray Magic = QByteArrayLiteral("KOTVA-TEAM-SHARE 1\n");
constexpr qsizetype KeyBytes = 32;
constexpr qsizetype HeaderBytes = KeyBytes + KeyBytes + 8 + 8; // team, signer, number, time
static_assert(crypto_box_PUBLICKEYBYTES == KeyBytes && crypto_sign_PUBLICKEYBYTES == KeyBytes);

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

std::unexpected<Error> noSodium()
{
    return fail(ErrorCode::Internal, Tr::tr("Kotva's cryptography library could not start."));
}

std::unexpected<Error> notForThisTeam()
{
    return fail(ErrorCode::WrongKey,
                Tr::tr("This file was not sealed for this team, or it was damaged on the way. "
                       "Nothing was imported."));
}

QByteArray bigEndian(quint64 value)
{
    QByteArray out(8, Qt::Uninitialized);
    qToBigEndian(value, out.data());
    return out;
}

Result<ExchangeKeys> generate(qsizetype secretBytes, int (*keypair)(unsigned char*, unsigned char*))
{
    if (!sodium::ready())
        return noSodium();
    ExchangeKeys keys;
    keys.publicKey = QByteArray(KeyBytes, Qt::Uninitialized);
    keys.secretKey = SecureBuffer(secretBytes);
    keypair(reinterpret_cast<unsigned char*>(keys.publicKey.data()),
            reinterpret_cast<unsigned char*>(keys.secretKey.data()));
    return keys;
}

} // namespace

Result<ExchangeKeys> ExchangeKeys::generateTeamKeys()
{
    return generate(crypto_box_SECRETKEYBYTES, crypto_box_keypair);
}

Result<ExchangeKeys> ExchangeKeys::generateSigningKeys()
{
    return generate(crypto_sign_SECRETKEYBYTES, crypto_sign_keypair);
}

Result<QByteArray> ShareEnvelope::seal(const QByteArray& payload, quint64 sequence,
                                       const QDateTime& createdAtUtc, const ExchangeKeys& signer,
                                       const QByteArray& teamPublicKey)
{
    if (!sodium::ready())
        return noSodium();
    if (teamPublicKey.size() != KeyBytes || signer.publicKey.size() != KeyBytes ||
        signer.secretKey.size() != crypto_sign_SECRETKEYBYTES)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The team's key or your signing key is not complete; join the team "
                           "again with the team's card."));
    const QByteArray contents = teamPublicKey + signer.publicKey + bigEndian(sequence) +
                                bigEndian(quint64(createdAtUtc.toSecsSinceEpoch())) + payload;
    QByteArray signedContents(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signedContents.data()), nullptr,
                         bytes(contents), size_t(contents.size()),
                         reinterpret_cast<const unsigned char*>(signer.secretKey.constData()));
    signedContents += contents;
    QByteArray sealed(crypto_box_SEALBYTES + signedContents.size(), Qt::Uninitialized);
    crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), bytes(signedContents),
                    size_t(signedContents.size()), bytes(teamPublicKey));
    return Magic + sealed;
}

Result<OpenedShare> ShareEnvelope::open(const QByteArray& file, const ExchangeKeys& team)
{
    if (!sodium::ready())
        return noSodium();
    if (!file.startsWith(Magic))
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("This is not a file a Kotva team member exports. Nothing was "
                           "imported."));
    const QByteArray sealed = file.mid(Magic.size());
    const qsizetype least = crypto_box_SEALBYTES + crypto_sign_BYTES + HeaderBytes;
    if (sealed.size() < least || team.publicKey.size() != KeyBytes ||
        team.secretKey.size() != crypto_box_SECRETKEYBYTES)
        return notForThisTeam();
    QByteArray signedContents(sealed.size() - crypto_box_SEALBYTES, Qt::Uninitialized);
    if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(signedContents.data()), bytes(sealed),
                             size_t(sealed.size()), bytes(team.publicKey),
                             reinterpret_cast<const unsigned char*>(team.secretKey.constData())) !=
        0)
        return notForThisTeam();
    const QByteArray signature = signedContents.left(crypto_sign_BYTES);
    const QByteArray contents = signedContents.mid(crypto_sign_BYTES);
    OpenedShare share;
    share.signerKey = contents.mid(KeyBytes, KeyBytes);
    // Anyone may seal to the team's public key: only the signature says who made the file,
    // and that it was made for this team.
    if (contents.left(KeyBytes) != team.publicKey ||
        crypto_sign_verify_detached(bytes(signature), bytes(contents), size_t(contents.size()),
                                    bytes(share.signerKey)) != 0)
        return fail(ErrorCode::WrongKey,
                    Tr::tr("This file was altered or forged: its signature does not match what "
                           "it carries. Nothing was imported."));
    share.sequence = qFromBigEndian<quint64>(contents.constData() + 2 * KeyBytes);
    share.createdAtUtc = QDateTime::fromSecsSinceEpoch(
        qint64(qFromBigEndian<quint64>(contents.constData() + 2 * KeyBytes + 8)), QTimeZone::utc());
    share.payload = contents.mid(HeaderBytes);
    share.digest = QByteArray(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(share.digest.data()),
                       size_t(share.digest.size()), bytes(signedContents),
                       size_t(signedContents.size()), nullptr, 0);
    return share;
}

ShareFreshness shareFreshness(std::optional<quint64> lastSequence, const QByteArray& lastDigest,
                              const OpenedShare& share)
{
    if (!lastSequence || share.sequence > *lastSequence)
        return ShareFreshness::New;
    if (share.sequence == *lastSequence && share.digest == lastDigest)
        return ShareFreshness::AlreadyImported;
    return ShareFreshness::Replayed;
}

} // namespace kotva
