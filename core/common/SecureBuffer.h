#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace kotva {

/// Bytes of a secret (a key, a passphrase) that are wiped when the buffer goes away,
/// on every exit path, and kept out of swap where the OS allows. Move-only, so a
/// secret is never silently copied into memory nobody wipes.
class SecureBuffer final
{
public:
    SecureBuffer() = default;
    /// A zero-filled buffer of the given size.
    explicit SecureBuffer(qsizetype size);
    ~SecureBuffer();

    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;

    /// Copies the bytes; the caller remains responsible for the source.
    static SecureBuffer copyOf(const char* data, qsizetype size);
    /// Moves the bytes out of a QByteArray and overwrites the QByteArray's storage.
    static SecureBuffer takeFrom(QByteArray& source);
    /// Takes a QString (e.g. from a password field) as UTF-8 and overwrites the QString.
    static SecureBuffer takeFrom(QString& source);

    [[nodiscard]] char* data() { return m_data; }
    [[nodiscard]] const char* constData() const { return m_data; }
    [[nodiscard]] qsizetype size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }

    /// An explicit copy, for the rare place that must keep two owners.
    [[nodiscard]] SecureBuffer clone() const;
    /// Constant-time comparison.
    [[nodiscard]] bool equals(const SecureBuffer& other) const;
    /// Overwrites and frees the bytes now.
    void wipe();

    /// Overwrites any QByteArray that held a secret (e.g. a keychain answer).
    static void wipe(QByteArray& bytes);
    static void wipe(QString& text);

private:
    void allocate(qsizetype size);

    char* m_data = nullptr;
    qsizetype m_size = 0;
};

} // namespace kotva
