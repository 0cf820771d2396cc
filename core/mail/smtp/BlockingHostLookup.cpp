#include "core/mail/smtp/BlockingHostLookup.h"

#include <QDeadlineTimer>
#include <QHostInfo>

#include <chrono>
#include <future>
#include <memory>
#include <thread>

namespace kotva {

std::expected<QList<QHostAddress>, BlockingHostLookup::Failure>
BlockingHostLookup::resolve(const QString& host, int timeoutMs, const std::stop_token& cancel)
{
    // An address needs no resolver (and no thread).
    if (QHostAddress literal; literal.setAddress(host))
        return QList<QHostAddress>{literal};

    // The promise is shared with the thread, so an abandoned lookup still has somewhere to
    // put its answer after this function has returned.
    auto promise = std::make_shared<std::promise<QList<QHostAddress>>>();
    std::future<QList<QHostAddress>> answer = promise->get_future();
    std::thread([host, promise] {
        promise->set_value(QHostInfo::fromName(host).addresses());
    }).detach();

    const QDeadlineTimer deadline(timeoutMs);
    while (answer.wait_for(std::chrono::milliseconds(50)) != std::future_status::ready) {
        if (cancel.stop_requested())
            return std::unexpected(Failure::Cancelled);
        if (deadline.hasExpired())
            return std::unexpected(Failure::Timeout);
    }
    QList<QHostAddress> addresses = answer.get();
    if (addresses.isEmpty())
        return std::unexpected(Failure::NotFound);
    return addresses;
}

} // namespace kotva
