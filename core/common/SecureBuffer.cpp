#include "core/common/SecureBuffer.h"

#include <cstring>
#include <new>
#include <string.h> // explicit_bzero
#include <sys/mman.h>

namespace kotva {

SecureBuffer::SecureBuffer(qsizetype size)
{
    allocate(size);
}

SecureBuffer::~SecureBuffer()
{
    wipe();
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : m_data(other.m_data)
    , m_size(other.m_size)
{
    other.m_data = nullptr;
    other.m_size = 0;
}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
    }
    return *this;
}

void SecureBuffer::allocate(qsizetype size)
{
    if (size <= 0)
        return;
    m_data = new char[static_cast<size_t>(size)]();
    m_size = size;
    // Best effort: keeping the page out of swap can fail under RLIMIT_MEMLOCK; the wipe still
    // holds.
    (void)::mlock(m_data, static_cast<size_t>(m_size));
}

SecureBuffer SecureBuffer::copyOf(const char* data, qsizetype size)
{
    SecureBuffer buffer(size);
    if (size > 0)
        std::memcpy(buffer.m_data, data, static_cast<size_t>(size));
    return buffer;
}

SecureBuffer SecureBuffer::takeFrom(QByteArray& source)
{
    SecureBuffer buffer = copyOf(source.constData(), source.size());
    wipe(source);
    return buffer;
}

SecureBuffer SecureBuffer::takeFrom(QString& source)
{
    QByteArray utf8 = source.toUtf8();
    wipe(source);
    return takeFrom(utf8);
}

SecureBuffer SecureBuffer::clone() const
{
    return copyOf(m_data, m_size);
}

bool SecureBuffer::equals(const SecureBuffer& other) const
{
    if (m_size != other.m_size)
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < m_size; ++i)
        diff |= static_cast<unsigned char>(m_data[i] ^ other.m_data[i]);
    return diff == 0;
}

void SecureBuffer::wipe()
{
    if (m_data) {
        ::explicit_bzero(m_data, static_cast<size_t>(m_size));
        (void)::munlock(m_data, static_cast<size_t>(m_size));
        delete[] m_data;
    }
    m_data = nullptr;
    m_size = 0;
}

void SecureBuffer::wipe(QByteArray& bytes)
{
    // When the data is shared, data() detaches and only our copy can be wiped; the other
    // owners are responsible for theirs.
    if (!bytes.isEmpty())
        ::explicit_bzero(bytes.data(), static_cast<size_t>(bytes.size()));
    bytes.clear();
}

void SecureBuffer::wipe(QString& text)
{
    if (!text.isEmpty())
        ::explicit_bzero(text.data(), static_cast<size_t>(text.size()) * sizeof(QChar));
    text.clear();
}

} // namespace kotva
