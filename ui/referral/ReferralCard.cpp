#include "ui/referral/ReferralCard.h"

#include "ui/referral/ReferralTexts.h"

#include <QDate>
#include <QGridLayout>
#include <QLabel>
#include <QPalette>

namespace kotva {

namespace {

QLabel* textLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    // Plain text only: names and numbers come from a directory an organisation may edit.
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

ReferralCard::ReferralCard(int position, const Referral& referral, ScriptLanguage language,
                           QWidget* parent)
    : QFrame(parent)
    , m_referral(referral)
{
    setObjectName(QStringLiteral("referralCard"));
    setFrameShape(QFrame::StyledPanel);
    const bool emergency = referral.entry && referral.entry->kind == EntryKind::Emergency;

    auto* number = new QLabel(QString::number(position) + QLatin1Char('.'), this);
    number->setAlignment(Qt::AlignRight | Qt::AlignTop);
    number->setMinimumWidth(number->fontMetrics().horizontalAdvance(QStringLiteral("00.")));

    m_title = textLabel(referral.title(language), this);
    m_title->setObjectName(QStringLiteral("referralTitle"));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    m_open = textLabel(referral_ui::openStateLabel(referral.openNow), this);
    m_open->setObjectName(QStringLiteral("openState"));
    m_open->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_open->setVisible(!m_open->text().isEmpty());
    // Closed lines are not hidden (the client may call later) but say so in words.
    if (referral.openNow == OpenState::Closed)
        m_open->setText(QStringLiteral("✕ ") + m_open->text());
    else if (referral.openNow == OpenState::Open)
        m_open->setText(QStringLiteral("✓ ") + m_open->text());

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setHorizontalSpacing(10);
    layout->setVerticalSpacing(2);
    layout->addWidget(number, 0, 0, 1, 1);
    layout->addWidget(m_title, 0, 1);
    layout->addWidget(m_open, 0, 2);
    layout->setColumnStretch(1, 1);

    QString accessible = tr("%1. %2").arg(position).arg(m_title->text());
    if (referral.entry) {
        m_phone = textLabel(referral.phone(), this);
        m_phone->setObjectName(QStringLiteral("referralPhone"));
        QFont large = m_phone->font();
        large.setBold(true);
        large.setPointSizeF(large.pointSizeF() * (emergency ? 1.8 : 1.35));
        m_phone->setFont(large);
        m_phone->setAccessibleName(tr("Phone number %1").arg(referral.phone()));
        layout->addWidget(m_phone, 1, 1, 1, 2);
        addEntryDetails(*referral.entry, language);
        accessible += QStringLiteral(", ") + referral.phone();
    } else {
        auto* own = textLabel(tr("Not a listed service: the client finds their own."), this);
        own->setObjectName(QStringLiteral("professionalNote"));
        layout->addWidget(own, 1, 1, 1, 2);
    }
    if (m_open->isVisible())
        accessible += QStringLiteral(", ") + referral_ui::openStateLabel(referral.openNow);
    setAccessibleName(accessible);
}

void ReferralCard::addEntryDetails(const ReferralEntry& entry, ScriptLanguage language)
{
    auto* layout = static_cast<QGridLayout*>(this->layout());
    int row = 2;
    const auto add = [&](const QString& text, const QString& name) {
        if (text.isEmpty())
            return static_cast<QLabel*>(nullptr);
        QLabel* label = textLabel(text, this);
        label->setObjectName(name);
        layout->addWidget(label, row++, 1, 1, 2);
        return label;
    };
    add(tr("Hours: %1").arg(entry.hours.describe(language)), QStringLiteral("referralHours"));
    if (!entry.audience.in(language).isEmpty())
        add(tr("For: %1").arg(entry.audience.in(language)), QStringLiteral("referralAudience"));
    if (!entry.address.isEmpty())
        add(tr("Address: %1").arg(entry.address), QStringLiteral("referralAddress"));
    if (!entry.free)
        add(tr("The call is charged."), QStringLiteral("referralCharged"));
    // An entry nobody has confirmed for a year may have moved or closed: the worker sees that
    // on the card itself, not only in the notes below.
    const bool stale = entry.isStaleOn(QDate::currentDate());
    m_verified = add(stale ? tr("Last verified: %1 – not confirmed for over 12 months; check "
                                "it still holds before you give it.")
                                 .arg(referral_ui::shortDate(entry.verified))
                           : tr("Last verified: %1").arg(referral_ui::shortDate(entry.verified)),
                     QStringLiteral("referralVerified"));
    if (stale) {
        m_verified->setProperty("stale", true);
        QPalette palette = m_verified->palette();
        palette.setColor(QPalette::WindowText, QColor(0xa0, 0x30, 0x00));
        m_verified->setPalette(palette);
    }
}

} // namespace kotva
