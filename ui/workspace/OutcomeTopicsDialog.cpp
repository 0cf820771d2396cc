#include "ui/workspace/OutcomeTopicsDialog.h"

#include "ui/shell/InlineMessage.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kotva {

OutcomeTopicsDialog::OutcomeTopicsDialog(const QStringList& topics, Save save, QWidget* parent)
    : QDialog(parent)
    , m_save(std::move(save))
    , m_edit(new QPlainTextEdit(this))
    , m_message(new InlineMessage(this))
{
    setWindowTitle(tr("Topics for closing a contact"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);

    auto* intro = new QLabel(tr("One topic per line. The list is the organisation's own and is "
                                "shared by everyone using this vault; contacts closed before "
                                "keep their topics."),
                             this);
    intro->setWordWrap(true);
    auto* label = new QLabel(tr("&Topics:"), this);
    label->setBuddy(m_edit);
    m_edit->setPlainText(topics.join(QLatin1Char('\n')));
    m_edit->setTabChangesFocus(true);
    m_edit->setAccessibleName(tr("Topics, one per line"));
    m_edit->setMinimumHeight(fontMetrics().lineSpacing() * 10);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save the list"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OutcomeTopicsDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
}

QStringList OutcomeTopicsDialog::topics() const
{
    QStringList lines;
    for (const QString& line : m_edit->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    return lines;
}

void OutcomeTopicsDialog::save()
{
    const QStringList wanted = topics();
    if (wanted.isEmpty()) {
        m_message->showError(tr("Keep at least one topic."));
        return;
    }
    if (const Status saved = m_save(wanted); !saved) {
        m_message->showError(saved.error().message);
        return;
    }
    accept();
}

} // namespace kotva
