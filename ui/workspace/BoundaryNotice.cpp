#include "ui/workspace/BoundaryNotice.h"

#include "core/analysis/rules/BoundaryTexts.h"
#include "ui/shell/FindingLabels.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace kotva {

BoundaryNotice::BoundaryNotice(QWidget* parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_body(new QLabel(this))
    , m_edit(new QPushButton(tr("&Edit the draft"), this))
    , m_sendAnyway(new QPushButton(tr("Send &anyway"), this))
    , m_insert(new QPushButton(tr("&Insert into my reply"), this))
    , m_close(new QPushButton(tr("&Dismiss"), this))
{
    setObjectName(QStringLiteral("boundaryNotice"));
    // Its own light background with dark text: readable on light and dark themes alike.
    setStyleSheet(
        QStringLiteral("QFrame#boundaryNotice { background: #fdf3e1; border: 1px solid #e5c07b; "
                       "border-radius: 4px; } QFrame#boundaryNotice QLabel { color: #4d3300; "
                       "background: transparent; border: none; }"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::PlainText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_sendAnyway->setToolTip(tr("Save the reply as it is. Kotva counts this anonymously for "
                                "supervision; nothing about the client is recorded."));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_sendAnyway);
    buttons->addWidget(m_insert);
    buttons->addWidget(m_close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addLayout(buttons);

    connect(m_edit, &QPushButton::clicked, this, [this] {
        dismiss();
        Q_EMIT editRequested();
    });
    connect(m_sendAnyway, &QPushButton::clicked, this, [this] {
        dismiss();
        Q_EMIT sendAnywayRequested();
    });
    connect(m_insert, &QPushButton::clicked, this, [this] {
        const QString wording = m_suggestion;
        dismiss();
        Q_EMIT insertRequested(wording);
    });
    connect(m_close, &QPushButton::clicked, this, &BoundaryNotice::dismiss);
    hide();
}

void BoundaryNotice::showWorkerDraft(const QList<BoundaryFinding>& findings)
{
    showFindings(
        Mode::WorkerDraft,
        tr("Your reply crosses a boundary of the peer role: %1").arg(findings::ruleList([&] {
            QList<BoundaryRule> rules;
            for (const BoundaryFinding& f : findings)
                rules.append(f.rule);
            return rules;
        }())),
        findings);
}

void BoundaryNotice::showClientRequest(const QList<BoundaryFinding>& findings, Register form)
{
    // The analysis wrote the answers with vykání; the contact may go with tykání.
    QList<BoundaryFinding> addressed = findings;
    for (BoundaryFinding& finding : addressed)
        finding.suggestion =
            BoundaryTexts::suggestion(finding.rule, Author::Client, finding.variant, form);
    showFindings(Mode::ClientRequest,
                 tr("The client asks for something peers do not give. You can explain why "
                    "not and where to go instead:"),
                 addressed);
}

void BoundaryNotice::showStoppedTopic(const QStringList& labels)
{
    m_mode = Mode::StoppedTopic;
    m_suggestion.clear();
    QStringList quoted;
    for (const QString& label : labels)
        quoted << QStringLiteral("\u201e%1\u201c").arg(label);
    const QString title = tr("Your reply returns to a topic the client stopped: %1")
                              .arg(quoted.join(QStringLiteral(", ")));
    present(title, tr("The client said STOP to this topic. Clients may end any topic at any "
                      "time; come back to it only when the client does."));
}

void BoundaryNotice::showFindings(Mode mode, const QString& title,
                                  const QList<BoundaryFinding>& findings)
{
    m_mode = mode;
    QStringList paragraphs;
    QStringList suggestions;
    QList<BoundaryRule> seen;
    for (const BoundaryFinding& finding : findings) {
        if (seen.contains(finding.rule))
            continue;
        seen.append(finding.rule);
        QString paragraph =
            findings::ruleLabel(finding.rule) + QStringLiteral(": ") + finding.explanation;
        if (!finding.suggestion.isEmpty()) {
            paragraph += u'\n' + (mode == Mode::WorkerDraft ? tr("You could write instead: %1")
                                                            : tr("Suggested answer: %1"))
                                     .arg(finding.suggestion);
            suggestions.append(finding.suggestion);
        }
        paragraphs.append(paragraph);
    }
    m_suggestion = suggestions.join(u' ');
    present(title, paragraphs.join(QStringLiteral("\n\n")));
}

void BoundaryNotice::present(const QString& title, const QString& body)
{
    // A held draft (a boundary or a stopped topic) is edited or sent anyway; a client's
    // request gets an answer to insert, or is closed.
    const bool heldDraft = m_mode == Mode::WorkerDraft || m_mode == Mode::StoppedTopic;
    m_title->setText(title);
    m_body->setText(body);
    m_edit->setVisible(heldDraft);
    m_sendAnyway->setVisible(heldDraft);
    m_insert->setVisible(!heldDraft && !m_suggestion.isEmpty());
    m_close->setVisible(!heldDraft);
    setAccessibleName(title);
    setAccessibleDescription(body);
    show();
    QAccessibleEvent event(this, QAccessible::Alert);
    QAccessible::updateAccessibility(&event);
    (heldDraft ? m_edit : m_insert)->setFocus(Qt::OtherFocusReason);
}

void BoundaryNotice::dismiss()
{
    m_mode = Mode::None;
    m_suggestion.clear();
    hide();
}

QString BoundaryNotice::text() const
{
    return m_title->text() + u'\n' + m_body->text();
}

} // namespace kotva
