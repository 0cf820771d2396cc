#include "tests/mail/support/TestCertificates.h"

#include <QFile>
#include <QProcess>

#include <stdexcept>

namespace kotva::test {

TestCertificates::TestCertificates()
{
    if (!m_dir.isValid())
        throw std::runtime_error("no temporary folder for the test certificates");
    QProcess script;
    script.start(QStringLiteral("bash"),
                 {QStringLiteral(KOTVA_SOURCE_DIR "/tests/mail/support/make-test-certificates.sh"),
                  m_dir.path()});
    if (!script.waitForFinished(60000) || script.exitCode() != 0)
        throw std::runtime_error("make-test-certificates.sh failed: " +
                                 script.readAllStandardError().toStdString());
}

const TestCertificates& TestCertificates::shared()
{
    static const TestCertificates certificates;
    return certificates;
}

QString TestCertificates::certificatePath(const QString& name) const
{
    return m_dir.filePath(name + QStringLiteral(".pem"));
}

QString TestCertificates::keyPath(const QString& name) const
{
    return m_dir.filePath(name + QStringLiteral(".key"));
}

QSslCertificate TestCertificates::authority() const
{
    return certificate(QStringLiteral("ca"));
}

QSslCertificate TestCertificates::certificate(const QString& name) const
{
    const auto list = QSslCertificate::fromPath(certificatePath(name), QSsl::Pem);
    return list.isEmpty() ? QSslCertificate() : list.first();
}

} // namespace kotva::test
