#include "ui/workspace/CloseContactDialog.h"

#include "core/supervision/SupervisionService.h"
#include "ui/shell/ShellWidgets.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace kotva {

CloseContactDialog::CloseContactDialog(const Contact& contact, const QStringList& topics,
                                       QWidget* parent)
    : QDialog(parent)
    , m_contactId(contact.id)
    , m_topics(new QListWidget(this))
    , m_editTopics(new QPushButton(tr("&Edit the list…"), this))
    , m_referral(new QCheckBox(tr("A &referral was given"), this))
    , m_supervision(new QCheckBox(tr("&Bring this contact to supervision"), this))
{
    // Wide enough for the explanations to wrap into a few lines, in the user's font.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    setWindowTitle(tr("Close contact"));

    auto* intro = new QLabel(tr("What was the contact about? Tick the topics that fit; nothing "
                                "else about the client is recorded."),
                             this);
    intro->setWordWrap(true);
    auto* topicsLabel = new QLabel(tr("&Topics:"), this);
    topicsLabel->setBuddy(m_topics);
    setTopics(topics);
    m_topics->setAccessibleName(tr("Topics of the contact"));
    m_editTopics->setToolTip(tr("Change the organisation's list of topics"));
    connect(m_editTopics, &QPushButton::clicked, this, &CloseContactDialog::editTopicsRequested);
    m_referral->setChecked(contact.referralGiven);
    m_supervision->setToolTip(tr("After closing, Kotva suggests a supervision note linked to "
                                 "the contact's anonymous reference."));
    // After signs of danger or a boundary finding the contact belongs in supervision: the
    // box starts ticked, and says why (the worker may still untick it).
    const NoteSuggestion suggestion = SupervisionService::suggestionFor(contact);
    m_supervision->setChecked(suggestion.any());
    m_supervisionReason = shell::note(suggestion.reason(), this);
    m_supervisionReason->setObjectName(QStringLiteral("supervisionReason"));
    m_supervisionReason->setVisible(suggestion.any());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Close contact"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(topicsLabel);
    layout->addWidget(m_topics, 1);
    layout->addWidget(m_editTopics, 0, Qt::AlignLeft);
    layout->addWidget(m_referral);
    layout->addWidget(m_supervision);
    layout->addWidget(m_supervisionReason);
    layout->addWidget(buttons);
}

void CloseContactDialog::setTopics(const QStringList& topics)
{
    const QStringList ticked = outcome().topics;
    m_topics->clear();
    for (const QString& topic : topics) {
        auto* item = new QListWidgetItem(topic, m_topics);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(topic) ? Qt::Checked : Qt::Unchecked);
    }
    if (m_topics->count() > 0)
        m_topics->setCurrentRow(0);
}

bool CloseContactDialog::setTopicChecked(const QString& topic, bool checked)
{
    for (int row = 0; row < m_topics->count(); ++row) {
        QListWidgetItem* item = m_topics->item(row);
        if (item->text() == topic) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

ContactOutcome CloseContactDialog::outcome() const
{
    ContactOutcome outcome;
    for (int row = 0; row < m_topics->count(); ++row) {
        const QListWidgetItem* item = m_topics->item(row);
        if (item->checkState() == Qt::Checked)
            outcome.topics.append(item->text());
    }
    outcome.referralGiven = m_referral->isChecked();
    outcome.bringToSupervision = m_supervision->isChecked();
    return outcome;
}

void CloseContactDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    shell::growToFit(this); // wrapped text (longer in Czech) is never clipped
}

} // namespace kotva
