// What a team lead imports from workers on other PCs (issue 15): the cards and the sealed,
// signed file. The first input byte chooses what the rest is:
// 0: a file to open, and a team card and a member card to read: whatever it is, nobody
//    sealed it for this team, so it must be refused, and a card that reads must write back
//    the same;
// 1: the contents inside the seal (SharePayload): whatever reads must encode to something
//    that reads back the same;
// 2: damage to a real file sealed for this team, as records [offset: 2 bytes][xor: 1 byte]:
//    a file with any byte changed must be refused.

#include "core/exchange/ExchangeCard.h"
#include "core/exchange/SharePayload.h"
#include "core/keys/slots/ShareEnvelope.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QTimeZone>

using namespace kotva;
using namespace kotva::fuzz;

namespace {

struct Keys
{
    ExchangeKeys team = *ExchangeKeys::generateTeamKeys();
    ExchangeKeys signer = *ExchangeKeys::generateSigningKeys();
    QByteArray sealed;
};

const Keys& keys()
{
    static const Keys* made = [] {
        auto* k = new Keys;
        SharePayload payload;
        const QDateTime at(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc());
        payload.notes << SharedNote{QStringLiteral("1"),
                                    NoteTopic::Difficult,
                                    QStringLiteral("Těžký kontakt."),
                                    QString(),
                                    false,
                                    at,
                                    at};
        payload.figures.months = {QDate(2026, 12, 1)};
        payload.figures.rows << FigureRow{FigureGroup::Stops, QStringLiteral("stops"), {2}};
        auto file = ShareEnvelope::seal(payload.encode(), 1, at, k->signer, k->team.publicKey);
        require(file.has_value(), "sealing the reference file");
        k->sealed = *file;
        return k;
    }();
    return *made;
}

void readCard(const QByteArray& input, ExchangeCard::Kind kind)
{
    const auto card = ExchangeCard::fromFile(input, kind);
    if (!card)
        return;
    const auto again = ExchangeCard::fromFile(card->toFile(), kind);
    require(again.has_value() && again->name == card->name && again->publicKey == card->publicKey,
            "a card that reads writes back the same");
    require(!card->fingerprint().isEmpty(), "a card has a fingerprint");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input = bytes(data + 1, size - 1);
    switch (data[0] % 3) {
    case 0:
        require(!ShareEnvelope::open(input, keys().team).has_value(),
                "a file nobody sealed for this team is refused");
        readCard(input, ExchangeCard::Kind::Team);
        readCard(input, ExchangeCard::Kind::Member);
        break;
    case 1:
        if (const auto payload = SharePayload::decode(input)) {
            const auto again = SharePayload::decode(payload->encode());
            require(again.has_value() && again->notes == payload->notes &&
                        again->figures.months == payload->figures.months &&
                        again->figures.rows == payload->figures.rows,
                    "contents that read encode to the same");
        }
        break;
    default: {
        QByteArray file = keys().sealed;
        bool changed = false;
        for (qsizetype i = 0; i + 3 <= input.size(); i += 3) {
            const qsizetype offset = ((uchar(input[i]) << 8) | uchar(input[i + 1])) % file.size();
            const char mask = input[i + 2];
            file[offset] = char(file[offset] ^ mask);
        }
        changed = file != keys().sealed;
        const auto opened = ShareEnvelope::open(file, keys().team);
        require(changed ? !opened.has_value() : opened.has_value(),
                "a file with a byte changed is refused, the file as sealed opens");
        break;
    }
    }
    return 0;
}
