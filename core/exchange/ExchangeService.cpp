#include "core/exchange/ExchangeService.h"

#include "core/exchange/SharePayload.h"
#include "core/keys/slots/ShareEnvelope.h"
#include "core/session/SessionSql.h"
#include "core/session/TextRedaction.h"
#include "core/storage/SqlStatements.h"
#include "core/storage/Vault.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

namespace kotva {

using sql::fromSecs;
using sql::run;
using sql::toSecs;

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::ExchangeService)
};

std::unexpected<Error> storeError(const QSqlError& error)
{
    return fail(ErrorCode::Database,
                Tr::tr("The exchange with workers on other PCs could not be read or written in "
                       "the vault. Nothing was changed."),
                error.text());
}

QByteArray bytesOf(const SecureBuffer& buffer)
{
    return QByteArray(buffer.constData(), buffer.size());
}

/// The month's first day as created_at: the imported figures expire with the month.
qint64 monthStartSecs(const QDate& month)
{
    return toSecs(month.startOfDay(QTimeZone::utc()));
}

/// A contact reference as Kotva makes them ("K-4F7Q"); anything else is left out.
QString checkedReference(const QString& reference)
{
    static const QRegularExpression form(QStringLiteral("^[A-Z0-9][A-Z0-9-]{0,19}$"));
    return form.match(reference).hasMatch() ? reference : QString();
}

} // namespace

ExchangeService::ExchangeService(Vault& vault, const Analyzer& analyzer, const Clock& clock)
    : m_vault(vault)
    , m_analyzer(analyzer)
    , m_clock(clock)
{}

Result<QByteArray> ExchangeService::teamCardFile(const QString& teamName)
{
    if (const Status allowed = m_roles->require(Capability::ManageMembers); !allowed)
        return std::unexpected(allowed.error());
    const QString name = teamName.simplified();
    if (name.isEmpty() || name.size() > ExchangeCard::MaxNameLength)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The team card needs the team's name (at most %1 characters).")
                        .arg(ExchangeCard::MaxNameLength));
    QSqlQuery query(m_vault.database());
    if (!run(query, QStringLiteral("SELECT count(*) FROM team_members")) || !query.next())
        return storeError(query.lastError());
    if (query.value(0).toInt() == 0)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("Only a team vault has a team card. Make this vault a team vault "
                           "first (Settings)."));
    const auto existing = teamCard();
    if (!existing)
        return std::unexpected(existing.error());
    ExchangeCard card{ExchangeCard::Kind::Team, name, {}};
    if (*existing) {
        card.publicKey = (*existing)->publicKey;
        if (!run(query, QStringLiteral("UPDATE exchange_team SET name = ? WHERE id = 1"), {name}))
            return storeError(query.lastError());
    } else {
        auto keys = ExchangeKeys::generateTeamKeys();
        if (!keys)
            return std::unexpected(keys.error());
        card.publicKey = keys->publicKey;
        QByteArray secret = bytesOf(keys->secretKey);
        const bool stored = run(query,
                                QStringLiteral("INSERT INTO exchange_team (id, name, public_key, "
                                               "secret_key, created_at) VALUES (1, ?, ?, ?, ?)"),
                                {name, card.publicKey, secret, toSecs(m_clock.nowUtc())});
        SecureBuffer::wipe(secret);
        if (!stored)
            return storeError(query.lastError());
    }
    return card.toFile();
}

Result<std::optional<ExchangeCard>> ExchangeService::teamCard() const
{
    QSqlQuery query(m_vault.database());
    if (!run(query, QStringLiteral("SELECT name, public_key FROM exchange_team WHERE id = 1")))
        return storeError(query.lastError());
    if (!query.next())
        return std::optional<ExchangeCard>{};
    return std::optional<ExchangeCard>{ExchangeCard{
        ExchangeCard::Kind::Team, query.value(0).toString(), query.value(1).toByteArray()}};
}

