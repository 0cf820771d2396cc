#include "ui/shell/PassphraseFields.h"

#include "ui/shell/PassphraseStrength.h"
#include "ui/shell/ShellWidgets.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QVBoxLayout>

namespace kotva {

namespace {

QLineEdit* secretEdit(QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setEchoMode(QLineEdit::Password);
    // Keep the secret away from input methods' dictionaries and from drag and drop.
    edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText |
                              Qt::ImhNoAutoUppercase);
    edit->setDragEnabled(false);
    edit->setContextMenuPolicy(Qt::NoContextMenu);
    return edit;
}

QColor meterColour(PassphraseStrength::Level level)
{
    switch (level) {
    case PassphraseStrength::Level::Empty:
    case PassphraseStrength::Level::TooShort:
    case PassphraseStrength::Level::Weak:
        return {0xc0, 0x39, 0x2b};
    case PassphraseStrength::Level::Fair:
        return {0xd6, 0x89, 0x10};
    case PassphraseStrength::Level::Strong:
        return {0x1e, 0x84, 0x49};
    }
    return {};
}

} // namespace

PassphraseFields::PassphraseFields(QWidget* parent)
    : QWidget(parent)
    , m_passphrase(secretEdit(this))
    , m_confirmation(secretEdit(this))
    , m_meter(new QProgressBar(this))
    , m_hint(new QLabel(this))
{
    m_passphrase->setObjectName(QStringLiteral("passphrase"));
    m_confirmation->setObjectName(QStringLiteral("confirmation"));
    m_hint->setObjectName(QStringLiteral("passphraseHint"));
    m_hint->setWordWrap(true);

    m_meter->setRange(0, PassphraseStrength::score(PassphraseStrength::Level::Strong));
    m_meter->setTextVisible(false);
    m_meter->setMaximumHeight(6);
    m_meter->setAccessibleName(tr("Passphrase strength"));

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Passphrase:"), m_passphrase);
    form->addRow(tr("&Repeat it:"), m_confirmation);
    auto* hintBox = new QVBoxLayout;
    hintBox->setSpacing(4);
    hintBox->addWidget(m_meter);
    hintBox->addWidget(m_hint);
    form->addRow(QString(), hintBox);

    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseFields::update);
    connect(m_confirmation, &QLineEdit::textChanged, this, &PassphraseFields::update);
    update();
}

bool PassphraseFields::isAcceptable() const
{
    return m_acceptable;
}

SecureBuffer PassphraseFields::takePassphrase()
{
    QString text = m_passphrase->text();
    SecureBuffer secret = SecureBuffer::takeFrom(text);
    clear();
    return secret;
}

void PassphraseFields::clear()
{
    // QLineEdit keeps no undo history for password fields, so clearing drops the text.
    m_passphrase->clear();
    m_confirmation->clear();
}

void PassphraseFields::update()
{
    const QString passphrase = m_passphrase->text();
    const auto level = PassphraseStrength::evaluate(passphrase);
    const bool longEnough = PassphraseStrength::isAcceptable(level);
    const bool confirmationTyped = !m_confirmation->text().isEmpty();
    const bool matches = passphrase == m_confirmation->text();

    m_meter->setValue(PassphraseStrength::score(level));
    QPalette meterPalette = m_meter->palette();
    meterPalette.setColor(QPalette::Highlight, meterColour(level));
    m_meter->setPalette(meterPalette);

    QString hint = PassphraseStrength::describe(level);
    const bool mismatch = longEnough && confirmationTyped && !matches;
    if (mismatch)
        hint = tr("The two passphrases differ. Type the same passphrase twice.");
    else if (longEnough && !confirmationTyped)
        hint += QLatin1Char(' ') + tr("Now type it again below.");
    QPalette hintPalette = palette();
    if (mismatch)
        hintPalette.setColor(QPalette::WindowText, QColor(0x9b, 0x1c, 0x1c));
    m_hint->setPalette(hintPalette);
    if (m_hint->text() != hint) {
        m_hint->setText(hint);
        shell::growToFit(window());
    }

    const bool acceptable = longEnough && matches;
    if (acceptable != m_acceptable) {
        m_acceptable = acceptable;
        Q_EMIT acceptableChanged(acceptable);
    }
}

} // namespace kotva
