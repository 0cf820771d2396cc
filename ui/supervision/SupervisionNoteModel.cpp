#include "ui/supervision/SupervisionNoteModel.h"

#include "core/supervision/SupervisionService.h"
#include "ui/shell/DateText.h"

#include <QLocale>

namespace kotva {

namespace {

/// The first line of a note, short enough for a table cell.
QString preview(const QString& text)
{
    constexpr qsizetype Length = 80;
    const QString line = text.section(QLatin1Char('\n'), 0, 0).simplified();
    return line.size() > Length ? line.left(Length - 1) + QChar(u'…') : line;
}

} // namespace

QString noteDate(const QDateTime& utc)
{
    return shell::dateText(utc);
}

QString noteDateTime(const QDateTime& utc)
{
    return shell::dateTimeText(utc);
}

SupervisionNoteModel::SupervisionNoteModel(SupervisionService& service, QObject* parent)
    : QAbstractTableModel(parent)
    , m_service(service)
{}

Status SupervisionNoteModel::reload()
{
    Result<QList<SupervisionNote>> notes = m_service.notes(m_filter);
    beginResetModel();
    m_notes = notes ? std::move(*notes) : QList<SupervisionNote>();
    endResetModel();
    if (!notes)
        return std::unexpected(notes.error());
    return {};
}

Status SupervisionNoteModel::setSharingFilter(std::optional<SharingLevel> sharing)
{
    m_filter = sharing;
    return reload();
}

bool SupervisionNoteModel::matchesFilter(const SupervisionNote& note) const
{
    return !m_filter || note.sharing == *m_filter;
}

int SupervisionNoteModel::rowOf(NoteId id) const
{
    for (int row = 0; row < m_notes.size(); ++row) {
        if (m_notes.at(row).id == id)
            return row;
    }
    return -1;
}

Result<SupervisionNote> SupervisionNoteModel::save(const SupervisionNote& note)
{
    Result<SupervisionNote> stored = m_service.save(note);
    if (!stored)
        return stored;
    const int row = rowOf(stored->id);
    if (row >= 0 && matchesFilter(*stored)) {
        // The list is ordered by when a note was written, so a change keeps its place.
        m_notes[row] = *stored;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_notes.removeAt(row);
        endRemoveRows();
    } else if (matchesFilter(*stored)) {
        beginInsertRows({}, 0, 0);
        m_notes.prepend(*stored);
        endInsertRows();
    }
    return stored;
}

Status SupervisionNoteModel::remove(NoteId id)
{
    if (const Status removed = m_service.remove(id); !removed)
        return removed;
    if (const int row = rowOf(id); row >= 0) {
        beginRemoveRows({}, row, row);
        m_notes.removeAt(row);
        endRemoveRows();
    }
    return {};
}

int SupervisionNoteModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

int SupervisionNoteModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SupervisionNoteModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SupervisionNote& n = m_notes.at(index.row());
    switch (role) {
    case NoteIdRole:
        return n.id;
    case TopicRole:
        return int(n.topic);
    case SharingRole:
        return int(n.sharing);
    case ExpiresRole:
        return n.expiresAtUtc;
    case TextRole:
        return n.text;
    case Qt::ToolTipRole:
        if (index.column() == ExpiresColumn)
            return tr("Kotva deletes this note on %1.").arg(noteDate(n.expiresAtUtc));
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case UpdatedColumn:
        return noteDateTime(n.createdAtUtc);
    case TopicColumn:
        return noteTopicLabel(n.topic);
    case SharingColumn:
        return sharingLevelLabel(n.sharing);
    case ContactColumn:
        return n.contactReference;
    case ExpiresColumn:
        return noteDate(n.expiresAtUtc);
    case TextColumn:
        return preview(n.text);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SupervisionNoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case UpdatedColumn:
        return tr("Written");
    case TopicColumn:
        return tr("Topic");
    case SharingColumn:
        return tr("Sharing");
    case ContactColumn:
        return tr("Contact");
    case ExpiresColumn:
        return tr("Deleted on");
    case TextColumn:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> SupervisionNoteModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(NoteIdRole, "noteId");
    names.insert(TopicRole, "topic");
    names.insert(SharingRole, "sharing");
    names.insert(ExpiresRole, "expires");
    names.insert(TextRole, "text");
    return names;
}

} // namespace kotva
