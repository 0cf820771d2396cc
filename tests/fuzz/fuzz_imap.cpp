// The IMAP response parser on whatever a server might send: the input is cut into pieces
// as the network might cut it (sizes drawn from the input's first bytes) and fed piece by
// piece. Nothing may crash; the responses and the error must be exactly those of the same
// bytes fed at once, since a parser whose result depends on packet boundaries would let a
// hostile server smuggle responses past it.
//
// Input: [seed: 2 bytes][server bytes...]. Small limits make the limit paths reachable.

#include "core/mail/imap/ImapResponseParser.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QList>

using namespace kotva;
using namespace kotva::fuzz;

namespace {

constexpr ImapLimits FuzzLimits{512, 4096, 16384};

/// Everything a response carries, in one comparable string.
QByteArray flatten(const ImapResponse& r)
{
    QByteArray out =
        QByteArray::number(int(r.kind)) + '|' + r.tag + '|' + QByteArray::number(int(r.status)) +
        '|' + r.code + '|' + r.codeArgument + '|' + r.text + '|' + r.keyword + '|' +
        (r.number ? QByteArray::number(*r.number) : QByteArray("-")) + '|' + r.values.join(',') +
        '|' + (r.fetch.uid ? QByteArray::number(*r.fetch.uid) : QByteArray("-")) + '|' +
        (r.fetch.size ? QByteArray::number(*r.fetch.size) : QByteArray("-")) + '|' +
        (r.fetch.body ? *r.fetch.body : QByteArray("-")) + '|' +
        (r.fetch.flags ? r.fetch.flags->join(',') : QByteArray("-"));
    return out;
}

struct Outcome
{
    QList<QByteArray> responses;
    QByteArray error;
    bool partial = false;
};

/// Drains every response the parser has now.
void drain(ImapResponseParser& parser, Outcome& outcome)
{
    while (outcome.error.isEmpty()) {
        auto next = parser.next();
        if (!next) {
            outcome.error =
                QByteArray::number(int(next.error().kind)) + ' ' + next.error().detail.toUtf8();
            require(!next.error().detail.isEmpty(), "an error says what was wrong");
            return;
        }
        if (!*next)
            return;
        const ImapResponse& response = **next;
        require(!response.fetch.body || response.fetch.body->size() <= FuzzLimits.maxLiteralBytes,
                "no body beyond the literal limit");
        require(response.kind != ImapResponse::Kind::Tagged || !response.tag.isEmpty(),
                "a tagged response has a tag");
        outcome.responses.append(flatten(response));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, size_t size)
{
    if (size < 2)
        return 0;
    quint32 state = quint32(data[0]) << 8 | data[1];
    const QByteArray input = bytes(data + 2, size - 2);

    Outcome whole;
    {
        ImapResponseParser parser(FuzzLimits);
        parser.feed(input);
        drain(parser, whole);
        whole.partial = parser.hasPartialResponse();
    }

    Outcome pieces;
    {
        ImapResponseParser parser(FuzzLimits);
        qsizetype at = 0;
        while (at < input.size()) {
            state = state * 1103515245u + 12345u; // a fixed LCG: the same input, the same cuts
            const qsizetype length = std::min<qsizetype>(1 + (state >> 16) % 64, input.size() - at);
            parser.feed(QByteArrayView(input).sliced(at, length));
            at += length;
            drain(parser, pieces);
        }
        pieces.partial = parser.hasPartialResponse();
    }

    require(whole.responses == pieces.responses, "the same responses however the bytes are cut");
    require(whole.error == pieces.error, "the same error however the bytes are cut");
    require(whole.partial == pieces.partial, "the same leftover however the bytes are cut");
    return 0;
}
