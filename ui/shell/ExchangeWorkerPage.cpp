#include "ui/shell/ExchangeWorkerPage.h"

#include "core/exchange/ExchangeService.h"
#include "core/vaultsession/VaultSession.h"
#include "ui/shell/ExchangeFiles.h"
#include "ui/shell/InlineMessage.h"
#include "ui/shell/Prompter.h"
#include "ui/shell/ShellWidgets.h"

#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace kotva {

namespace {

const QString kMemberSuffix = QStringLiteral(".kotva-member");
const QString kShareSuffix = QStringLiteral(".kotva-share");

} // namespace

ExchangeWorkerPage::ExchangeWorkerPage(VaultSession& session, ExchangeFiles& files,
                                       Prompter& prompter, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_files(files)
    , m_prompter(prompter)
{
    setObjectName(QStringLiteral("exchangeWorkerPage"));
    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("workerMessage"));
    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(buildMemberCard());
    layout->addWidget(buildTeam());
    layout->addWidget(buildShare());
    layout->addStretch(1);
    layout->addWidget(m_message);
    reload();
}

QWidget* ExchangeWorkerPage::buildMemberCard()
{
    auto* box = new QGroupBox(tr("Your member card"), this);
    m_memberLabel = new QLineEdit(box);
    m_memberLabel->setObjectName(QStringLiteral("memberLabel"));
    m_memberLabel->setMaxLength(int(ExchangeCard::MaxNameLength));
    m_memberLabel->setPlaceholderText(tr("e.g. JN"));
    m_saveMemberCard = new QPushButton(tr("Save &my member card…"), box);
    m_saveMemberCard->setObjectName(QStringLiteral("saveMemberCard"));
    m_saveMemberCard->setEnabled(false);
    // No card is made before the worker saves one, so its fingerprint is not known before.
    m_memberFingerprint = shell::richParagraph(QStringLiteral("memberFingerprint"), box);
    m_memberFingerprint->setText(
        tr("Your card's fingerprint is shown here when you save the card."));
    auto* label = new QLabel(tr("Your &initials:"), box);
    label->setBuddy(m_memberLabel);
    auto* labelRow = new QHBoxLayout;
    labelRow->addWidget(label);
    labelRow->addWidget(m_memberLabel, 1);
    labelRow->addWidget(m_saveMemberCard);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(shell::note(
        tr("Give your member card to your team lead: it tells the team's vault that the files "
           "you sign are yours."),
        box));
    layout->addLayout(labelRow);
    layout->addWidget(m_memberFingerprint);

    connect(m_memberLabel, &QLineEdit::textChanged, this, [this](const QString& initials) {
        m_saveMemberCard->setEnabled(!initials.trimmed().isEmpty());
    });
    connect(m_saveMemberCard, &QPushButton::clicked, this, &ExchangeWorkerPage::saveMemberCard);
    m_memberLabel->setText(m_session.access().actor().label); // a team member's initials
    return box;
}

QWidget* ExchangeWorkerPage::buildTeam()
{
    auto* box = new QGroupBox(tr("Your team"), this);
    m_openTeamCard = new QPushButton(tr("Accept the &team card…"), box);
    m_openTeamCard->setObjectName(QStringLiteral("openTeamCard"));
    m_joinedTeam = shell::richParagraph(QStringLiteral("joinedTeam"), box);
    auto* row = new QHBoxLayout;
    row->addWidget(m_openTeamCard);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_joinedTeam);
    layout->addLayout(row);
    connect(m_openTeamCard, &QPushButton::clicked, this, &ExchangeWorkerPage::openTeamCard);
    return box;
}

