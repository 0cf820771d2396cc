#include "ui/mail/InboxPane.h"

#include "core/mail/intake/MailService.h"
#include "ui/mail/InboxModel.h"
#include "ui/mail/InboxTexts.h"
#include "ui/mail/MailFiguresModel.h"
#include "ui/shell/DateText.h"
#include "ui/shell/InlineMessage.h"
#include "ui/shell/ShellWidgets.h"

#include <QAction>
#include <QApplication>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace kotva {

InboxPane::InboxPane(MailService& mail, const Clock& clock, QWidget* parent)
    : QWidget(parent)
    , m_mail(mail)
    , m_clock(clock)
    , m_model(new InboxModel(clock, this))
    , m_heading(new QLabel(this))
    , m_fetch(new QPushButton(tr("&Fetch mail"), this))
    , m_progressRow(new QWidget(this))
    , m_progress(new QProgressBar(m_progressRow))
    , m_cancel(new QPushButton(tr("&Cancel"), m_progressRow))
    , m_status(new InlineMessage(this))
    , m_alert(new InlineMessage(this))
    , m_setUpRow(new QFrame(this))
    , m_setUp(new QPushButton(tr("&Set up the mailbox…"), m_setUpRow))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_view(new QTableView(this))
{
    setAccessibleName(tr("E-mail inbox"));

    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_fetch->setIcon(shell::icon(QStringLiteral("mail"), QStringLiteral("mail-receive")));
    m_fetch->setToolTip(tr("Fetch new e-mail and send the acknowledgements (F5)"));
    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_fetch, 0, Qt::AlignTop);

    // Seed 003: what e-mail counselling never does, where every worker sees it.
    QLabel* rules = shell::note(
        tr("Attachments are never opened, saved or shown. E-mail is no place for crisis "
           "intervention: an e-mail in acute danger is answered with 112, 155 and the crisis "
           "lines (the crisis-referral pane opens with the contact)."),
        this);
    rules->setObjectName(QStringLiteral("inboxRules"));

    m_progress->setTextVisible(true);
    m_progress->setAccessibleName(tr("Fetching progress"));
    m_cancel->setToolTip(tr("Stop fetching; what has come in so far is kept"));
    auto* progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_cancel);
    m_progressRow->hide();

    m_setUpRow->setObjectName(QStringLiteral("setUpRow"));
    m_setUpRow->setStyleSheet(QStringLiteral(
        "QFrame#setUpRow { background: #fdf3e1; border: 1px solid #e5c07b; border-radius: 4px; }"
        " QFrame#setUpRow QLabel { color: #5c3d00; background: transparent; border: none; }"));
    auto* setUpText = new QLabel(tr("The organisation's mailbox is not set up yet, so no e-mail "
                                    "can be fetched or answered."),
                                 m_setUpRow);
    setUpText->setWordWrap(true);
    auto* setUpLayout = new QHBoxLayout(m_setUpRow);
    setUpLayout->setContentsMargins(10, 6, 6, 6);
    setUpLayout->addWidget(setUpText, 1);
    setUpLayout->addWidget(m_setUp);
    m_setUpRow->hide();

    m_empty->setObjectName(QStringLiteral("inboxEmpty"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setMargin(24);
    m_empty->setTextFormat(Qt::PlainText);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("E-mail contacts, most urgent first"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(false); // the order is the urgency, not a column
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    // One line per e-mail, with air around it: the table is read at a glance.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->installEventFilter(this);
    m_view->viewport()->installEventFilter(this);

    // A paragraph a person can read at once, not one line across a wide window.
    m_empty->setMaximumWidth(m_empty->fontMetrics().averageCharWidth() * 80);
    auto* emptyPage = new QWidget(m_stack);
    auto* emptyLayout = new QHBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_empty, 0, Qt::AlignVCenter);
    emptyLayout->addStretch(1);
    m_stack->addWidget(emptyPage);
    m_stack->addWidget(m_view);

    // Month by month, numbers only: what supervision and the annual report ask about.
    m_figures = new MailFiguresModel(this);
    auto* figuresBox = new QGroupBox(tr("E-mail counselling by month (numbers only)"), this);
    auto* figuresView = new QTableView(figuresBox);
    figuresView->setModel(m_figures);
    figuresView->setAccessibleName(figuresBox->title());
    figuresView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    figuresView->setSelectionMode(QAbstractItemView::NoSelection);
    figuresView->setShowGrid(false);
    figuresView->verticalHeader()->hide();
    figuresView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    figuresView->horizontalHeader()->setStretchLastSection(false);
    figuresView->setMaximumHeight(figuresView->fontMetrics().height() * 7);
    auto* figuresLayout = new QVBoxLayout(figuresBox);
    figuresLayout->addWidget(figuresView);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(rules);
    layout->addWidget(m_setUpRow);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_status);
    layout->addWidget(m_alert);
    layout->addWidget(m_stack, 1);
    layout->addWidget(figuresBox);

    auto* refresh = new QAction(tr("Fetch mail"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setShortcutContext(Qt::WindowShortcut);
    connect(refresh, &QAction::triggered, this, [this] {
        if (m_fetch->isEnabled())
            fetch();
    });
    addAction(refresh);

    connect(m_fetch, &QPushButton::clicked, this, &InboxPane::fetch);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_progress->setFormat(tr("Cancelling…"));
        m_mail.cancel();
    });
    connect(m_setUp, &QPushButton::clicked, this, &InboxPane::settingsRequested);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &InboxPane::openIndex);
    connect(&m_mail, &MailService::busyChanged, this, &InboxPane::setBusy);
    connect(&m_mail, &MailService::fetchProgress, this, &InboxPane::showProgress);
    connect(&m_mail, &MailService::fetchFinished, this, &InboxPane::showReport);
    connect(&m_mail, &MailService::inboxChanged, this, &InboxPane::reload);
    connect(&m_mail, &MailService::acuteMailArrived, this, &InboxPane::alertAcute);

    setBusy(m_mail.busy());
    reload();
}

