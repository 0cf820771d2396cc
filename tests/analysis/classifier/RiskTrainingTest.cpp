// Training is deterministic: the trainer run twice on the tuning corpus writes the same
// bytes, and the same runtime models as the ones the build embedded.

#include "ClassifierTestSupport.h"
#include "RulesFixture.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace kotva {
namespace {

/// Runs the trainer into dir. Two folds: the folds decide only the thresholds, and the
/// runtime model is trained on the whole corpus whatever their number.
void train(const QString& dir, const QString& task = QStringLiteral("risk"))
{
    QProcess trainer;
    trainer.start(QStringLiteral(KOTVA_RISK_TRAINER),
                  QStringList{QStringLiteral("--out"), dir, QStringLiteral("--task"), task,
                              QStringLiteral("--folds"), QStringLiteral("2")} +
                      (task == u"risk" ? test::tuningRiskFiles() : test::tuningBoundaryFiles()));
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

} // namespace
} // namespace kotva