Status ExchangeService::acceptMemberCard(const QString& memberId, const ExchangeCard& card)
{
    if (const Status allowed = m_roles->require(Capability::ManageMembers); !allowed)
        return allowed;
    if (card.kind != ExchangeCard::Kind::Member || card.publicKey.size() != 32)
        return fail(ErrorCode::InvalidArgument, Tr::tr("This is not a member card."));
    QSqlQuery query(m_vault.database());
    if (!run(query, QStringLiteral("SELECT count(*) FROM team_members WHERE member_id = ?"),
             {memberId}) ||
        !query.next())
        return storeError(query.lastError());
    if (query.value(0).toInt() == 0)
        return fail(ErrorCode::NotFound, Tr::tr("This member is not in the team."));
    if (!run(query,
             QStringLiteral("SELECT member_id FROM exchange_member_cards WHERE signing_key = ?"),
             {card.publicKey}))
        return storeError(query.lastError());
    if (query.next()) {
        if (query.value(0).toString() == memberId)
            return {}; // the same card again: files already imported stay counted
        return fail(ErrorCode::AlreadyExists,
                    Tr::tr("This member card was already accepted for another member."));
    }
    // A new card for the member (a new PC, a new key) starts its files' numbers anew.
    if (!run(query,
             QStringLiteral("INSERT OR REPLACE INTO exchange_member_cards (member_id, "
                            "signing_key, created_at) VALUES (?, ?, ?)"),
             {memberId, card.publicKey, toSecs(m_clock.nowUtc())}))
        return storeError(query.lastError());
    return {};
}

Result<QList<AcceptedMemberCard>> ExchangeService::memberCards() const
{
    if (const Status allowed = m_roles->require(Capability::ManageMembers); !allowed)
        return std::unexpected(allowed.error());
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral("SELECT c.member_id, m.label, c.signing_key, c.last_import_at "
                                   "FROM exchange_member_cards c JOIN team_members m ON "
                                   "m.member_id = c.member_id ORDER BY m.label COLLATE NOCASE")))
        return storeError(query.lastError());
    QList<AcceptedMemberCard> cards;
    while (query.next()) {
        AcceptedMemberCard card;
        card.memberId = query.value(0).toString();
        card.label = query.value(1).toString();
        card.fingerprint =
            ExchangeCard{ExchangeCard::Kind::Member, card.label, query.value(2).toByteArray()}
                .fingerprint();
        if (!query.value(3).isNull())
            card.lastImportUtc = fromSecs(query.value(3).toLongLong());
        cards << card;
    }
    return cards;
}

