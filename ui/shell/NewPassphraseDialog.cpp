#include "ui/shell/NewPassphraseDialog.h"

#include "ui/shell/PassphraseFields.h"
#include "ui/shell/ShellWidgets.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kotva {

NewPassphraseDialog::NewPassphraseDialog(const QString& title, const QString& explanation,
                                         QWidget* parent)
    : QDialog(parent)
    , m_fields(new PassphraseFields(this))
{
    setObjectName(QStringLiteral("newPassphraseDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 14);
    layout->setSpacing(12);
    layout->addWidget(shell::paragraph(explanation, this));
    layout->addWidget(shell::note(tr("Nobody can recover a forgotten passphrase, not even the "
                                     "authors of Kotva."),
                                  this));
    layout->addWidget(m_fields);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Set passphrase"));
    m_ok->setDefault(true);
    m_ok->setEnabled(false);
    layout->addWidget(buttons);
    connect(m_fields, &PassphraseFields::acceptableChanged, m_ok, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_fields->isAcceptable())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, [this] {
        m_fields->clear();
        reject();
    });
    setMinimumWidth(480);
    m_fields->passphraseEdit()->setFocus();
}

SecureBuffer NewPassphraseDialog::takePassphrase()
{
    return m_fields->takePassphrase();
}

} // namespace kotva
