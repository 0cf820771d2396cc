#pragma once

#include "core/common/Error.h"
#include "core/supervision/SupervisionNote.h"

#include <QAbstractTableModel>

#include <optional>

namespace kotva {

class SupervisionService;

/// The worker's supervision notes as a table, newest first, over SupervisionService. The
/// model owns its mutations: save() and remove() go through the service (which redacts
/// and stores) and then update the rows, so views never edit the vault themselves.
class SupervisionNoteModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        UpdatedColumn,
        TopicColumn,
        SharingColumn,
        ContactColumn,
        ExpiresColumn,
        TextColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        NoteIdRole = Qt::UserRole + 1,
        TopicRole,   ///< NoteTopic as int
        SharingRole, ///< SharingLevel as int
        ExpiresRole, ///< QDateTime, UTC
        TextRole,    ///< the whole stored (redacted) text
    };
    Q_ENUM(Role)

    explicit SupervisionNoteModel(SupervisionService& service, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(SupervisionNoteModel)

    /// Reads the notes again (with the current filter).
    Status reload();
    /// Only notes with this sharing level; nullopt shows all. Reloads.
    Status setSharingFilter(std::optional<SharingLevel> sharing);
    [[nodiscard]] std::optional<SharingLevel> sharingFilter() const { return m_filter; }

    /// Stores a new note (id 0) or changes one; returns it as stored (redacted). The row
    /// appears, moves to the top or disappears when the filter no longer matches.
    Result<SupervisionNote> save(const SupervisionNote& note);
    Status remove(NoteId id);

    [[nodiscard]] const SupervisionNote& note(int row) const { return m_notes.at(row); }
    /// The row of a note, or -1 when it is not shown.
    [[nodiscard]] int rowOf(NoteId id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    [[nodiscard]] bool matchesFilter(const SupervisionNote& note) const;

    SupervisionService& m_service;
    QList<SupervisionNote> m_notes;
    std::optional<SharingLevel> m_filter;
};

/// A date and time in the UI language, local time ("23. 11. 2026 14:05").
QString noteDateTime(const QDateTime& utc);
/// A date in the UI language ("23. 11. 2027").
QString noteDate(const QDateTime& utc);

} // namespace kotva
