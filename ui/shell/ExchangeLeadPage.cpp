#include "ui/shell/ExchangeLeadPage.h"

#include "core/exchange/ExchangeService.h"
#include "core/team/TeamService.h"
#include "ui/shell/DateText.h"
#include "ui/shell/ExchangeFiles.h"
#include "ui/shell/InlineMessage.h"
#include "ui/shell/ShellWidgets.h"

#include <QComboBox>
#include <QDir>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kotva {

namespace {

const QString kTeamSuffix = QStringLiteral(".kotva-team");

enum CardColumn { MemberColumn, FingerprintColumn, ImportColumn, CardColumnCount };

} // namespace

ExchangeLeadPage::ExchangeLeadPage(ExchangeService& exchange, TeamService& team,
                                   ExchangeFiles& files, QWidget* parent)
    : QWidget(parent)
    , m_exchange(exchange)
    , m_team(team)
    , m_files(files)
{
    setObjectName(QStringLiteral("exchangeLeadPage"));
    m_importShare = new QPushButton(tr("&Import a worker's file…"), this);
    m_importShare->setObjectName(QStringLiteral("importShare"));
    auto* importRow = new QHBoxLayout;
    importRow->addWidget(m_importShare);
    importRow->addWidget(
        shell::note(tr("Their notes join the team supervision agenda, their figures the team's."),
                    this),
        1);
    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("leadMessage"));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addWidget(buildTeamCard());
    layout->addWidget(buildMemberCards(), 1);
    layout->addLayout(importRow);
    layout->addWidget(m_message);

    connect(m_importShare, &QPushButton::clicked, this, &ExchangeLeadPage::importShare);
    reload();
}

QWidget* ExchangeLeadPage::buildTeamCard()
{
    auto* box = new QGroupBox(tr("The team card"), this);
    m_teamName = new QLineEdit(box);
    m_teamName->setObjectName(QStringLiteral("teamName"));
    m_teamName->setMaxLength(int(ExchangeCard::MaxNameLength));
    m_teamName->setPlaceholderText(tr("e.g. Peer team Brno"));
    m_saveTeamCard = new QPushButton(tr("&Save the team card…"), box);
    m_saveTeamCard->setObjectName(QStringLiteral("saveTeamCard"));
    m_saveTeamCard->setEnabled(false);
    m_teamFingerprint = shell::richParagraph(QStringLiteral("teamFingerprint"), box);
    auto* nameLabel = new QLabel(tr("Team &name:"), box);
    nameLabel->setBuddy(m_teamName);
    auto* nameRow = new QHBoxLayout;
    nameRow->addWidget(nameLabel);
    nameRow->addWidget(m_teamName, 1);
    nameRow->addWidget(m_saveTeamCard);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(shell::note(
        tr("Give the team card to each worker who keeps Kotva on their own PC: files they make "
           "are sealed with it so that only this vault opens them."),
        box));
    layout->addLayout(nameRow);
    layout->addWidget(m_teamFingerprint);

    connect(m_teamName, &QLineEdit::textChanged, this,
            [this](const QString& name) { m_saveTeamCard->setEnabled(!name.trimmed().isEmpty()); });
    connect(m_saveTeamCard, &QPushButton::clicked, this, &ExchangeLeadPage::saveTeamCard);
    return box;
}