Result<ShareImport> ExchangeService::importShare(const QByteArray& file)
{
    if (const Status allowed = m_roles->require(Capability::TeamAgenda); !allowed)
        return std::unexpected(allowed.error());
    QSqlDatabase db = m_vault.database();
    QSqlQuery query(db);
    if (!run(query,
             QStringLiteral("SELECT public_key, secret_key FROM exchange_team WHERE id = 1")))
        return storeError(query.lastError());
    if (!query.next())
        return fail(ErrorCode::NotFound,
                    Tr::tr("This vault has no team card yet, so no file can have been sealed for "
                           "it. Save the team card and give it to the workers first."));
    ExchangeKeys team;
    team.publicKey = query.value(0).toByteArray();
    QByteArray secret = query.value(1).toByteArray();
    query.finish();
    team.secretKey = SecureBuffer::takeFrom(secret);
    auto share = ShareEnvelope::open(file, team);
    if (!share)
        return std::unexpected(share.error());

    if (!run(query,
             QStringLiteral("SELECT c.member_id, m.label, c.last_sequence, c.last_digest FROM "
                            "exchange_member_cards c JOIN team_members m ON m.member_id = "
                            "c.member_id WHERE c.signing_key = ?"),
             {share->signerKey}))
        return storeError(query.lastError());
    if (!query.next())
        return fail(ErrorCode::NotPermitted,
                    Tr::tr("This file was signed by someone whose member card this team has not "
                           "accepted. Accept their member card first; nothing was imported."));
    const QString memberId = query.value(0).toString();
    ShareImport report;
    report.memberLabel = query.value(1).toString();
    report.madeAtUtc = share->createdAtUtc;
    const std::optional<quint64> lastSequence =
        query.value(2).isNull() ? std::nullopt
                                : std::optional<quint64>(quint64(query.value(2).toLongLong()));
    const QByteArray lastDigest = query.value(3).toByteArray();
    query.finish();
    switch (shareFreshness(lastSequence, lastDigest, *share)) {
    case ShareFreshness::AlreadyImported:
        report.alreadyImported = true;
        return report;
    case ShareFreshness::Replayed:
        return fail(ErrorCode::InvalidInput,
                    Tr::tr("%1 has sent a newer file already; this one is older and was not "
                           "imported.")
                        .arg(report.memberLabel));
    case ShareFreshness::New:
        break;
    }
    auto payload = SharePayload::decode(share->payload);
    if (!payload)
        return std::unexpected(payload.error());

    const QDateTime now = m_clock.nowUtc();
    const QDateTime cutoff = m_vault.retention().recordCutoff(now);
    // An import is whole or nothing.
    sessionsql::Transaction transaction(db);
    if (!transaction.begin())
        return storeError(db.lastError());
    // The member's notes sent before, by their id on the member's PC.
    QHash<QString, qint64> before;
    if (!run(query,
             QStringLiteral("SELECT remote_id, id FROM supervision_notes WHERE author = ? AND "
                            "remote_id IS NOT NULL"),
             {memberId}))
        return storeError(query.lastError());
    while (query.next())
        before.insert(query.value(0).toString(), query.value(1).toLongLong());
    for (const SharedNote& note : std::as_const(payload->notes)) {
        // A note past the retention here would be purged at once: it is not taken in.
        if (note.createdAtUtc < cutoff)
            continue;
        // Redacted again: privacy is a property of this vault's storage, whatever the
        // other PC did.
        const QString text =
            m_analyzer.analyze(redaction::normalisedForStorage(note.text), Author::Worker)
                .redacted.trimmed();
        const qint64 created = toSecs(std::min(note.createdAtUtc, now));
        const qint64 updated =
            toSecs(std::min(std::max(note.updatedAtUtc, note.createdAtUtc), now));
        const QVariantList fields{noteTopicName(note.topic), text,
                                  checkedReference(note.contactReference),
                                  note.anonymousOnAgenda ? 1 : 0, updated};
        const auto known = before.constFind(note.remoteId);
        if (known != before.cend()) {
            if (!run(query,
                     QStringLiteral("UPDATE supervision_notes SET topic = ?, body = ?, "
                                    "contact_reference = ?, anonymous = ?, updated_at = ?, "
                                    "sharing = 'team' WHERE id = ?"),
                     fields + QVariantList{known.value()}))
                return storeError(query.lastError());
            before.erase(known);
            ++report.notesUpdated;
        } else {
            if (!run(query,
                     QStringLiteral("INSERT INTO supervision_notes (topic, body, "
                                    "contact_reference, anonymous, updated_at, sharing, "
                                    "created_at, author, remote_id) VALUES (?, ?, ?, ?, ?, "
                                    "'team', ?, ?, ?)"),
                     fields + QVariantList{created, memberId, note.remoteId}))
                return storeError(query.lastError());
            ++report.notesAdded;
        }
    }
    // What the member no longer shares (or deleted) leaves the team's vault, and its agenda.
    for (const qint64 id : std::as_const(before)) {
        if (!run(query, QStringLiteral("DELETE FROM supervision_notes WHERE id = ?"), {id}))
            return storeError(query.lastError());
        ++report.notesRemoved;
    }
    for (const QDate& month : std::as_const(payload->figures.months)) {
        if (!run(query,
                 QStringLiteral("DELETE FROM exchange_figures WHERE member_id = ? AND month = ?"),
                 {memberId, month.toString(QStringLiteral("yyyy-MM"))}))
            return storeError(query.lastError());
    }
    for (qsizetype m = 0; m < payload->figures.months.size(); ++m) {
        const QDate month = payload->figures.months.at(m);
        if (month.startOfDay(QTimeZone::utc()) < cutoff.addMonths(-1))
            continue; // older than anything kept here
        ++report.figureMonths;
        for (const FigureRow& row : std::as_const(payload->figures.rows)) {
            if (row.counts.at(m) == 0)
                continue;
            if (!run(query,
                     QStringLiteral("INSERT INTO exchange_figures (member_id, month, grp, key, "
                                    "count, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                     {memberId, month.toString(QStringLiteral("yyyy-MM")),
                      figureGroupName(row.group), row.key, row.counts.at(m),
                      monthStartSecs(month)}))
                return storeError(query.lastError());
        }
    }
    if (!run(query,
             QStringLiteral("UPDATE exchange_member_cards SET last_sequence = ?, last_digest = ?, "
                            "last_import_at = ? WHERE member_id = ?"),
             {qint64(share->sequence), share->digest, toSecs(now), memberId}))
        return storeError(query.lastError());
    if (const Status committed = transaction.commit(); !committed)
        return storeError(db.lastError());
    if (report.notesRemoved > 0)
        sql::wipeDeletedFromLog(db);
    return report;
}

