// No client text in logs or error details: the whole life of a contact runs with every
// logging category switched on, and nothing the client or the worker wrote may appear in
// what was logged or in the errors the service returned.

#include "tests/session/SessionFixture.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QStringList>

using namespace kotva;
using namespace kotva::test;

namespace {

QMutex logMutex;
QStringList logged;

void collect(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    const QMutexLocker lock(&logMutex);
    logged << QString::fromUtf8(context.category ? context.category : "") + u' ' + message;
}

class SessionLogTest : public SessionFixture
{
protected:
    void SetUp() override
    {
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
        m_previous = qInstallMessageHandler(collect);
        SessionFixture::SetUp();
    }
    void TearDown() override
    {
        SessionFixture::TearDown();
        qInstallMessageHandler(m_previous);
        QLoggingCategory::setFilterRules(QString());
    }

    QtMessageHandler m_previous = nullptr;
};

TEST_F(SessionLogTest, NothingTheClientOrWorkerWroteReachesTheLogsOrTheErrors)
{
    const QStringList secrets{
        QStringLiteral("Zdeňka"),       QStringLiteral("Vomáčková"), QStringLiteral("777 123 456"),
        QStringLiteral("krabičku"),     QStringLiteral("bipolární"), QStringLiteral("Lhotka"),
        QStringLiteral("brácha Ondra"),
    };
    QList<Error> errors;
    const auto keep = [&errors](const auto& result) {
        if (!result)
            errors << result.error();
    };

    const Contact contact = open(QStringLiteral("Zdeňka Vomáčková"));
    keep(m_service->addTurn(contact.id, Author::Client,
                            QStringLiteral("Už jsem spolykala celou krabičku léků, volej "
                                           "777 123 456, bydlím v Lhotka 12.")));
    keep(m_service->addTurn(contact.id, Author::Worker,
                            QStringLiteral("Tohle zní jako bipolární porucha."), true));
    keep(m_service->stopTopic(contact.id, QStringLiteral("brácha Ondra")));
    keep(m_service->addTurn(contact.id, Author::Client,
                            QString(SessionService::MaxTurnLength + 1, u'x')));
    keep(m_service->closeContact(contact.id,
                                 ContactOutcome{{QStringLiteral("Rodina")}, true, true}));
    // Refused: the contact is closed. The refusal must not quote the text either.
    keep(m_service->addTurn(contact.id, Author::Client,
                            QStringLiteral("Ještě jedna věc o krabičku léků")));
    keep(m_service->openContact(
        {Channel::Chat, QStringLiteral("Vomáčková"), ContractWish::NotSaidYet}));
    reopen();
    keep(m_vault->purge());

    EXPECT_FALSE(errors.isEmpty()) << "the refused calls above should have produced errors";
    for (const Error& error : std::as_const(errors)) {
        for (const QString& secret : secrets) {
            EXPECT_FALSE(error.message.contains(secret)) << error.message.toStdString();
            EXPECT_FALSE(error.detail.contains(secret)) << error.detail.toStdString();
        }
    }
    const QMutexLocker lock(&logMutex);
    EXPECT_FALSE(logged.isEmpty()) << "with every category on, the vault logs its migrations";
    for (const QString& line : std::as_const(logged)) {
        for (const QString& secret : secrets)
            EXPECT_FALSE(line.contains(secret)) << line.toStdString();
    }
}

} // namespace