QWidget* ExchangeLeadPage::buildMemberCards()
{
    auto* box = new QGroupBox(tr("Member cards"), this);
    m_openMemberCard = new QPushButton(tr("&Accept a member card…"), box);
    m_openMemberCard->setObjectName(QStringLiteral("openMemberCard"));

    // The card opened, until the team lead accepts it for a member or not.
    m_pending = new QFrame(box);
    m_pending->setObjectName(QStringLiteral("pendingMemberCard"));
    m_pending->setFrameShape(QFrame::StyledPanel);
    m_pendingText = shell::richParagraph(QStringLiteral("pendingCardText"), m_pending);
    m_memberCombo = new QComboBox(m_pending);
    m_memberCombo->setObjectName(QStringLiteral("cardMember"));
    m_acceptMemberCard = new QPushButton(tr("A&ccept the card"), m_pending);
    m_acceptMemberCard->setObjectName(QStringLiteral("acceptMemberCard"));
    auto* discard = new QPushButton(tr("&Do not accept"), m_pending);
    discard->setObjectName(QStringLiteral("discardMemberCard"));
    auto* memberLabel = new QLabel(tr("The card belongs to &member:"), m_pending);
    memberLabel->setBuddy(m_memberCombo);
    auto* memberRow = new QHBoxLayout;
    memberRow->addWidget(memberLabel);
    memberRow->addWidget(m_memberCombo, 1);
    memberRow->addWidget(m_acceptMemberCard);
    memberRow->addWidget(discard);
    auto* pendingLayout = new QVBoxLayout(m_pending);
    pendingLayout->addWidget(m_pendingText);
    pendingLayout->addWidget(shell::note(
        tr("Compare the fingerprint with the worker by phone or in person: each of them reads "
           "it from their own screen. If a single character differs, the card was swapped on "
           "the way: do not accept it."),
        m_pending));
    pendingLayout->addLayout(memberRow);
    m_pending->hide();

    m_cards = new QTableWidget(0, CardColumnCount, box);
    m_cards->setObjectName(QStringLiteral("memberCards"));
    m_cards->setHorizontalHeaderLabels({tr("Member"), tr("Fingerprint"), tr("Last file")});
    m_cards->verticalHeader()->hide();
    m_cards->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_cards->setSelectionMode(QAbstractItemView::SingleSelection);
    m_cards->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView* header = m_cards->horizontalHeader();
    header->setSectionResizeMode(MemberColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FingerprintColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ImportColumn, QHeaderView::ResizeToContents);
    // As high as its rows: a team has few workers on other PCs, and a low screen keeps room
    // for a card being accepted above the list.
    m_cards->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_cards->setMinimumHeight(90);

    auto* openRow = new QHBoxLayout;
    openRow->addWidget(m_openMemberCard);
    openRow->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(shell::note(
        tr("A worker's member card ties the files they sign to their place in this team."), box));
    layout->addLayout(openRow);
    layout->addWidget(m_pending);
    layout->addWidget(m_cards, 1);

    connect(m_openMemberCard, &QPushButton::clicked, this, &ExchangeLeadPage::openMemberCard);
    connect(m_acceptMemberCard, &QPushButton::clicked, this, &ExchangeLeadPage::acceptMemberCard);
    connect(discard, &QPushButton::clicked, this, &ExchangeLeadPage::discardMemberCard);
    return box;
}

void ExchangeLeadPage::reload()
{
    const Result<std::optional<ExchangeCard>> card = m_exchange.teamCard();
    if (!card) {
        m_teamFingerprint->setText(card.error().message.toHtmlEscaped());
    } else if (!card->has_value()) {
        m_teamFingerprint->setText(tr("No team card has been saved yet."));
    } else {
        // The name of the card made before, so the next card is the same team's.
        if (m_teamName->text().trimmed().isEmpty())
            m_teamName->setText((*card)->name);
        m_teamFingerprint->setText(
            tr("Fingerprint of the team card: %1").arg(shell::bold((*card)->fingerprint())));
    }

    m_cards->setRowCount(0);
    const Result<QList<AcceptedMemberCard>> cards = m_exchange.memberCards();
    if (!cards) {
        m_message->showError(cards.error().message);
        return;
    }
    m_cards->setRowCount(int(cards->size()));
    for (int row = 0; row < cards->size(); ++row) {
        const AcceptedMemberCard& accepted = cards->at(row);
        m_cards->setItem(row, MemberColumn, new QTableWidgetItem(accepted.label));
        m_cards->setItem(row, FingerprintColumn, new QTableWidgetItem(accepted.fingerprint));
        m_cards->setItem(row, ImportColumn,
                         new QTableWidgetItem(accepted.lastImportUtc
                                                  ? shell::dateTimeText(*accepted.lastImportUtc)
                                                  : tr("no file yet")));
    }
}

void ExchangeLeadPage::saveTeamCard()
{
    const QString name = m_teamName->text().trimmed();
    if (name.isEmpty())
        return;
    const QString path = m_files.chooseToSave(this, tr("Save the team card"), name, kTeamSuffix,
                                              tr("Kotva team card (*.kotva-team)"));
    if (path.isEmpty())
        return;
    const Result<QByteArray> file = m_exchange.teamCardFile(name);
    if (!file) {
        m_message->showError(file.error().message);
        return;
    }
    if (const Status written = ExchangeFiles::write(path, *file); !written) {
        m_message->showError(written.error().message);
        return;
    }
    reload();
    m_message->setMessage(InlineMessage::Kind::Success,
                          tr("The team card is saved in %1. Give it to the worker and read its "
                             "fingerprint to each other.")
                              .arg(QDir::toNativeSeparators(path)));
}

