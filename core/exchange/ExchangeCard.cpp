#include "core/exchange/ExchangeCard.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace kotva {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::ExchangeCard)
};

constexpr qsizetype KeyBytes = 32;
constexpr qsizetype MaxCardBytes = 4096;

QByteArray magicOf(ExchangeCard::Kind kind)
{
    return kind == ExchangeCard::Kind::Team ? QByteArrayLiteral("KOTVA-TEAM-CARD 1\n")
                                            : QByteArrayLiteral("KOTVA-MEMBER-CARD 1\n");
}

std::unexpected<Error> notACard(ExchangeCard::Kind kind)
{
    return fail(ErrorCode::InvalidInput,
                kind == ExchangeCard::Kind::Team
                    ? Tr::tr("This file is not a team card made by Kotva. The team lead saves "
                             "it in Settings, Workers on other PCs.")
                    : Tr::tr("This file is not a member card made by Kotva. The worker saves "
                             "it on their PC in Settings, Workers on other PCs."));
}

} // namespace

QString ExchangeCard::fingerprint() const
{
    // 100 bits of BLAKE2b in base 32 without the letters people confuse on the phone.
    static constexpr char Alphabet[] = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    unsigned char hash[16];
    crypto_generichash(hash, sizeof hash, reinterpret_cast<const unsigned char*>(publicKey.data()),
                       size_t(publicKey.size()), nullptr, 0);
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    int written = 0;
    for (const unsigned char byte : hash) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5 && written < 20) {
            bits -= 5;
            if (written > 0 && written % 4 == 0)
                out += QLatin1Char('-');
            out += QLatin1Char(Alphabet[(buffer >> bits) & 31]);
            ++written;
        }
    }
    return out;
}

QByteArray ExchangeCard::toFile() const
{
    QJsonObject object;
    object.insert(QStringLiteral("name"), name);
    object.insert(QStringLiteral("key"), QString::fromLatin1(publicKey.toBase64()));
    return magicOf(kind) + QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<ExchangeCard> ExchangeCard::fromFile(const QByteArray& file, Kind kind)
{
    const QByteArray magic = magicOf(kind);
    if (file.size() > MaxCardBytes || !file.startsWith(magic))
        return notACard(kind);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.mid(magic.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return notACard(kind);
    const QJsonObject object = document.object();
    const QJsonValue name = object.value(QStringLiteral("name"));
    const QJsonValue key = object.value(QStringLiteral("key"));
    if (!name.isString() || !key.isString())
        return notACard(kind);
    const auto decoded = QByteArray::fromBase64Encoding(key.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    const QString trimmed = name.toString().simplified();
    if (!decoded || decoded.decoded.size() != KeyBytes || trimmed.isEmpty() ||
        trimmed.size() > MaxNameLength)
        return notACard(kind);
    return ExchangeCard{kind, trimmed, decoded.decoded};
}

} // namespace kotva