Result<MonthlyFigures> ExchangeService::importedFigures(const QList<QDate>& months) const
{
    MonthlyFigures figures;
    figures.months = months;
    QHash<QString, qsizetype> monthIndex;
    for (qsizetype m = 0; m < months.size(); ++m)
        monthIndex.insert(months.at(m).toString(QStringLiteral("yyyy-MM")), m);
    QHash<QString, FigureGroup> groups;
    for (const FigureGroup group : allFigureGroups())
        groups.insert(figureGroupName(group), group);
    QSqlQuery query(m_vault.database());
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral("SELECT month, grp, key, sum(count) FROM exchange_figures "
                                   "GROUP BY month, grp, key ORDER BY grp, key, month")))
        return storeError(query.lastError());
    while (query.next()) {
        const auto month = monthIndex.constFind(query.value(0).toString());
        const auto group = groups.constFind(query.value(1).toString());
        if (month == monthIndex.cend() || group == groups.cend())
            continue;
        figures.add(group.value(), query.value(2).toString(), month.value(),
                    query.value(3).toInt());
    }
    return figures;
}

Result<QByteArray> ExchangeService::ownSigningKey()
{
    QSqlQuery query(m_vault.database());
    if (!run(query, QStringLiteral("SELECT signing_public FROM exchange_own WHERE id = 1")))
        return storeError(query.lastError());
    if (query.next())
        return query.value(0).toByteArray();
    query.finish();
    auto keys = ExchangeKeys::generateSigningKeys();
    if (!keys)
        return std::unexpected(keys.error());
    QByteArray secret = bytesOf(keys->secretKey);
    const bool stored =
        run(query,
            QStringLiteral("INSERT INTO exchange_own (id, signing_public, signing_secret, "
                           "next_sequence, created_at) VALUES (1, ?, ?, 1, ?)"),
            {keys->publicKey, secret, toSecs(m_clock.nowUtc())});
    SecureBuffer::wipe(secret);
    if (!stored)
        return storeError(query.lastError());
    return keys->publicKey;
}

Result<QByteArray> ExchangeService::memberCardFile(const QString& label)
{
    if (const Status allowed = m_roles->require(Capability::OwnNotes); !allowed)
        return std::unexpected(allowed.error());
    const QString name = label.simplified();
    if (name.isEmpty() || name.size() > ExchangeCard::MaxNameLength)
        return fail(ErrorCode::InvalidArgument,
                    Tr::tr("The member card needs your initials or name (at most %1 "
                           "characters).")
                        .arg(ExchangeCard::MaxNameLength));
    const Result<QByteArray> signingKey = ownSigningKey();
    if (!signingKey)
        return std::unexpected(signingKey.error());
    const ExchangeCard card{ExchangeCard::Kind::Member, name, *signingKey};
    return card.toFile();
}

