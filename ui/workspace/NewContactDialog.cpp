#include "ui/workspace/NewContactDialog.h"

#include "ui/shell/ShellWidgets.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kotva {

NewContactDialog::NewContactDialog(const SessionService& service, QWidget* parent)
    : QDialog(parent)
    , m_service(service)
    , m_channel(new QComboBox(this))
    , m_pseudonym(new QLineEdit(this))
    , m_warning(new QLabel(this))
    , m_contract(new QButtonGroup(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    // Wide enough for the explanations to wrap into a few lines, in the user's font.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    setWindowTitle(tr("New contact"));

    for (Channel channel : allChannels())
        m_channel->addItem(channelLabel(channel), static_cast<int>(channel));
    m_channel->setAccessibleName(tr("Channel"));

    m_pseudonym->setAccessibleName(tr("Pseudonym or first name"));
    m_pseudonym->setPlaceholderText(tr("e.g. Jana, Modrá, K."));
    m_pseudonym->setMaxLength(60);
    m_warning->setWordWrap(true);
    m_warning->setTextFormat(Qt::PlainText);
    m_warning->setStyleSheet(QStringLiteral("color: #7a1616;"));
    m_warning->hide();

    // Tykání or vykání: the crisis script and the answers follow it; until the worker
    // chooses, the client's own words suggest it.
    m_addressForm = new QComboBox(this);
    m_addressForm->setObjectName(QStringLiteral("addressForm"));
    m_addressForm->setAccessibleName(tr("How the client is addressed"));
    m_addressForm->addItem(tr("As the client writes (suggested)"), -1);
    m_addressForm->addItem(tr("vykání (vy)"), int(Register::Formal));
    m_addressForm->addItem(tr("tykání (ty)"), int(Register::Informal));

    auto* form = new QFormLayout;
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("&Pseudonym or first name:"), m_pseudonym);
    form->addRow(QString(), m_warning);
    auto* privacy = new QLabel(tr("Never a surname: Kotva keeps no data that identify the "
                                  "client."),
                               this);
    privacy->setWordWrap(true);
    form->addRow(QString(), privacy);
    form->addRow(tr("&Addressing:"), m_addressForm);

    auto* contractBox = new QGroupBox(tr("What the client wants today"), this);
    auto* contractLayout = new QVBoxLayout(contractBox);
    for (ContractWish wish : allContractWishes()) {
        auto* button = new QRadioButton(contractWishLabel(wish), contractBox);
        button->setAccessibleDescription(explanation(wish));
        m_contract->addButton(button, static_cast<int>(wish));
        auto* note = new QLabel(explanation(wish), contractBox);
        note->setWordWrap(true);
        note->setIndent(24);
        QFont small = note->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        note->setFont(small);
        contractLayout->addWidget(button);
        contractLayout->addWidget(note);
        if (wish == ContractWish::NotSaidYet)
            button->setChecked(true);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(contractBox);
    layout->addWidget(m_buttons);

    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start contact"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (canAccept())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pseudonym, &QLineEdit::textChanged, this, &NewContactDialog::checkPseudonym);
    checkPseudonym();
    m_pseudonym->setFocus(Qt::OtherFocusReason);
}

QString NewContactDialog::explanation(ContractWish wish)
{
    switch (wish) {
    case ContractWish::JustBeHeard:
        return tr("The client wants to talk and be listened to, without advice.");
    case ContractWish::SimilarExperience:
        return tr("The client wants to hear how someone with a similar experience got through "
                  "it.");
    case ContractWish::FindSolution:
        return tr("The client wants help looking for their own way forward.");
    case ContractWish::HereAndNow:
        return tr("The client wants to share what is happening to them right now.");
    case ContractWish::GroupRelations:
        return tr("The client wants to sort out how people in the group get on.");
    case ContractWish::NotSaidYet:
        return tr("The client has not said yet; ask again later in the contact.");
    }
    return {};
}

void NewContactDialog::checkPseudonym()
{
    const QString text = m_pseudonym->text();
    const PseudonymCheck check = m_service.checkPseudonym(text);
    QString warning;
    if (!text.trimmed().isEmpty() && check.looksLikeFullName) {
        warning = check.storedAs.isEmpty()
                      ? tr("This looks like a full name or other personal data, and nothing "
                           "would be left to store. Use a first name or a pseudonym.")
                      : tr("This looks like a full name. Kotva would store only: \u201c%1\u201d")
                            .arg(check.storedAs);
    }
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
    m_pseudonym->setAccessibleDescription(warning);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(canAccept());
    shell::growToFit(this);
}

QString NewContactDialog::warningText() const
{
    return m_warning->text();
}

bool NewContactDialog::canAccept() const
{
    return !m_service.checkPseudonym(m_pseudonym->text()).storedAs.trimmed().isEmpty();
}

std::optional<Register> NewContactDialog::addressForm() const
{
    const int chosen = m_addressForm->currentData().toInt();
    if (chosen < 0)
        return std::nullopt;
    return Register(chosen);
}

NewContact NewContactDialog::newContact() const
{
    NewContact contact;
    contact.channel = static_cast<Channel>(m_channel->currentData().toInt());
    contact.pseudonym = m_pseudonym->text().trimmed();
    contact.wish = static_cast<ContractWish>(m_contract->checkedId());
    return contact;
}

void NewContactDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    shell::growToFit(this); // wrapped text (longer in Czech) is never clipped
}

} // namespace kotva
