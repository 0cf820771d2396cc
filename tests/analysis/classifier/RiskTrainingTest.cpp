// Training is deterministic: the trainer run twice on the tuning corpus writes the same
// bytes, and the same runtime models as the ones the build embedded.

#include "ClassifierTestSupport.h"
#include "RulesFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace kotva {
namespace {

/// Runs the trainer into dir. Two folds: the folds decide only the thresholds, and the
/// runtime model is trained on the whole corpus whatever their number.
void train(const QString& dir, const QString& task = QStringLiteral("risk"),
           const QStringList& files = {})
{
    QProcess trainer;
    trainer.start(QStringLiteral(KOTVA_RISK_TRAINER),
                  QStringList{QStringLiteral("--out"), dir, QStringLiteral("--task"), task,
                              QStringLiteral("--folds"), QStringLiteral("2")} +
                      (!files.isEmpty()  ? files
                       : task == u"risk" ? test::tuningRiskFiles()
                                         : test::tuningBoundaryFiles()));
    ASSERT_TRUE(trainer.waitForFinished(300'000));
    ASSERT_EQ(trainer.exitCode(), 0) << trainer.readAllStandardError().constData();
}

TEST(RiskTraining, SameCorpusGivesTheSameModelEveryTime)
{
    QTemporaryDir first;
    QTemporaryDir second;
    ASSERT_TRUE(first.isValid() && second.isValid());
    train(first.path());
    train(second.path());
    for (const char* name :
         {"risk-classifier.bin", "risk-fasttext.bin", "risk-thresholds.json", "risk-cv.tsv"}) {
        const QString file = QString::fromLatin1(name);
        const QByteArray a = test::readAll(QDir(first.path()).filePath(file));
        EXPECT_FALSE(a.isEmpty()) << name;
        EXPECT_TRUE(a == test::readAll(QDir(second.path()).filePath(file))) << name << " differs";
    }
    EXPECT_TRUE(test::readAll(QDir(first.path()).filePath(QStringLiteral("risk-classifier.bin"))) ==
                test::readAll(QStringLiteral(":/classifier/risk-classifier.bin")))
        << "the embedded model is not the one the corpus gives";
}

TEST(RiskTraining, TheBoundaryModelsTooAreTheSameEveryTime)
{
    for (const QString& role : {QStringLiteral("worker"), QStringLiteral("client")}) {
        const QString task = QStringLiteral("boundary-") + role;
        QTemporaryDir first;
        QTemporaryDir second;
        ASSERT_TRUE(first.isValid() && second.isValid());
        train(first.path(), task);
        train(second.path(), task);
        for (const char* suffix :
             {"-classifier.bin", "-fasttext.bin", "-thresholds.json", "-cv.tsv"}) {
            const QString file = task + QString::fromLatin1(suffix);
            const QByteArray a = test::readAll(QDir(first.path()).filePath(file));
            EXPECT_FALSE(a.isEmpty()) << qPrintable(file);
            EXPECT_TRUE(a == test::readAll(QDir(second.path()).filePath(file)))
                << qPrintable(file) << " differs";
        }
        const QString model = task + QStringLiteral("-classifier.bin");
        EXPECT_TRUE(test::readAll(QDir(first.path()).filePath(model)) ==
                    test::readAll(QStringLiteral(":/classifier/") + model))
            << "the embedded " << qPrintable(model) << " is not the one the corpus gives";
    }
}

TEST(RiskTraining, AContextWithoutOrdinaryMessagesKeepsTheAcuteBar)
{
    // The rules rate none of the ordinary messages here concern, and none of them has words
    // of a crisis signal. Nothing then says how low the bar may be in those two
    // contexts, and a message there must reach the bar of all messages to become acute.
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString corpus = dir.filePath(QStringLiteral("plain.tsv"));
    QFile file(corpus);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("label\tmessage\n");
    // Ordinary messages worded like the acute ones, so that the folds set a bar above the
    // floor.
    const char* rows[] = {"acute\tprávě jsem spolkla celé balení prášků na spaní",
                          "acute\tstojím na mostě a za chvíli skočím dolů",
                          "acute\tmám provaz a dnes večer to ukončím",
                          "acute\třezala jsem se a krev nepřestává téct",
                          "concern\tčasto myslím na to, že bych radši nebyla",
                          "concern\tloni jsem se pokusila o sebevraždu",
                          "none\tprávě jsem koupila celé balení prášků na spaní do lékárničky",
                          "none\tstojím na zastávce a za chvíli jedu dolů do města",
                          "none\tmám nový kabát a dnes večer jdu do divadla",
                          "none\tvařila jsem a polévka nepřestává bublat"};
    for (int copy = 0; copy < 4; ++copy)
        for (const char* row : rows)
            file.write(QByteArray(row) + '\n');
    file.close();
    train(dir.path(), QStringLiteral("risk"), {corpus});
    const QJsonObject thresholds =
        QJsonDocument::fromJson(test::readAll(dir.filePath(QStringLiteral("risk-thresholds.json"))))
            .object();
    const double bar = thresholds.value(QStringLiteral("acute")).toDouble();
    EXPECT_GT(bar, 0.5);
    EXPECT_EQ(thresholds.value(QStringLiteral("acuteOverConcern")).toDouble(), bar);
    EXPECT_EQ(thresholds.value(QStringLiteral("acuteOverSignalWords")).toDouble(), bar);
}

} // namespace
} // namespace kotva
