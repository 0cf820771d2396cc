#pragma once

#include <QHostAddress>
#include <QList>
#include <QString>

#include <expected>
#include <stop_token>

namespace kotva {

/// Resolves a host name from a worker thread with a deadline and cancellation. The C
/// library's resolver cannot be interrupted, so it runs in a thread of its own that is left
/// to finish in the background when the caller stops waiting: a slow or dead DNS server must
/// not hold the worker longer than the account's timeout.
class BlockingHostLookup final
{
public:
    enum class Failure { NotFound, Timeout, Cancelled };

    [[nodiscard]] static std::expected<QList<QHostAddress>, Failure>
    resolve(const QString& host, int timeoutMs, const std::stop_token& cancel);
};

} // namespace kotva
