#include "ui/shell/VaultOverviewPage.h"

#include "ui/shell/DateText.h"
#include "ui/shell/InlineMessage.h"
#include "ui/shell/ShellWidgets.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

namespace kotva {

namespace {

constexpr qint64 kDay = 24 * 60 * 60;

} // namespace

VaultOverviewPage::VaultOverviewPage(QWidget* parent)
    : QWidget(parent)
    , m_message(new InlineMessage(this))
{
    setObjectName(QStringLiteral("vaultOverview"));

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(32, 28, 32, 28);
    column->setSpacing(18);

    auto* titleIcon = new QLabel(content);
    titleIcon->setPixmap(shell::icon(QStringLiteral("vault")).pixmap(40, 40));
    auto* title = new QLabel(tr("Your vault"), content);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto* titleTexts = new QVBoxLayout;
    titleTexts->setSpacing(2);
    titleTexts->addWidget(title);
    titleTexts->addWidget(shell::note(
        tr("Everything Kotva stores is encrypted on this computer and expires by itself."),
        content));
    auto* header = new QHBoxLayout;
    header->setSpacing(14);
    header->addWidget(titleIcon, 0, Qt::AlignTop);
    header->addLayout(titleTexts, 1);
    column->addLayout(header);

    auto* card = new QFrame(content);
    card->setObjectName(QStringLiteral("overviewCard"));
    card->setFrameShape(QFrame::StyledPanel);
    auto* form = new QFormLayout(card);
    form->setContentsMargins(20, 16, 20, 16);
    form->setHorizontalSpacing(24);
    form->setVerticalSpacing(10);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->setLabelAlignment(Qt::AlignLeft);

    m_path = addRow(form, tr("Location:"));
    m_path->setObjectName(QStringLiteral("vaultPath"));
    m_encryption = addRow(form, tr("Encryption:"));
    m_encryption->setObjectName(QStringLiteral("encryption"));
    m_key = addRow(form, tr("Key:"));
    m_messageRetention = addRow(form, tr("Message text:"));
    m_recordRetention = addRow(form, tr("Everything else:"));
    m_oldest = addRow(form, tr("Oldest record:"));
    m_lastPurge = addRow(form, tr("Last purge:"));
    m_lastPurge->setText(tr("Not yet since Kotva started."));
    m_schema = addRow(form, tr("Schema version:"));
    m_supervision = addRow(form, tr("Supervision:"));
    m_supervision->setObjectName(QStringLiteral("supervisionDates"));
    m_supervision->setText(tr("No group programme yet."));
    column->addWidget(card);
    column->addWidget(m_message);

    auto* openFolder = new QPushButton(tr("&Open folder"), content);
    auto* settings = new QPushButton(shell::icon(QStringLiteral("settings")),
                                     tr("Change &retention or key…"), content);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(settings);
    buttons->addWidget(openFolder);
    buttons->addStretch(1);
    column->addLayout(buttons);
    column->addStretch(1);
    connect(settings, &QPushButton::clicked, this, &VaultOverviewPage::settingsRequested);
    connect(openFolder, &QPushButton::clicked, this, [this] {
        if (!m_folder.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder));
    });

    // Long Czech labels and narrow windows scroll instead of being cut off.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    content->setMaximumWidth(900);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

QLabel* VaultOverviewPage::addRow(QFormLayout* form, const QString& title)
{
    auto* value = new QLabel(form->parentWidget());
    value->setWordWrap(true);
    value->setTextFormat(Qt::PlainText);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* label = new QLabel(title, form->parentWidget());
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setBuddy(value);
    form->addRow(label, value);
    return value;
}

void VaultOverviewPage::setInfo(const VaultInfo& info)
{
    m_message->clear();
    m_path->setText(QDir::toNativeSeparators(info.path));
    m_folder = QFileInfo(info.path).absolutePath();
    m_encryption->setText(
        info.cipherVersion.isEmpty()
            ? tr("Encrypted")
            : tr("Encrypted with SQLCipher %1 (256-bit AES)").arg(info.cipherVersion));
    m_messageRetention->setText(tr("Deleted after %n day(s)", "", info.retention.messageDays));
    m_recordRetention->setText(
        info.retention.recordMonths >= RetentionPolicy::MaxRecordMonths
            ? tr("Deleted after %n month(s), the longest Kotva allows", "",
                 info.retention.recordMonths)
            : tr("Deleted after %n month(s)", "", info.retention.recordMonths));
    m_oldest->setText(info.oldestRecordAgeSeconds ? formatAge(*info.oldestRecordAgeSeconds)
                                                  : tr("The vault holds no records yet."));
    m_schema->setText(QString::number(info.schemaVersion));
}

void VaultOverviewPage::showInfoError(const Error& error)
{
    m_message->showError(tr("The vault's details could not be read: %1").arg(error.message));
}

void VaultOverviewPage::setKeySource(KeySource source)
{
    m_key->setText(source == KeySource::Keychain
                       ? tr("Random 256-bit key, kept in the system keychain")
                       : tr("Derived from your passphrase"));
}

void VaultOverviewPage::setLastPurge(const PurgeReport& report)
{
    const QString when = shell::dateTimeText(report.ranAtUtc);
    m_lastPurge->setText(
        tr("%1: removed %2 and %3")
            .arg(when, tr("%n message text(s)", "", static_cast<int>(report.messagesRemoved)),
                 tr("%n record(s)", "", static_cast<int>(report.recordsRemoved))));
}

void VaultOverviewPage::setSupervisionDates(const QDate& month, const QList<Occurrence>& dates)
{
    const QString monthName =
        QLocale().standaloneMonthName(month.month()) + u' ' + QString::number(month.year());
    if (dates.isEmpty()) {
        m_supervision->setStyleSheet(QStringLiteral("color: #8a4b00;"));
        m_supervision->setText(tr("No supervision is planned in %1. Add a date to the group "
                                  "programme as team or individual supervision (internal: it "
                                  "is never printed or published).")
                                   .arg(monthName));
        return;
    }
    m_supervision->setStyleSheet({});
    QStringList lines;
    for (const Occurrence& date : dates)
        lines << tr("%1 on %2 at %3")
                     .arg(*date.supervision == SupervisionKind::Team ? tr("Team supervision")
                                                                     : tr("Individual supervision"),
                          QLocale().toString(date.date, QStringLiteral("d. M.")),
                          QLocale().toString(date.start, QLocale::ShortFormat));
    m_supervision->setText(lines.join(u'\n'));
}

void VaultOverviewPage::showPurgeError(const Error& error)
{
    m_message->showError(tr("The last purge failed: %1").arg(error.message));
}

QString VaultOverviewPage::formatAge(qint64 seconds)
{
    if (seconds < kDay)
        return tr("Less than a day old");
    const qint64 days = seconds / kDay;
    if (days < 60)
        return tr("%n day(s) old", "", static_cast<int>(days));
    return tr("%n month(s) old", "", static_cast<int>(days / 30));
}

} // namespace kotva
