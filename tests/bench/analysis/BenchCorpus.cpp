#include "BenchCorpus.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>
#include <random>

namespace kotva::bench {

namespace {

QString readText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}

} // namespace

QStringList sentencePool()
{
    const QString shared = QStringLiteral(KOTVA_SHARED_DIR);
    QStringList result;
    const QRegularExpression sentenceEnd(QStringLiteral("(?<=[.!?])\\s+"));
    const QDir seeds(shared + QStringLiteral("/seeds"));
    for (const QString& name : seeds.entryList({QStringLiteral("*.txt")}, QDir::Files)) {
        const QStringList lines = readText(seeds.filePath(name)).split(u'\n', Qt::SkipEmptyParts);
        for (const QString& line : lines)
            for (const QString& sentence : line.split(sentenceEnd, Qt::SkipEmptyParts))
                if (sentence.trimmed().size() > 3)
                    result << sentence.trimmed();
    }
    // Eval sets: the message column (first for pii, last for risk and boundary).
    const QDir eval(shared + QStringLiteral("/eval"));
    for (const QString& name : eval.entryList({QStringLiteral("*.tsv")}, QDir::Files)) {
        QStringList lines = readText(eval.filePath(name)).split(u'\n', Qt::SkipEmptyParts);
        lines.removeFirst(); // header
        for (const QString& line : std::as_const(lines)) {
            const QStringList columns = line.split(u'\t');
            result << (name.startsWith(u"pii") ? columns.first() : columns.last());
        }
    }
    return result;
}

QStringList buildCorpus(qsizetype totalBytes, qsizetype messageBytes)
{
    const QStringList pool = sentencePool();
    std::mt19937 random(20240611);
    std::uniform_int_distribution<qsizetype> pick(0, pool.size() - 1);
    QStringList messages;
    qsizetype total = 0;
    while (total < totalBytes) {
        QString message;
        qsizetype bytes = 0;
        while (bytes < messageBytes) {
            const QString& sentence = pool.at(pick(random));
            if (!message.isEmpty())
                message += u' ';
            message += sentence;
            bytes += sentence.toUtf8().size() + 1;
        }
        total += message.toUtf8().size();
        messages << message;
    }
    return messages;
}

qsizetype utf8Bytes(const QStringList& messages)
{
    qsizetype total = 0;
    for (const QString& message : messages)
        total += message.toUtf8().size();
    return total;
}

} // namespace kotva::bench
