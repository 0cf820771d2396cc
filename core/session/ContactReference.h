#pragma once

#include <QString>

namespace kotva {

/// The anonymous reference a contact is known by outside the conversation ("K-4F7Q"):
/// random, so it says nothing about the client, the time or the order of contacts.
class ContactReference final
{
public:
    /// Crockford's base-32 alphabet: no I, L, O or U, so a reference read aloud or
    /// copied by hand is not misread.
    static constexpr QStringView Alphabet = u"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static constexpr int ShortLength = 4;
    static constexpr int LongLength = 6;

    /// "K-" and `length` random characters from Alphabet (system random generator).
    [[nodiscard]] static QString generate(int length = ShortLength);
    /// Whether `text` has the form generate() produces (either length).
    [[nodiscard]] static bool isWellFormed(const QString& text);
};

} // namespace kotva
