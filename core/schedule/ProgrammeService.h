#pragma once

#include "core/common/Error.h"
#include "core/schedule/Programme.h"
#include "core/schedule/ProgrammeRepository.h"
#include "core/team/AccessGate.h"

#include <QObject>

#include <optional>
#include <vector>

namespace kotva {

/// The coordinator's programme while the vault is unlocked: the current programme, its
/// edits, undo, and when it is written to the vault.
///
/// Nothing is stored without an action of the coordinator. An edit (cancel, change or
/// restore one occurrence; an edit in the programme editor) is such an action and is stored
/// at once, so a Lock never loses it. Opening a file is not: the caller first asks what
/// replacing would lose (replacementOf) and calls replace() only when the coordinator agrees.
/// A failed write changes nothing, in memory or in the vault.
class ProgrammeService final : public QObject
{
    Q_OBJECT
public:
    /// What replacing the current programme with another would lose.
    struct Replacement
    {
        bool replacesStored = false; ///< a programme is stored now and would be overwritten
        int cancellationsLost = 0;   ///< manual cancellations not in the incoming programme
        int changesLost = 0;         ///< one-off changes not in the incoming programme
        QStringList activitiesLost;  ///< titles of activities the incoming programme lacks
        bool rotaChanged = false;    ///< the on-call rota differs
        /// True when something would be lost or overwritten: the caller asks first.
        [[nodiscard]] bool needsConfirmation() const;
        /// Translated, one line per loss ("2 cancellations made here", …).
        [[nodiscard]] QStringList losses() const;
    };

    /// Without storage (kotva-cli, a view without a vault): edits live in memory only.
    explicit ProgrammeService(QObject* parent = nullptr);
    /// Loads the programme stored in the vault, if any.
    explicit ProgrammeService(ProgrammeRepository repository, QObject* parent = nullptr);
    ~ProgrammeService() override;
    Q_DISABLE_COPY_MOVE(ProgrammeService)

    [[nodiscard]] bool hasProgramme() const { return m_programme.has_value(); }
    /// True when edits are written to the vault (false for the in-memory service).
    [[nodiscard]] bool storesInVault() const { return m_repository.has_value(); }
    /// The current programme; an empty one when hasProgramme() is false.
    [[nodiscard]] const Programme& programme() const;
    /// The error of the last load from the vault, if it failed for another reason than
    /// "nothing stored yet".
    [[nodiscard]] const std::optional<Error>& loadError() const { return m_loadError; }

    [[nodiscard]] Replacement replacementOf(const Programme& incoming) const;
    /// Makes `programme` the current one and stores it (after the coordinator agreed).
    Status replace(const Programme& programme);
    /// The programme editor's result: the whole programme as edited.
    Status edit(const Programme& edited);
    Status cancelOccurrence(const QString& activityId, const QDate& date, const QString& reason);
    Status changeOccurrence(const OccurrenceChange& change);
    Status restoreOccurrence(const QString& activityId, const QDate& date);

    [[nodiscard]] bool canUndo() const { return !m_undo.empty(); }
    /// Translated name of the edit undo() would take back ("cancellation", …).
    [[nodiscard]] QString undoText() const;
    /// Takes back the last edit or replacement and stores the programme as it was before.
    /// The first programme of a vault has no "before": it is changed, not undone.
    Status undo();

    /// The open vault's role check (VaultSession); the one person of a vault that is not a
    /// team may do everything until then.
    void setRoleGate(const AccessGate& gate) { m_roles = &gate; }

Q_SIGNALS:
    void programmeChanged();
    void undoAvailable(bool available);

private:
    struct Step
    {
        Programme before;
        QString what;
    };
    static constexpr std::size_t UndoDepth = 20;
    /// Validates, stores and then makes `next` current, remembering the previous state.
    Status apply(Programme next, QString what);

    std::optional<ProgrammeRepository> m_repository;
    std::optional<Programme> m_programme;
    std::optional<Error> m_loadError;
    std::vector<Step> m_undo;
    const AccessGate* m_roles = &AccessGate::soleUser();
};

} // namespace kotva
