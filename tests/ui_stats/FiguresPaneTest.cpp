// The team's figures as a team lead or a coordinator meets them: the pane on a vault that
// workers filled through the real services, the chart and the table with the same numbers,
// and the files that leave the vault (CSV, PDF) with one or two shown as "< 3".

#include "ui/stats/FiguresPane.h"

#include "core/storage/Vault.h"
#include "core/vaultsession/VaultSession.h"
#include "tests/support/BuiltIns.h"
#include "tests/support/CzechUi.h"
#include "tests/support/LayoutCheck.h"
#include "ui/shell/InlineMessage.h"
#include "ui/stats/FiguresTableModel.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QProcess>
#include <QPushButton>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>
#include <memory>
#include <optional>

namespace kotva {
namespace {

const QDateTime Now(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);

QString pdfText(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                   QStringLiteral("-")});
    if (!process.waitForFinished(60000) || process.exitCode() != 0) {
        ADD_FAILURE() << "pdftotext failed: " << process.readAllStandardError().toStdString();
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pdfPages(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("pdfinfo"), {path});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return -1;
    for (const QString& line : QString::fromUtf8(process.readAllStandardOutput()).split(u'\n'))
        if (line.startsWith(QLatin1String("Pages:")))
            return line.mid(6).trimmed().toInt();
    return -1;
}

class FiguresPaneTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(dir.isValid());
        QByteArray hex(64, 'f');
        auto created = Vault::create(dir.filePath(QStringLiteral("team.vault")),
                                     *VaultKey::fromRawHex(SecureBuffer::takeFrom(hex)), clock);
        ASSERT_TRUE(created) << created.error().toString().toStdString();
        vault = std::move(*created);
        session = std::make_unique<VaultSession>(*vault, test::builtInAnalyzer(), clock);
    }
    void TearDown() override
    {
        tester.reset();
        pane.reset();
        session.reset();
        vault.reset();
    }

    /// A month of a small line: October has five chats and one phone call, one of them
    /// acute with a referral and closed; November has one chat, one e-mail and a reply sent
    /// despite a warning.
    void fillTwoMonths()
    {
        SessionService& contacts = session->contacts();
        clock.set(QDateTime(QDate(2026, 10, 12), QTime(15, 0), Qt::UTC));
        for (const QString& name :
             {QStringLiteral("Jana"), QStringLiteral("Petr"), QStringLiteral("Eva"),
              QStringLiteral("Karel"), QStringLiteral("Olga")})
            ASSERT_TRUE(contacts.openContact({Channel::Chat, name, ContractWish::JustBeHeard}));
        const Result<Contact> lucie = contacts.openContact(
            {Channel::Phone, QStringLiteral("Lucie"), ContractWish::HereAndNow});
        ASSERT_TRUE(lucie);
        ASSERT_TRUE(contacts.addTurn(lucie->id, Author::Client,
                                     QStringLiteral("Už jsem spolykala celou krabičku léků.")));
        ASSERT_TRUE(contacts.recordReferralGiven(lucie->id, RiskLevel::Acute));
        ContactOutcome outcome;
        outcome.referralGiven = true;
        ASSERT_TRUE(session->closeContact(lucie->id, outcome));

        clock.set(QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
        ASSERT_TRUE(contacts.openContact(
            {Channel::Chat, QStringLiteral("Marek"), ContractWish::SimilarExperience}));
        const Result<Contact> dana = contacts.openContact(
            {Channel::Email, QStringLiteral("Dana"), ContractWish::FindSolution});
        ASSERT_TRUE(dana);
        ASSERT_TRUE(contacts.addTurn(dana->id, Author::Worker,
                                     QStringLiteral("Tohle zní jako bipolární porucha."), true));
        clock.set(Now);
    }

    void openPane()
    {
        pane = std::make_unique<FiguresPane>(*session);
        pane->resize(1100, 700);
        pane->show();
        tester = std::make_unique<QAbstractItemModelTester>(
            pane->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    /// The table's cell of the row labelled `label` in the month column (0 = first month).
    QString cell(const QString& label, int column) const
    {
        const FiguresTableModel* model = pane->model();
        for (int r = 0; r < model->rowCount(); ++r)
            if (model->index(r, 0).data().toString() == label)
                return model->index(r, column).data().toString();
        return QStringLiteral("(no row %1)").arg(label);
    }

    QStackedBarSeries* series() const
    {
        const QList<QAbstractSeries*> all = pane->chartView()->chart()->series();
        return all.isEmpty() ? nullptr : qobject_cast<QStackedBarSeries*>(all.constFirst());
    }

    void saveScreenshot(const QString& name)
    {
        QTest::qWait(50);
        const QString folder = qEnvironmentVariableIsSet("KOTVA_SCREENSHOT_DIR")
                                   ? qEnvironmentVariable("KOTVA_SCREENSHOT_DIR")
                                   : QStringLiteral(KOTVA_BINARY_DIR "/screenshots");
        QDir().mkpath(folder);
        EXPECT_TRUE(pane->grab().save(QStringLiteral("%1/figures-%2.png").arg(folder, name)));
    }

    QTemporaryDir dir;
    FixedClock clock{Now};
    std::unique_ptr<Vault> vault;
    std::unique_ptr<VaultSession> session;
    std::unique_ptr<FiguresPane> pane;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

TEST_F(FiguresPaneTest, AnEmptyVaultSaysThereIsNothingToCountAndOffersNoExport)
{
    openPane();
    EXPECT_EQ(pane->figures().months.size(), 12);
    EXPECT_EQ(pane->message()->kind(), InlineMessage::Kind::Information);
    EXPECT_TRUE(pane->message()->text().contains(QStringLiteral("Nothing to count")));
    EXPECT_FALSE(pane->findChild<QPushButton*>(QStringLiteral("exportFiguresCsv"))->isEnabled());
    EXPECT_EQ(pane->groupList()->count(), allFigureGroups().size());
    EXPECT_EQ(pane->model()->rowCount(), 0);
}

TEST_F(FiguresPaneTest, TheChartAndTheTableShowTheSameExactNumbersInsideTheVault)
{
    fillTwoMonths();
    openPane();
    ASSERT_EQ(pane->figures().months.constLast(), QDate(2026, 11, 1));
    const int october = 11; // column: label, then 12 months from December 2025
    const int november = 12;

    pane->showGroup(FigureGroup::ContactsByChannel);
    EXPECT_EQ(cell(QStringLiteral("Chat"), october), QStringLiteral("5"));
    EXPECT_EQ(cell(QStringLiteral("Phone"), october), QStringLiteral("1"))
        << "inside the vault a single contact is counted exactly";
    EXPECT_EQ(cell(QStringLiteral("E-mail"), november), QStringLiteral("1"));
    EXPECT_EQ(cell(QStringLiteral("Chat"), pane->model()->totalColumn()), QStringLiteral("6"));
    QStackedBarSeries* bars = series();
    ASSERT_NE(bars, nullptr);
    ASSERT_EQ(bars->count(), 3) << "a colour per channel";
    EXPECT_EQ(bars->barSets().at(0)->label(), QStringLiteral("Chat"));
    EXPECT_EQ(bars->barSets().at(0)->at(october - 1), 5.0);

    pane->showGroup(FigureGroup::CrisisLevel);
    EXPECT_EQ(cell(QStringLiteral("acute danger"), october), QStringLiteral("1"));
    pane->showGroup(FigureGroup::SentDespiteWarning);
    EXPECT_EQ(pane->model()->rowCount(), 1);
    EXPECT_EQ(cell(QStringLiteral("replies sent despite a warning"), november),
              QStringLiteral("1"));

    // Three months: October and November are the last two columns but one.
    pane->periodChoice()->setCurrentIndex(pane->periodChoice()->findData(3));
    EXPECT_EQ(pane->figures().months.size(), 3);
    EXPECT_EQ(pane->model()->columnCount(), 5);
    EXPECT_EQ(pane->model()->rowCount(), 1) << "the group shown stays chosen";
    saveScreenshot(QStringLiteral("en"));
}

TEST_F(FiguresPaneTest, TheCsvForFundersHidesOneAndTwoAndNamesNoContact)
{
    fillTwoMonths();
    openPane();
    const QString path = dir.filePath(QStringLiteral("figures.csv"));
    ASSERT_TRUE(pane->exportCsv(path));
    EXPECT_EQ(pane->message()->kind(), InlineMessage::Kind::Success);

    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF")) << "spreadsheets need the mark for UTF-8";
    const QStringList lines =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_FALSE(lines.isEmpty());
    // English locale: comma-separated; a header with the months as yyyy-MM and a total.
    const QStringList header = lines.constFirst().split(u',');
    ASSERT_EQ(header.size(), 2 + 12 + 1);
    EXPECT_EQ(header.at(2), QStringLiteral("2025-12"));
    EXPECT_EQ(header.at(13), QStringLiteral("2026-11"));

    const auto line = [&lines](const QString& start) {
        for (const QString& l : lines)
            if (l.startsWith(start))
                return l.split(u',');
        return QStringList{};
    };
    const QStringList chat = line(QStringLiteral("Contacts by channel,Chat,"));
    ASSERT_EQ(chat.size(), 15);
    EXPECT_EQ(chat.at(12), QStringLiteral("5"));
    EXPECT_EQ(chat.at(11), QStringLiteral("0"));
    EXPECT_EQ(chat.at(13), QStringLiteral("< 3"));
    EXPECT_EQ(chat.at(14), QString(QStringLiteral("6\u20137")))
        << "an exact 6 would give November's 1 away";
    const QStringList phone = line(QStringLiteral("Contacts by channel,Phone,"));
    ASSERT_EQ(phone.size(), 15);
    EXPECT_EQ(phone.at(12), QStringLiteral("< 3"));
    EXPECT_EQ(phone.at(14), QStringLiteral("< 3")) << "the total of one is hidden as well";
    EXPECT_EQ(line(QStringLiteral("Crisis levels reached,acute danger,")).value(12),
              QStringLiteral("< 3"));

    const QString text = QString::fromUtf8(bytes);
    for (const QString& name : {QStringLiteral("Lucie"), QStringLiteral("Dana"),
                                QStringLiteral("bipolár"), QStringLiteral("krabičk")})
        EXPECT_FALSE(text.contains(name)) << qPrintable(name);
    for (const QString& l : lines.mid(1))
        for (const QString& field : l.split(u',').mid(2))
            EXPECT_TRUE(field == QStringLiteral("0") || field == QStringLiteral("< 3") ||
                        field.toInt() >= 3 || field.contains(u'\u2013')) // a total's range
                << "a one or a two left the vault: " << qPrintable(l);
}

TEST_F(FiguresPaneTest, TheCzechCsvIsSeparatedBySemicolonsForCzechSpreadsheets)
{
    const test::CzechUi czech;
    ASSERT_TRUE(czech.loaded());
    fillTwoMonths();
    openPane();
    const QString path = dir.filePath(QStringLiteral("cisla.csv"));
    ASSERT_TRUE(pane->exportCsv(path));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll().mid(3));
    EXPECT_TRUE(text.startsWith(QStringLiteral("Skupina;"))) << qPrintable(text.left(80));
    EXPECT_TRUE(text.contains(QStringLiteral("Kontakty podle kanálu;Chat;"))) << qPrintable(text);
    saveScreenshot(QStringLiteral("cs"));
    const QStringList problems = test::layoutProblems(pane.get(), QSize(1366, 768));
    EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
}

TEST_F(FiguresPaneTest, ThePdfHasAPagePerGroupWithItsTableAndHidesOneAndTwo)
{
    const test::CzechUi czech;
    ASSERT_TRUE(czech.loaded());
    fillTwoMonths();
    openPane();
    const QString path = dir.filePath(QStringLiteral("cisla.pdf"));
    ASSERT_TRUE(pane->exportPdf(path));

    int groups = 0;
    for (FigureGroup group : allFigureGroups())
        groups += !pane->figures().rowsOf(group).isEmpty();
    EXPECT_EQ(pdfPages(path), groups);
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(QStringLiteral("Kontakty podle kanálu"))) << qPrintable(text);
    EXPECT_TRUE(text.contains(QStringLiteral("prosinec 2025 – listopad 2026")))
        << qPrintable(text.left(400));
    // pdftotext's layout may drop the narrow space of "< 3".
    EXPECT_TRUE(QString(text).remove(u' ').contains(QStringLiteral("<3")));
    EXPECT_TRUE(text.contains(QStringLiteral("Celkem")));
    for (const QString& name :
         {QStringLiteral("Lucie"), QStringLiteral("Dana"), QStringLiteral("bipolár")})
        EXPECT_FALSE(text.contains(name)) << qPrintable(name);
    // Look at the pages: build/…/screenshots/figures-pdf-*.png
    const QString folder = qEnvironmentVariableIsSet("KOTVA_SCREENSHOT_DIR")
                               ? qEnvironmentVariable("KOTVA_SCREENSHOT_DIR")
                               : QStringLiteral(KOTVA_BINARY_DIR "/screenshots");
    QDir().mkpath(folder);
    QProcess::execute(QStringLiteral("pdftoppm"),
                      {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), path,
                       folder + QStringLiteral("/figures-pdf")});
}

TEST_F(FiguresPaneTest, AFileThatCannotBeWrittenIsReportedAndNothingIsLeftBehind)
{
    fillTwoMonths();
    openPane();
    const QString missing = dir.filePath(QStringLiteral("no/such/folder/figures.csv"));
    const Status saved = pane->exportCsv(missing);
    ASSERT_FALSE(saved);
    EXPECT_EQ(pane->message()->kind(), InlineMessage::Kind::Error);
    EXPECT_TRUE(pane->message()->text().contains(QStringLiteral("does not exist")));
    EXPECT_FALSE(QFile::exists(missing));

    // A name that is a folder: refused, and the folder is as it was.
    const QString folder = dir.filePath(QStringLiteral("reports"));
    ASSERT_TRUE(QDir().mkpath(folder + QStringLiteral("/2025")));
    EXPECT_FALSE(pane->exportPdf(folder));
    EXPECT_EQ(pane->message()->kind(), InlineMessage::Kind::Error);
    EXPECT_TRUE(QFileInfo(folder).isDir());
    EXPECT_TRUE(QFileInfo::exists(folder + QStringLiteral("/2025")));
}

} // namespace
} // namespace kotva
