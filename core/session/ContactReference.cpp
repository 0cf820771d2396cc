#include "core/session/ContactReference.h"

#include <QRandomGenerator>

namespace kotva {

namespace {

constexpr QStringView Prefix = u"K-";

} // namespace

QString ContactReference::generate(int length)
{
    QString reference = Prefix.toString();
    reference.reserve(Prefix.size() + length);
    for (int i = 0; i < length; ++i)
        reference += Alphabet.at(QRandomGenerator::system()->bounded(int(Alphabet.size())));
    return reference;
}

bool ContactReference::isWellFormed(const QString& text)
{
    const qsizetype length = text.size() - Prefix.size();
    if (!text.startsWith(Prefix) || (length != ShortLength && length != LongLength))
        return false;
    for (qsizetype i = Prefix.size(); i < text.size(); ++i) {
        if (!Alphabet.contains(text.at(i)))
            return false;
    }
    return true;
}

} // namespace kotva
