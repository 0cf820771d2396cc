#include "core/keys/slots/PassphraseKdf.h"

#include "core/keys/slots/Sodium.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>

namespace kotva {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::PassphraseKdf)
};

constexpr quint64 CalibrationOps = 3;
constexpr quint64 FirstMemory = 64ULL << 20;
constexpr quint64 MostMemory = 1ULL << 30;
/// A slot file may ask for at most this much: more is a file built to exhaust the PC.
constexpr quint64 AcceptedMemory = 2ULL << 30;
constexpr quint64 AcceptedOps = 32;

} // namespace

Argon2Parameters PassphraseKdf::minimum()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

bool PassphraseKdf::acceptable(const Argon2Parameters& p)
{
    const Argon2Parameters floor = minimum();
    return p.opsLimit >= floor.opsLimit && p.memLimitBytes >= floor.memLimitBytes &&
           p.opsLimit <= AcceptedOps && p.memLimitBytes <= AcceptedMemory;
}

Argon2Parameters PassphraseKdf::calibrate(std::chrono::milliseconds target)
{
    const QByteArray salt(SaltBytes, '\x42');
    QByteArray probe("calibration passphrase");
    const SecureBuffer passphrase = SecureBuffer::takeFrom(probe);
    Argon2Parameters best{CalibrationOps, FirstMemory};
    for (quint64 memory = FirstMemory; memory <= MostMemory; memory *= 2) {
        const Argon2Parameters tried{CalibrationOps, memory};
        QElapsedTimer timer;
        timer.start();
        if (!derive(passphrase, salt, tried))
            break; // the memory is not there: the last that worked stays
        best = tried;
        // Doubling the memory doubles the time: stop once the next step would overshoot.
        if (timer.elapsed() * 2 > target.count())
            break;
    }
    return best;
}

QByteArray PassphraseKdf::newSalt()
{
    QByteArray salt(SaltBytes, '\0');
    randombytes_buf(salt.data(), size_t(salt.size()));
    return salt;
}

Result<SecureBuffer> PassphraseKdf::derive(const SecureBuffer& passphrase, const QByteArray& salt,
                                           const Argon2Parameters& p)
{
    if (salt.size() != SaltBytes)
        return fail(ErrorCode::InvalidInput, Tr::tr("A key slot is damaged (its salt)."));
    if (!sodium::ready())
        return fail(ErrorCode::Internal, Tr::tr("The cryptography library could not start."));
    SecureBuffer key(KeyBytes);
    if (crypto_pwhash(reinterpret_cast<unsigned char*>(key.data()), size_t(key.size()),
                      passphrase.constData(), size_t(passphrase.size()),
                      reinterpret_cast<const unsigned char*>(salt.constData()), p.opsLimit,
                      size_t(p.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13) != 0)
        return fail(ErrorCode::Internal,
                    Tr::tr("There is not enough memory to check the passphrase."),
                    QStringLiteral("crypto_pwhash failed (%1 bytes)").arg(p.memLimitBytes));
    return key;
}

} // namespace kotva