void ExchangeLeadPage::openMemberCard()
{
    const QString path = m_files.chooseToOpen(this, tr("Accept a member card"),
                                              tr("Kotva member card (*.kotva-member)"));
    if (path.isEmpty())
        return;
    m_message->clear();
    const Result<QByteArray> bytes = ExchangeFiles::read(path);
    if (!bytes) {
        m_message->showError(bytes.error().message);
        return;
    }
    Result<ExchangeCard> card = ExchangeCard::fromFile(*bytes, ExchangeCard::Kind::Member);
    if (!card) {
        m_message->showError(card.error().message);
        return;
    }
    const Result<QList<TeamMemberStatus>> members = m_team.members();
    if (!members) {
        m_message->showError(members.error().message);
        return;
    }
    m_memberCombo->clear();
    for (const TeamMemberStatus& status : *members)
        m_memberCombo->addItem(status.member.label, status.member.memberId);
    // The initials on the card are only a hint: the team lead chooses the member.
    const int guess = m_memberCombo->findText(card->name, Qt::MatchFixedString);
    m_memberCombo->setCurrentIndex(guess < 0 ? 0 : guess);
    m_pendingCard = std::move(*card);
    m_pendingText->setText(
        tr("The member card of <b>%1</b>, fingerprint %2.")
            .arg(m_pendingCard->name.toHtmlEscaped(), shell::bold(m_pendingCard->fingerprint())));
    m_pending->show();
    m_memberCombo->setFocus();
    shell::growToFit(window());
}

void ExchangeLeadPage::acceptMemberCard()
{
    if (!m_pendingCard || m_memberCombo->currentIndex() < 0)
        return;
    const QString member = m_memberCombo->currentText();
    const Status accepted =
        m_exchange.acceptMemberCard(m_memberCombo->currentData().toString(), *m_pendingCard);
    if (!accepted) {
        m_message->showError(accepted.error().message);
        return;
    }
    discardMemberCard();
    reload();
    m_message->setMessage(InlineMessage::Kind::Success,
                          tr("The card is accepted: files signed with it are imported as the "
                             "work of %1.")
                              .arg(member));
}

void ExchangeLeadPage::discardMemberCard()
{
    m_pendingCard.reset();
    m_pending->hide();
    m_memberCombo->clear();
}

void ExchangeLeadPage::importShare()
{
    const QString path = m_files.chooseToOpen(this, tr("Import a worker's file"),
                                              tr("Kotva file for the team lead (*.kotva-share)"));
    if (path.isEmpty())
        return;
    m_message->clear();
    const Result<QByteArray> bytes = ExchangeFiles::read(path);
    if (!bytes) {
        m_message->showError(bytes.error().message);
        return;
    }
    const Result<ShareImport> imported = m_exchange.importShare(*bytes);
    if (!imported) {
        // The core's message says why, and that nothing changed.
        m_message->showError(imported.error().message);
        return;
    }
    reload();
    m_message->setMessage(imported->alreadyImported ? InlineMessage::Kind::Information
                                                    : InlineMessage::Kind::Success,
                          importSummary(*imported));
}

QString ExchangeLeadPage::importSummary(const ShareImport& imported) const
{
    const QString made = shell::dateTimeText(imported.madeAtUtc);
    if (imported.alreadyImported)
        return tr("The file from %1 made on %2 was imported before: nothing changed.")
            .arg(imported.memberLabel, made);
    QStringList parts;
    if (imported.notesAdded > 0)
        parts << tr("%n new note(s)", "", imported.notesAdded);
    if (imported.notesUpdated > 0)
        parts << tr("%n updated note(s)", "", imported.notesUpdated);
    if (imported.notesRemoved > 0)
        parts << tr("%n note(s) removed from the agenda", "", imported.notesRemoved);
    if (parts.isEmpty())
        parts << tr("the notes as they were");
    if (imported.figureMonths > 0)
        parts << tr("the figures of %n month(s)", "", imported.figureMonths);
    return tr("Imported the file from %1 made on %2: %3.")
        .arg(imported.memberLabel, made, parts.join(QStringLiteral(", ")));
}

} // namespace kotva
