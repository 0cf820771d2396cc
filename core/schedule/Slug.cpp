#include "core/schedule/Slug.h"

namespace kotva {

QString Slug::of(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toLower();
    QString slug;
    for (const QChar ch : decomposed) {
        if ((ch >= u'a' && ch <= u'z') || (ch >= u'0' && ch <= u'9'))
            slug.append(ch);
        else if (ch.isMark())
            continue; // the accent of a decomposed letter: "č" becomes "c"
        else if (!slug.isEmpty() && !slug.endsWith(u'-'))
            slug.append(u'-');
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug;
}

QString Slug::uniqueActivityId(const QString& title, const QSet<QString>& taken)
{
    if (title.trimmed().isEmpty())
        return {};
    QString base = of(title);
    if (base.isEmpty())
        base = QStringLiteral("activity");
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = base + u'-' + QString::number(n);
    return id;
}

} // namespace kotva
