#pragma once

// The team lead's monthly team supervision (issue 15): the notes workers shared for team
// supervision in the month, grouped by kind, in an order the team lead sets, with items the
// team lead adds, and what was discussed and agreed.

#include "core/analysis/Analyzer.h"
#include "core/common/Clock.h"
#include "core/common/Error.h"
#include "core/supervision/SupervisionNote.h"
#include "core/team/AccessGate.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kotva {

class Vault;

using AgendaItemId = qint64;

struct AgendaItem
{
    AgendaItemId id = 0;
    /// The note shared for team supervision, or none for an item the team lead added.
    std::optional<NoteId> noteId;
    NoteTopic topic = NoteTopic::Other;
    QString text;             ///< the note's text (redacted when saved) or the added item's
    QString contactReference; ///< the note's anonymous contact reference, or empty
    /// The initials of the member who shared the note; empty for an item the team lead added,
    /// in a vault of one person, and when the author chose to stay anonymous.
    QString author;
    bool anonymous = false; ///< a shared note whose author chose to stay anonymous
    int position = 0;       ///< the order within the agenda
    bool discussed = false;
    QString agreed; ///< what the team agreed, redacted; expires with the item
    QDateTime createdAtUtc;
};

struct SupervisionAgendaMonth
{
    QDate month; ///< the first day of the month
    /// By kind (allNoteTopics() order), then in the order the team lead set.
    QList<AgendaItem> items;

    [[nodiscard]] QList<AgendaItem> itemsOf(NoteTopic topic) const;
    [[nodiscard]] int discussedCount() const;
};

class SupervisionAgenda final
{
public:
    SupervisionAgenda(Vault& vault, const Analyzer& analyzer, const Clock& clock = Clock::system());

    /// The agenda of the month of `day` (Prague time). Notes shared for team supervision
    /// that were written in the month join it at the end of their kind; a note no longer
    /// shared for team supervision has left it.
    [[nodiscard]] Result<SupervisionAgendaMonth> month(QDate day);

    /// An item the team lead adds (a theme, a case without a note); redacted before it is
    /// stored. InvalidArgument when empty or too long.
    Result<AgendaItem> addItem(QDate month, NoteTopic topic, const QString& text);
    /// Moves the item up (steps < 0) or down within its kind.
    Status move(AgendaItemId item, int steps);
    /// Marks the item discussed or not, with what was agreed (redacted; may be empty).
    Status setDiscussed(AgendaItemId item, bool discussed, const QString& agreed);
    /// Removes an item the team lead added. A shared note stays on the agenda while it is
    /// shared: InvalidArgument says so.
    Status removeItem(AgendaItemId item);

    static constexpr qsizetype MaxItemLength = 2000;
    static constexpr qsizetype MaxAgreedLength = 1000;

    /// The open vault's role check (VaultSession); the one person of a vault that is not a
    /// team may do everything until then.
    void setRoleGate(const AccessGate& gate) { m_roles = &gate; }

private:
    [[nodiscard]] Status takeInNotes(const QDate& month);
    [[nodiscard]] Result<AgendaItem> item(AgendaItemId id) const;
    [[nodiscard]] Result<QList<AgendaItem>> select(const QString& where,
                                                   const QVariantList& values) const;
    [[nodiscard]] QString redacted(const QString& text) const;

    Vault& m_vault;
    const Analyzer& m_analyzer;
    const Clock& m_clock;
    const AccessGate* m_roles = &AccessGate::soleUser();
};

} // namespace kotva
