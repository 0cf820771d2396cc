#include "ui/workspace/ConversationHeader.h"

#include "ui/workspace/WorkspaceFormat.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kotva {

ConversationHeader::ConversationHeader(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_details(new QLabel(this))
    , m_contract(new QComboBox(this))
    , m_history(new QLabel(this))
    , m_expiry(new QLabel(this))
    , m_stopped(new QLabel(this))
    , m_stopLabel(new QLineEdit(this))
    , m_stop(new QPushButton(tr("ST&OP"), this))
    , m_close(new QPushButton(tr("C&lose contact\u2026"), this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextFormat(Qt::PlainText);
    m_details->setTextFormat(Qt::PlainText);
    // A long pseudonym or channel line wraps instead of widening the conversation: on a
    // 1024 px screen the crisis pane must fit beside it.
    m_title->setWordWrap(true);
    m_details->setWordWrap(true);
    for (QLabel* label : {m_history, m_expiry, m_stopped}) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }

    for (ContractWish wish : allContractWishes())
        m_contract->addItem(contractWishLabel(wish), static_cast<int>(wish));
    m_contract->setAccessibleName(tr("What the client wants today"));

    m_stopLabel->setPlaceholderText(tr("Topic (optional)"));
    m_stopLabel->setAccessibleName(tr("Topic the client stopped (optional)"));
    m_stopLabel->setMaxLength(80);
    m_stop->setAccessibleName(tr("STOP: the client ends this topic"));
    m_stop->setToolTip(tr("The client can stop a topic at any time. One click marks it."));
    QFont stopFont = m_stop->font();
    stopFont.setBold(true);
    m_stop->setFont(stopFont);
    m_close->setAccessibleName(tr("Close contact"));

    auto* contractLabel = new QLabel(tr("Cont&ract:"), this);
    contractLabel->setBuddy(m_contract);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addWidget(m_details, 1);
    top->addWidget(m_close);

    auto* contractRow = new QHBoxLayout;
    contractRow->addWidget(contractLabel);
    contractRow->addWidget(m_contract, 1);
    contractRow->addSpacing(12);
    contractRow->addWidget(m_stopLabel, 1);
    contractRow->addWidget(m_stop);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(contractRow);
    layout->addWidget(m_history);
    layout->addWidget(m_stopped);
    layout->addWidget(m_expiry);

    setTabOrder(m_contract, m_stopLabel);
    setTabOrder(m_stopLabel, m_stop);
    setTabOrder(m_stop, m_close);

    connect(m_contract, &QComboBox::activated, this, [this](int index) {
        if (!m_updating)
            Q_EMIT contractChangeRequested(
                static_cast<ContractWish>(m_contract->itemData(index).toInt()));
    });
    const auto stop = [this] {
        const QString label = m_stopLabel->text().trimmed();
        m_stopLabel->clear();
        Q_EMIT stopRequested(label);
    };
    connect(m_stop, &QPushButton::clicked, this, stop);
    connect(m_stopLabel, &QLineEdit::returnPressed, this, stop);
    connect(m_close, &QPushButton::clicked, this, &ConversationHeader::closeRequested);
}

void ConversationHeader::setContact(const Contact& contact)
{
    m_updating = true;
    const bool open = contact.state == ContactState::Open;
    m_title->setText(contact.displayName());
    m_details->setText(open ? tr("%1 \u00b7 %2")
                                  .arg(channelLabel(contact.channel),
                                       tr("started %1").arg(format::dateTime(contact.createdAtUtc)))
                            : tr("%1 \u00b7 %2")
                                  .arg(channelLabel(contact.channel),
                                       tr("closed %1")
                                           .arg(format::dateTime(contact.closedAtUtc.value_or(
                                               contact.lastActivityUtc)))));
    m_contract->setCurrentIndex(m_contract->findData(static_cast<int>(contact.currentWish())));

    QStringList history;
    for (const ContractChange& change : contact.contract)
        history << tr("%1 (%2)").arg(contractWishLabel(change.wish), format::time(change.atUtc));
    const QString historyText =
        tr("Contract so far: %1").arg(history.join(QStringLiteral(" \u2192 ")));
    m_contract->setToolTip(historyText);
    m_history->setText(historyText);
    m_history->setVisible(contact.contract.size() > 1);

    QStringList stopped;
    for (const StoppedTopic& topic : contact.stoppedTopics) {
        stopped << tr("%1 (%2)").arg(topic.label.isEmpty() ? tr("the topic at that moment")
                                                           : topic.label,
                                     format::time(topic.atUtc));
    }
    m_stopped->setText(stopped.isEmpty() ? QString()
                                         : tr("\u25a0 STOP \u2014 the client stopped: %1")
                                               .arg(stopped.join(QStringLiteral(", "))));
    m_stopped->setVisible(!stopped.isEmpty());

    m_expiry->setText(
        (contact.textExpiresAtUtc
             ? tr("The message text expires on %1.").arg(format::date(*contact.textExpiresAtUtc))
             : tr("No message text is stored.")) +
        u' ' +
        tr("Everything about this contact expires on %1.")
            .arg(format::date(contact.recordExpiresAtUtc)));

    m_contract->setEnabled(open);
    m_stop->setEnabled(open);
    m_stopLabel->setEnabled(open);
    m_close->setEnabled(open);
    m_updating = false;
}

QString ConversationHeader::stoppedTopicsText() const
{
    return m_stopped->text();
}

QString ConversationHeader::contractHistoryText() const
{
    return m_history->text();
}

QString ConversationHeader::expiryText() const
{
    return m_expiry->text();
}

} // namespace kotva
