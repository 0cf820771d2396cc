#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace kotva {

/// Finds line numbers in raw JSON text, so that a validation error found on the parsed
/// QJsonDocument (which keeps no positions) can still name the line a person must edit.
class JsonLineLocator
{
public:
    explicit JsonLineLocator(QByteArray json);

    /// 1-based line of a byte offset.
    [[nodiscard]] int lineOfOffset(qsizetype offset) const;
    /// Line of a key of the top-level object; 0 when absent.
    [[nodiscard]] int lineOfTopLevelKey(QByteArrayView key) const;
    /// Line where element `index` of the top-level array `key` starts; 0 when absent.
    [[nodiscard]] int lineOfArrayElement(QByteArrayView key, int index) const;

private:
    /// Offset of the key's string token and of its value in the top-level object, or -1.
    [[nodiscard]] qsizetype keyOffset(QByteArrayView key, qsizetype* valueOffset) const;

    QByteArray m_json;
};

} // namespace kotva