Result<std::optional<QString>> ExchangeService::memberCardFingerprint() const
{
    QSqlQuery query(m_vault.database());
    if (!run(query, QStringLiteral("SELECT signing_public FROM exchange_own WHERE id = 1")))
        return storeError(query.lastError());
    if (!query.next())
        return std::optional<QString>{};
    return std::optional<QString>{
        ExchangeCard{ExchangeCard::Kind::Member, QString(), query.value(0).toByteArray()}
            .fingerprint()};
}

Status ExchangeService::acceptTeamCard(const ExchangeCard& card)
{
    if (const Status allowed = m_roles->require(Capability::OwnNotes); !allowed)
        return allowed;
    if (card.kind != ExchangeCard::Kind::Team || card.publicKey.size() != 32)
        return fail(ErrorCode::InvalidArgument, Tr::tr("This is not a team card."));
    // The signing keys come with the first card of either kind.
    if (const Result<QByteArray> signingKey = ownSigningKey(); !signingKey)
        return std::unexpected(signingKey.error());
    QSqlQuery query(m_vault.database());
    if (!run(query,
             QStringLiteral("UPDATE exchange_own SET team_name = ?, team_key = ? WHERE id = 1"),
             {card.name, card.publicKey}))
        return storeError(query.lastError());
    return {};
}

Result<std::optional<ExchangeCard>> ExchangeService::joinedTeam() const
{
    QSqlQuery query(m_vault.database());
    if (!run(query, QStringLiteral("SELECT team_name, team_key FROM exchange_own WHERE id = 1 "
                                   "AND team_key IS NOT NULL")))
        return storeError(query.lastError());
    if (!query.next())
        return std::optional<ExchangeCard>{};
    return std::optional<ExchangeCard>{ExchangeCard{
        ExchangeCard::Kind::Team, query.value(0).toString(), query.value(1).toByteArray()}};
}

Result<QByteArray> ExchangeService::shareFile(const QList<SupervisionNote>& notes,
                                              const MonthlyFigures& figures)
{
    if (const Status allowed = m_roles->require(Capability::OwnNotes); !allowed)
        return std::unexpected(allowed.error());
    QSqlDatabase db = m_vault.database();
    QSqlQuery query(db);
    if (!run(query, QStringLiteral("SELECT signing_public, signing_secret, next_sequence, "
                                   "team_key FROM exchange_own WHERE id = 1")))
        return storeError(query.lastError());
    if (!query.next() || query.value(3).isNull())
        return fail(ErrorCode::NotFound,
                    Tr::tr("Accept the team card from your team lead first: the file is sealed "
                           "with it so only the team's vault can open it."));
    ExchangeKeys signer;
    signer.publicKey = query.value(0).toByteArray();
    QByteArray secret = query.value(1).toByteArray();
    signer.secretKey = SecureBuffer::takeFrom(secret);
    const quint64 sequence = quint64(query.value(2).toLongLong());
    const QByteArray teamKey = query.value(3).toByteArray();
    query.finish();

    SharePayload payload;
    for (const SupervisionNote& note : notes) {
        if (note.sharing != SharingLevel::TeamSupervision || note.text.trimmed().isEmpty())
            continue;
        payload.notes.append(SharedNote{
            QString::number(note.id), note.topic, note.text.left(SharePayload::MaxNoteLength),
            note.contactReference, note.anonymousOnAgenda, note.createdAtUtc, note.updatedAtUtc});
        if (payload.notes.size() == SharePayload::MaxNotes)
            break;
    }
    payload.figures = figures;
    if (payload.figures.months.size() > SharePayload::MaxMonths) {
        const qsizetype drop = payload.figures.months.size() - SharePayload::MaxMonths;
        payload.figures.months.remove(0, drop);
        for (FigureRow& row : payload.figures.rows)
            row.counts.remove(0, drop);
    }
    // The number goes up before the file exists: a file that is then not saved leaves a gap,
    // which the importer accepts; two files with one number it would refuse.
    if (!run(query, QStringLiteral("UPDATE exchange_own SET next_sequence = ? WHERE id = 1"),
             {qint64(sequence + 1)}))
        return storeError(query.lastError());
    return ShareEnvelope::seal(payload.encode(), sequence, m_clock.nowUtc(), signer, teamKey);
}

} // namespace kotva
