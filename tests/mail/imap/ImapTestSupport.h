#pragma once

#include "core/common/SecureBuffer.h"
#include "core/mail/MailFailure.h"

#include <QByteArray>
#include <QElapsedTimer>

#include <expected>
#include <gtest/gtest.h>

namespace kotva::test {

inline SecureBuffer secret(const QByteArray& password)
{
    return SecureBuffer::copyOf(password.constData(), password.size());
}

/// "expected failure X" with the message and detail when it is another.
template <typename T>
::testing::AssertionResult failsWith(const std::expected<T, MailError>& result, MailFailure failure)
{
    if (result)
        return ::testing::AssertionFailure() << "succeeded, expected failure " << int(failure);
    if (result.error().failure != failure)
        return ::testing::AssertionFailure()
               << "failure " << int(result.error().failure) << " instead of " << int(failure)
               << ": " << result.error().message.toStdString() << " ("
               << result.error().detail.toStdString() << ")";
    return ::testing::AssertionSuccess();
}

template <typename T>::testing::AssertionResult succeeds(const std::expected<T, MailError>& result)
{
    if (result)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "failure " << int(result.error().failure) << ": "
                                         << result.error().message.toStdString() << " ("
                                         << result.error().detail.toStdString() << ")";
}

} // namespace kotva::test
