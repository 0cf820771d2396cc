#include "core/keys/slots/KeySlotFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

namespace kotva {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::KeySlotFile)
};

const QString Format = QStringLiteral("kotva-key-slots");
constexpr int Version = 1;
/// A team is a handful of people; a file with thousands of slots is not Kotva's.
constexpr qsizetype MostSlots = 256;
constexpr qint64 MostBytes = 1 << 20;

std::unexpected<Error> damaged(const QString& path, const QString& detail)
{
    return fail(ErrorCode::InvalidInput,
                Tr::tr("The members file of this vault is damaged: %1").arg(path), detail);
}

QByteArray base64(const QJsonValue& value)
{
    const auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? *decoded : QByteArray();
}

} // namespace

QString KeySlotFile::pathFor(const QString& vaultPath)
{
    return vaultPath + QStringLiteral(".members");
}

Result<QList<KeySlot>> KeySlotFile::read(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return fail(ErrorCode::NotFound, Tr::tr("This vault has no members file."), path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io, Tr::tr("%1: cannot be read").arg(path), file.errorString());
    if (file.size() > MostBytes)
        return damaged(path, QStringLiteral("larger than 1 MiB"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = document.object();
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return damaged(path, parseError.errorString());
    if (root.value(QStringLiteral("format")).toString() != Format ||
        root.value(QStringLiteral("version")).toInt() != Version)
        return damaged(path, QStringLiteral("not format %1 version %2").arg(Format).arg(Version));
    const QJsonArray array = root.value(QStringLiteral("slots")).toArray();
    if (array.isEmpty() || array.size() > MostSlots)
        return damaged(path, QStringLiteral("%1 slots").arg(array.size()));

    QList<KeySlot> slots;
    QSet<QString> members;
    for (const QJsonValue& value : array) {
        const QJsonObject o = value.toObject();
        KeySlot slot;
        slot.memberId = o.value(QStringLiteral("member")).toString();
        slot.label = o.value(QStringLiteral("label")).toString();
        slot.mustChangePassphrase = o.value(QStringLiteral("mustChange")).toBool();
        slot.kdf.opsLimit = quint64(o.value(QStringLiteral("ops")).toDouble());
        slot.kdf.memLimitBytes = quint64(o.value(QStringLiteral("mem")).toDouble());
        slot.salt = base64(o.value(QStringLiteral("salt")));
        slot.nonce = base64(o.value(QStringLiteral("nonce")));
        slot.sealed = base64(o.value(QStringLiteral("sealed")));
        if (slot.memberId.isEmpty() || slot.label.trimmed().isEmpty() ||
            members.contains(slot.memberId) ||
            o.value(QStringLiteral("kdf")).toString() != QLatin1String("argon2id13"))
            return damaged(path, QStringLiteral("a slot without a member, label or kdf"));
        if (!PassphraseKdf::acceptable(slot.kdf))
            return damaged(path, QStringLiteral("Argon2id parameters out of range"));
        if (slot.salt.size() != PassphraseKdf::SaltBytes || slot.nonce.isEmpty() ||
            slot.sealed.isEmpty())
            return damaged(path, QStringLiteral("a slot's salt, nonce or seal"));
        members.insert(slot.memberId);
        slots << slot;
    }
    return slots;
}

Status KeySlotFile::write(const QString& path, const QList<KeySlot>& slots)
{
    QJsonArray array;
    for (const KeySlot& slot : slots) {
        array.append(QJsonObject{
            {QStringLiteral("member"), slot.memberId},
            {QStringLiteral("label"), slot.label},
            {QStringLiteral("mustChange"), slot.mustChangePassphrase},
            {QStringLiteral("kdf"), QStringLiteral("argon2id13")},
            {QStringLiteral("ops"), double(slot.kdf.opsLimit)},
            {QStringLiteral("mem"), double(slot.kdf.memLimitBytes)},
            {QStringLiteral("salt"), QString::fromLatin1(slot.salt.toBase64())},
            {QStringLiteral("nonce"), QString::fromLatin1(slot.nonce.toBase64())},
            {QStringLiteral("sealed"), QString::fromLatin1(slot.sealed.toBase64())},
        });
    }
    const QJsonObject root{{QStringLiteral("format"), Format},
                           {QStringLiteral("version"), Version},
                           {QStringLiteral("slots"), array}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(ErrorCode::ReadOnly, Tr::tr("%1: cannot be written").arg(path),
                    file.errorString());
    const QByteArray bytes = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return fail(file.error() == QFileDevice::ResourceError ? ErrorCode::DiskFull
                                                               : ErrorCode::Io,
                    Tr::tr("%1: cannot be written; the previous members file is kept.").arg(path),
                    file.errorString());
    return {};
}

} // namespace kotva