void InboxPane::reload()
{
    const ContactId selected = m_model->contactAt(m_view->currentIndex());
    const Result<QList<InboxEntry>> entries = m_mail.inbox();
    if (!entries) {
        m_model->clear();
        m_status->showError(entries.error().message);
    } else {
        m_model->setEntries(*entries);
    }
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_view->setCurrentIndex(m_model->index(row, InboxModel::ContactColumn));
    const Result<QList<MailMonthFigures>> figures = m_mail.figures();
    m_figures->setFigures(figures ? *figures : QList<MailMonthFigures>{});
    updateState(m_mail.ready());
    fitColumns();
}

void InboxPane::updateState(bool ready)
{
    const int waiting = m_model->waitingCount();
    const int overdue = m_model->overdueCount();
    QString heading = waiting == 0 ? tr("No e-mail waits for an answer")
                                   : tr("%n e-mail(s) waiting for an answer", nullptr, waiting);
    if (overdue > 0)
        heading += tr(", %n overdue", nullptr, overdue);
    m_heading->setText(heading);

    m_setUpRow->setVisible(!ready);
    m_fetch->setEnabled(ready && !m_mail.busy());
    if (!ready)
        m_fetch->setToolTip(tr("The organisation's mailbox is not set up yet"));
    else
        m_fetch->setToolTip(tr("Fetch new e-mail and send the acknowledgements (F5)"));

    QString explanation =
        tr("The inbox lists what clients write to the organisation's e-mail address. Each "
           "e-mail becomes an e-mail contact: the client gets an automatic acknowledgement, and "
           "the answer is due within 4 working days. Acute e-mails come first, then the nearest "
           "due date.");
    m_empty->setText(ready ? tr("No e-mail yet. Press Fetch mail to check the mailbox.") +
                                 QStringLiteral("\n\n") + explanation
                           : explanation + QStringLiteral("\n\n") +
                                 tr("Set up the organisation's mailbox first (the button above)."));
    m_stack->setCurrentIndex(m_model->rowCount() == 0 ? 0 : 1);
}

