#include "core/mail/smtp/SmtpReply.h"

#include <QStringList>

namespace kotva {

QString SmtpReply::toString() const
{
    QStringList texts;
    texts.reserve(lines.size());
    for (const QByteArray& line : lines)
        texts << QString::fromUtf8(line).trimmed();
    texts.removeAll(QString());
    if (texts.isEmpty())
        return QString::number(code);
    return QString::number(code) + QLatin1Char(' ') + texts.join(QStringLiteral(" / "));
}

} // namespace kotva