QWidget* ExchangeWorkerPage::buildShare()
{
    auto* box = new QGroupBox(tr("The file for the team lead"), this);
    m_saveShare = new QPushButton(tr("Save the &file for the team lead…"), box);
    m_saveShare->setObjectName(QStringLiteral("saveShare"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_saveShare);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(shell::note(
        tr("The file holds the notes you shared for team supervision and your monthly figures, "
           "sealed so that only your team's vault opens it. It may travel on a USB stick or "
           "through a shared folder; a newer file replaces what an older one brought."),
        box));
    layout->addLayout(row);
    connect(m_saveShare, &QPushButton::clicked, this, &ExchangeWorkerPage::saveShare);
    return box;
}

void ExchangeWorkerPage::reload()
{
    const Result<std::optional<QString>> own = m_session.exchange().memberCardFingerprint();
    if (own && own->has_value())
        m_memberFingerprint->setText(tr("Fingerprint of your card: %1").arg(shell::bold(**own)));
    const Result<std::optional<ExchangeCard>> team = m_session.exchange().joinedTeam();
    const bool joined = team && team->has_value();
    if (!team)
        m_joinedTeam->setText(team.error().message.toHtmlEscaped());
    else if (!joined)
        m_joinedTeam->setText(
            tr("You have not accepted a team card yet: ask your team lead for it."));
    else
        m_joinedTeam->setText(
            tr("Your files are for the team <b>%1</b>, fingerprint %2.")
                .arg((*team)->name.toHtmlEscaped(), shell::bold((*team)->fingerprint())));
    m_saveShare->setEnabled(joined);
    m_saveShare->setToolTip(
        joined ? QString() : tr("Accept the team card first: the file is sealed for the team."));
}

void ExchangeWorkerPage::saveMemberCard()
{
    const QString label = m_memberLabel->text().trimmed();
    if (label.isEmpty())
        return;
    const QString path = m_files.chooseToSave(this, tr("Save my member card"), label, kMemberSuffix,
                                              tr("Kotva member card (*.kotva-member)"));
    if (path.isEmpty())
        return;
    const Result<QByteArray> file = m_session.exchange().memberCardFile(label);
    if (!file) {
        m_message->showError(file.error().message);
        return;
    }
    if (const Status written = ExchangeFiles::write(path, *file); !written) {
        m_message->showError(written.error().message);
        return;
    }
    if (const Result<ExchangeCard> card = ExchangeCard::fromFile(*file, ExchangeCard::Kind::Member))
        m_memberFingerprint->setText(
            tr("Fingerprint of your card: %1").arg(shell::bold(card->fingerprint())));
    m_message->setMessage(InlineMessage::Kind::Success,
                          tr("Your member card is saved in %1. Give it to your team lead and "
                             "read its fingerprint to each other.")
                              .arg(QDir::toNativeSeparators(path)));
}

void ExchangeWorkerPage::openTeamCard()
{
    const QString path = m_files.chooseToOpen(this, tr("Accept the team card"),
                                              tr("Kotva team card (*.kotva-team)"));
    if (path.isEmpty())
        return;
    m_message->clear();
    const Result<QByteArray> bytes = ExchangeFiles::read(path);
    if (!bytes) {
        m_message->showError(bytes.error().message);
        return;
    }
    const Result<ExchangeCard> card = ExchangeCard::fromFile(*bytes, ExchangeCard::Kind::Team);
    if (!card) {
        m_message->showError(card.error().message);
        return;
    }
    if (!m_prompter.confirm(
            this,
            Decision{tr("Accept the card of the team %1?").arg(card->name),
                     tr("The card's fingerprint is %1. Compare it with your team lead by phone "
                        "or in person: if a single character differs, the card was swapped on "
                        "the way.")
                         .arg(card->fingerprint()),
                     tr("Your files for the team lead will be sealed so that only this team's "
                        "vault opens them. A team card accepted before is replaced."),
                     tr("Accept the card"), false}))
        return;
    if (const Status accepted = m_session.exchange().acceptTeamCard(*card); !accepted) {
        m_message->showError(accepted.error().message);
        return;
    }
    reload();
    m_message->setMessage(
        InlineMessage::Kind::Success,
        tr("The team card is accepted: your files are now sealed for %1.").arg(card->name));
}

void ExchangeWorkerPage::saveShare()
{
    const QDate today = m_session.clock().nowUtc().toLocalTime().date();
    const QString path = m_files.chooseToSave(
        this, tr("Save the file for the team lead"),
        QStringLiteral("kotva-") + today.toString(QStringLiteral("yyyy-MM-dd")), kShareSuffix,
        tr("Kotva file for the team lead (*.kotva-share)"));
    if (path.isEmpty())
        return;
    const Result<QByteArray> file = m_session.shareFileForTeamLead();
    if (!file) {
        m_message->showError(file.error().message);
        return;
    }
    if (const Status written = ExchangeFiles::write(path, *file); !written) {
        m_message->showError(written.error().message);
        return;
    }
    m_message->setMessage(InlineMessage::Kind::Success,
                          tr("The file for the team lead is saved in %1. Only your team's vault "
                             "opens it.")
                              .arg(QDir::toNativeSeparators(path)));
}

} // namespace kotva
