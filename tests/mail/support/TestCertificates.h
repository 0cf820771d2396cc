#pragma once

#include <QSslCertificate>
#include <QString>
#include <QTemporaryDir>

namespace kotva::test {

/// A throwaway CA and server certificates (make-test-certificates.sh), made once per test
/// program in a temporary folder: server (localhost, 127.0.0.1), expired, wronghost and
/// selfsigned, each as <name>.pem and <name>.key.
class TestCertificates final
{
public:
    /// The set of this test program; the first call makes it (well under a second).
    static const TestCertificates& shared();

    [[nodiscard]] QString certificatePath(const QString& name) const;
    [[nodiscard]] QString keyPath(const QString& name) const;
    [[nodiscard]] QSslCertificate authority() const;
    [[nodiscard]] QSslCertificate certificate(const QString& name) const;

private:
    TestCertificates();
    QTemporaryDir m_dir;
};

} // namespace kotva::test