void InboxPane::fitColumns()
{
    // Every column as wide as its widest cell when the table has the room. Otherwise the
    // columns that matter least for "what do I answer first" give up what they have beyond
    // their header's width, so no header is ever cut, the crisis level and the due date stay
    // whole longest, and a cut value ends in "…" with the whole text in its tooltip.
    if (m_model->rowCount() == 0)
        return;
    QHeaderView* header = m_view->horizontalHeader();
    constexpr int Padding = 12;
    QList<int> least;
    QList<int> widths;
    int total = 0;
    for (int column = 0; column < InboxModel::ColumnCount; ++column) {
        least << header->sectionSizeHint(column);
        const int content =
            static_cast<const QAbstractItemView*>(m_view)->sizeHintForColumn(column) + Padding;
        widths << std::max(least.constLast(), content);
        total += widths.constLast();
    }
    int deficit = total - m_view->viewport()->width();
    for (const int column : {InboxModel::AttachmentsColumn, InboxModel::AcknowledgementColumn,
                             InboxModel::ReceivedColumn, InboxModel::ContactColumn,
                             InboxModel::DueColumn, InboxModel::CrisisColumn}) {
        if (deficit <= 0)
            break;
        const int cut = std::min(deficit, widths.at(column) - least.at(column));
        widths[column] -= cut;
        deficit -= cut;
    }
    for (int column = 0; column < InboxModel::ColumnCount; ++column)
        header->resizeSection(column, widths.at(column));
}

void InboxPane::fetch()
{
    if (const Status started = m_mail.fetch(); !started) {
        m_status->showError(started.error().message);
        return;
    }
    m_status->clear();
    m_progress->setRange(0, 0); // how many is known once the server says
    m_progress->setFormat(tr("Connecting…"));
    m_cancel->setEnabled(true);
    m_progressRow->show();
}

void InboxPane::setBusy(bool busy)
{
    m_fetch->setEnabled(!busy && m_mail.ready());
    if (!busy)
        m_progressRow->hide();
}

void InboxPane::showProgress(int done, int total)
{
    m_progressRow->show();
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(std::min(done, std::max(total, 1)));
    if (m_cancel->isEnabled())
        m_progress->setFormat(tr("%1 of %2").arg(done).arg(total));
}

void InboxPane::showReport(const MailRunReport& report)
{
    m_progressRow->hide();
    const QString summary = mail_ui::runSummary(report);
    const InlineMessage::Kind kind = report.error ? InlineMessage::Kind::Error
                                     : mail_ui::runNeedsAttention(report)
                                         ? InlineMessage::Kind::Warning
                                         : InlineMessage::Kind::Information;
    // Fetches also run on their own: the time says how fresh the list is.
    m_status->setMessage(kind,
                         tr("Checked at %1: %2").arg(shell::timeText(m_clock.nowUtc()), summary));
}

void InboxPane::alertAcute(const QList<ContactId>& contacts)
{
    // The list is current: the service announced the change (inboxChanged) first.
    if (contacts.isEmpty())
        return;
    QStringList names;
    QModelIndex first;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, 0);
        if (!contacts.contains(m_model->contactAt(index)))
            continue;
        if (!first.isValid())
            first = index;
        names << index.data(Qt::DisplayRole).toString();
    }
    if (first.isValid()) {
        m_view->setCurrentIndex(first);
        m_view->scrollTo(first);
    }
    // As in a chat, acute danger does not wait in a list: the pane comes forward and the
    // desktop marks the window, but nothing the worker is writing elsewhere is closed.
    m_alert->setMessage(
        InlineMessage::Kind::Error,
        tr("%n e-mail(s) with signs of acute danger just came in (%1). Open it now: the "
           "crisis-referral pane comes up with it.",
           nullptr, int(contacts.size()))
            .arg(names.join(QStringLiteral(", "))));
    Q_EMIT showRequested();
    if (QWidget* top = window())
        QApplication::alert(top);
}

QString InboxPane::alertText() const
{
    return m_alert->isVisibleTo(this) ? m_alert->text() : QString();
}

QString InboxPane::statusText() const
{
    return m_status->isVisibleTo(this) ? m_status->text() : QString();
}

QString InboxPane::emptyText() const
{
    return m_empty->text();
}

bool InboxPane::showsEmptyState() const
{
    return m_stack->currentIndex() == 0;
}

void InboxPane::openIndex(const QModelIndex& index)
{
    if (const ContactId contact = m_model->contactAt(index); contact != 0) {
        m_alert->clear(); // the worker is going to it
        Q_EMIT openContact(contact);
    }
}

bool InboxPane::eventFilter(QObject* watched, QEvent* event)
{
    // The viewport's width is what the columns share (the scroll bar may take some).
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers() == Qt::NoModifier && m_view->currentIndex().isValid()) {
            openIndex(m_view->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void InboxPane::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The mailbox may have been set up, and due dates passed, while another pane was shown.
    reload();
}

} // namespace kotva
