#include "ui/referral/LocalServicesDialog.h"

#include "core/referral/LocalServices.h"
#include "ui/referral/LocalServiceEditor.h"
#include "ui/referral/ReferralTexts.h"
#include "ui/shell/InlineMessage.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kotva {

LocalServicesDialog::LocalServicesDialog(LocalServices& services, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
{
    setWindowTitle(tr("Your organisation's services"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Local services your workers can refer clients to, offered in the crisis pane beside "
           "the national directory. Confirm each one at least once a year: one not confirmed "
           "for 12 months is marked for the workers."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("localServicesTable"));
    m_table->setHorizontalHeaderLabels({tr("Service"), tr("Phone"), tr("Region"), tr("Confirmed")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    layout->addWidget(m_table, 1);

    m_message = new InlineMessage(this);
    layout->addWidget(m_message);

    auto* row = new QHBoxLayout;
    const auto button = [&](const QString& text, const QString& name) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        row->addWidget(b);
        return b;
    };
    QPushButton* add = button(tr("&Add…"), QStringLiteral("addService"));
    m_edit = button(tr("&Edit…"), QStringLiteral("editService"));
    m_confirm = button(tr("Confirmed &today"), QStringLiteral("confirmService"));
    m_remove = button(tr("&Remove"), QStringLiteral("removeService"));
    row->addStretch(1);
    QPushButton* import = button(tr("&Import…"), QStringLiteral("importServices"));
    QPushButton* exportButton = button(tr("E&xport…"), QStringLiteral("exportServices"));
    layout->addLayout(row);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        if (LocalServiceEditor* editor = openEditor(true))
            editor->open();
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (LocalServiceEditor* editor = openEditor(false))
            editor->open();
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, m_edit, &QPushButton::click);
    connect(m_confirm, &QPushButton::clicked, this, &LocalServicesDialog::confirmSelected);
    connect(m_remove, &QPushButton::clicked, this, &LocalServicesDialog::removeSelected);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import services"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
            tr("Referral directory (*.json)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export services"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                QStringLiteral("/sluzby-organizace.json"),
            tr("Referral directory (*.json)"));
        if (!path.isEmpty())
            exportFile(path);
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &LocalServicesDialog::updateButtons);

    resize(760, 420);
    reload();
}

void LocalServicesDialog::reload()
{
    const QString keep = selectedId();
    const QDate today = QDate::currentDate();
    const ReferralDirectory& directory = m_services.directory();
    m_table->setRowCount(0);
    for (const ReferralEntry& entry : m_services.entries()) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        auto* name = new QTableWidgetItem(entry.name.cs);
        name->setData(Qt::UserRole, entry.id);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(entry.phone));
        m_table->setItem(row, 2,
                         new QTableWidgetItem(entry.region.isEmpty()
                                                  ? tr("whole country")
                                                  : directory.regionName(entry.region)));
        const bool stale = entry.isStaleOn(today);
        auto* confirmed = new QTableWidgetItem(
            stale ? tr("%1 – over 12 months ago").arg(referral_ui::shortDate(entry.verified))
                  : referral_ui::shortDate(entry.verified));
        if (stale) {
            confirmed->setForeground(QColor(0xa0, 0x30, 0x00));
            confirmed->setToolTip(tr("Not confirmed for over 12 months: check it still holds."));
        }
        m_table->setItem(row, 3, confirmed);
        if (entry.id == keep)
            m_table->selectRow(row);
    }
    updateButtons();
}

QString LocalServicesDialog::selectedId() const
{
    const QList<QTableWidgetItem*> selected = m_table->selectedItems();
    if (selected.isEmpty())
        return {};
    const QTableWidgetItem* first = m_table->item(selected.first()->row(), 0);
    return first ? first->data(Qt::UserRole).toString() : QString();
}

void LocalServicesDialog::updateButtons()
{
    const bool any = !selectedId().isEmpty();
    m_edit->setEnabled(any);
    m_confirm->setEnabled(any);
    m_remove->setEnabled(any);
}

LocalServiceEditor* LocalServicesDialog::openEditor(bool newService)
{
    ReferralEntry entry;
    if (newService) {
        entry.id = m_services.newId(tr("service"));
    } else {
        const ReferralEntry* selected = m_services.find(selectedId());
        if (!selected)
            return nullptr;
        entry = *selected;
    }
    auto* editor = new LocalServiceEditor(
        entry, m_services.directory().regionNames(),
        [this, newService](const ReferralEntry& formed) {
            ReferralEntry named = formed;
            // A new service's id follows its name, so a shared list reads well.
            if (newService)
                named.id = m_services.newId(formed.name.cs);
            const Status saved = m_services.put(named);
            if (saved) {
                reload();
                m_message->setMessage(InlineMessage::Kind::Success,
                                      tr("Saved: %1.").arg(named.name.cs));
            }
            return saved;
        },
        this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    return editor;
}

void LocalServicesDialog::confirmSelected()
{
    const ReferralEntry* entry = m_services.find(selectedId());
    if (!entry)
        return;
    const QString name = entry->name.cs;
    if (const Status done = m_services.confirm(entry->id, QDate::currentDate()); !done) {
        m_message->showError(done.error().message);
        return;
    }
    reload();
    m_message->setMessage(InlineMessage::Kind::Success,
                          tr("%1 is confirmed as of today.").arg(name));
}

void LocalServicesDialog::removeSelected()
{
    const ReferralEntry* entry = m_services.find(selectedId());
    if (!entry)
        return;
    const QString name = entry->name.cs;
    const auto answer = QMessageBox::question(
        this, tr("Remove a service"),
        tr("Remove %1 from your organisation's services? Workers will no longer be offered it.")
            .arg(name));
    if (answer != QMessageBox::Yes)
        return;
    if (const Status done = m_services.remove(entry->id); !done) {
        m_message->showError(done.error().message);
        return;
    }
    reload();
    m_message->setMessage(InlineMessage::Kind::Success, tr("Removed: %1.").arg(name));
}

void LocalServicesDialog::importFile(const QString& path)
{
    const auto imported = m_services.importFrom(path);
    if (!imported) {
        m_message->showError(tr("Nothing was imported: %1").arg(imported.error().message));
        return;
    }
    reload();
    m_message->setMessage(InlineMessage::Kind::Success,
                          tr("Imported from %1: %2 new, %3 updated, %4 left as they were.")
                              .arg(QDir::toNativeSeparators(path))
                              .arg(imported->added)
                              .arg(imported->updated)
                              .arg(imported->skipped));
}

void LocalServicesDialog::exportFile(const QString& path)
{
    if (const Status done = m_services.exportTo(path); !done) {
        m_message->showError(done.error().message);
        return;
    }
    m_message->setMessage(InlineMessage::Kind::Success, tr("%n service(s) exported to %1.", nullptr,
                                                           int(m_services.entries().size()))
                                                            .arg(QDir::toNativeSeparators(path)));
}

} // namespace kotva
