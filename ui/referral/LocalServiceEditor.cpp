#include "ui/referral/LocalServiceEditor.h"

#include "ui/shell/InlineMessage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

namespace kotva {

namespace {

QString dayName(Qt::DayOfWeek day)
{
    switch (day) {
    case Qt::Monday:
        return LocalServiceEditor::tr("Monday");
    case Qt::Tuesday:
        return LocalServiceEditor::tr("Tuesday");
    case Qt::Wednesday:
        return LocalServiceEditor::tr("Wednesday");
    case Qt::Thursday:
        return LocalServiceEditor::tr("Thursday");
    case Qt::Friday:
        return LocalServiceEditor::tr("Friday");
    case Qt::Saturday:
        return LocalServiceEditor::tr("Saturday");
    case Qt::Sunday:
        return LocalServiceEditor::tr("Sunday");
    }
    return {};
}

QString clockText(int minutes)
{
    return QStringLiteral("%1:%2").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

QString dayText(const QList<MinuteRange>& ranges)
{
    QStringList parts;
    for (const MinuteRange& range : ranges)
        parts << clockText(range.from) + QStringLiteral("–") + clockText(range.to);
    return parts.join(QStringLiteral(", "));
}

Error formError(const QString& text)
{
    return Error{ErrorCode::InvalidInput, text, {}};
}

} // namespace

LocalServiceEditor::LocalServiceEditor(const ReferralEntry& entry,
                                       const QMap<QString, QString>& regionNames, Save save,
                                       QWidget* parent)
    : QDialog(parent)
    , m_original(entry)
    , m_save(std::move(save))
{
    setWindowTitle(entry.phone.isEmpty() ? tr("Add a service") : tr("Edit a service"));
    auto* layout = new QVBoxLayout(this);

    const auto line = [this](const QString& name) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        return edit;
    };
    m_nameCs = line(QStringLiteral("nameCs"));
    m_nameEn = line(QStringLiteral("nameEn"));
    m_nameEn->setPlaceholderText(tr("the Czech name is used when empty"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Crisis line (by phone)"), int(EntryKind::CrisisLine));
    m_kind->addItem(tr("Crisis centre (a place to go)"), int(EntryKind::CrisisCentre));
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("region"));
    m_region->addItem(tr("The whole country"), QString());
    for (auto it = regionNames.cbegin(); it != regionNames.cend(); ++it)
        m_region->addItem(it.value(), it.key());
    m_phone = line(QStringLiteral("phone"));
    m_phone->setPlaceholderText(QStringLiteral("491 000 111"));
    m_address = line(QStringLiteral("address"));
    m_address->setPlaceholderText(tr("street, postcode, town (for a crisis centre)"));
    m_audience = line(QStringLiteral("audience"));
    m_operator = line(QStringLiteral("operator"));

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("&Name:"), m_nameCs);
    form->addRow(tr("Name in &English:"), m_nameEn);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&For whom:"), m_audience);
    form->addRow(tr("Run &by:"), m_operator);
    layout->addLayout(form);

    auto* hoursBox = new QGroupBox(tr("When it answers"), this);
    auto* hours = new QGridLayout(hoursBox);
    m_nonstop = new QCheckBox(tr("&Nonstop, every day"), hoursBox);
    m_nonstop->setObjectName(QStringLiteral("nonstop"));
    hours->addWidget(m_nonstop, 0, 0, 1, 2);
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
        auto* edit = new QLineEdit(hoursBox);
        edit->setObjectName(QStringLiteral("hours%1").arg(day));
        edit->setPlaceholderText(day <= Qt::Friday ? QStringLiteral("8:00–16:00") : tr("closed"));
        auto* label = new QLabel(dayName(Qt::DayOfWeek(day)) + u':', hoursBox);
        label->setBuddy(edit);
        hours->addWidget(label, day, 0);
        hours->addWidget(edit, day, 1);
        m_days[std::size_t(day - 1)] = edit;
    }
    m_closedOnHolidays = new QCheckBox(tr("Closed on public &holidays"), hoursBox);
    m_closedOnHolidays->setObjectName(QStringLiteral("closedOnHolidays"));
    hours->addWidget(m_closedOnHolidays, 8, 0, 1, 2);
    layout->addWidget(hoursBox);

    m_free = new QCheckBox(tr("The call is &free"), this);
    m_free->setObjectName(QStringLiteral("free"));
    m_children = new QCheckBox(tr("Also for &children and young people"), this);
    m_seniors = new QCheckBox(tr("Also for &seniors"), this);
    m_violence = new QCheckBox(tr("Helps people facing &violence"), this);
    for (QCheckBox* box : {m_free, m_children, m_seniors, m_violence})
        layout->addWidget(box);

    m_verified = new QDateEdit(this);
    m_verified->setObjectName(QStringLiteral("verified"));
    m_verified->setCalendarPopup(true);
    // The same way of writing dates as every other screen ("5. 12. 2026", "5 Dec 2026").
    m_verified->setDisplayFormat(QLocale().language() == QLocale::Czech
                                     ? QStringLiteral("d. M. yyyy")
                                     : QStringLiteral("d MMM yyyy"));
    m_verified->setMaximumDate(QDate::currentDate());
    m_sourceUrl = line(QStringLiteral("sourceUrl"));
    m_sourceUrl->setPlaceholderText(tr("optional: the service's web page"));
    m_note = line(QStringLiteral("note"));
    auto* checkForm = new QFormLayout;
    checkForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    checkForm->addRow(tr("&Confirmed on:"), m_verified);
    checkForm->addRow(tr("&Web page:"), m_sourceUrl);
    checkForm->addRow(tr("N&ote for workers:"), m_note);
    layout->addLayout(checkForm);

    m_message = new InlineMessage(this);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LocalServiceEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_nonstop, &QCheckBox::toggled, this, &LocalServiceEditor::updateEnabled);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &LocalServiceEditor::updateEnabled);

    fill(entry);
    updateEnabled();
}

void LocalServiceEditor::fill(const ReferralEntry& entry)
{
    m_nameCs->setText(entry.name.cs);
    m_nameEn->setText(entry.name.en == entry.name.cs ? QString() : entry.name.en);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(entry.kind))));
    m_region->setCurrentIndex(qMax(0, m_region->findData(entry.region)));
    m_phone->setText(entry.phone);
    m_address->setText(entry.address);
    m_audience->setText(entry.audience.cs);
    m_operator->setText(entry.operatorName);
    const bool fresh = entry.phone.isEmpty();
    m_nonstop->setChecked(entry.hours.isAlways());
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_days.at(std::size_t(day - 1))->setText(dayText(entry.hours.ranges(Qt::DayOfWeek(day))));
    m_closedOnHolidays->setChecked(fresh ||
                                   entry.hours.holidays() == OpeningHours::Holidays::Closed);
    m_free->setChecked(!fresh && entry.free);
    m_children->setChecked(entry.hasTopic(Topic::Children));
    m_seniors->setChecked(entry.hasTopic(Topic::Seniors));
    m_violence->setChecked(entry.hasTopic(Topic::Violence));
    m_verified->setDate(entry.verified.isValid() ? entry.verified : QDate::currentDate());
    m_sourceUrl->setText(entry.sourceUrl);
    m_note->setText(entry.note);
}

void LocalServiceEditor::updateEnabled()
{
    for (QLineEdit* edit : m_days)
        edit->setEnabled(!m_nonstop->isChecked());
    m_closedOnHolidays->setEnabled(!m_nonstop->isChecked());
    m_address->setEnabled(m_kind->currentData().toInt() == int(EntryKind::CrisisCentre));
}

Result<QList<MinuteRange>> LocalServiceEditor::parseDay(const QString& text)
{
    QList<MinuteRange> ranges;
    static const QRegularExpression range(
        QStringLiteral("^\\s*(\\d{1,2})[:.](\\d{2})\\s*[-–—]\\s*(\\d{1,2})[:.](\\d{2})\\s*$"));
    for (const QString& part : text.split(u',', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch m = range.match(part);
        const int from = m.captured(1).toInt() * 60 + m.captured(2).toInt();
        const int to = m.captured(3).toInt() * 60 + m.captured(4).toInt();
        if (!m.hasMatch() || m.captured(2).toInt() > 59 || m.captured(4).toInt() > 59 ||
            from >= to || to > 24 * 60)
            return std::unexpected(formError(
                tr("\"%1\" is not a time range; write it like 8:00–16:00.").arg(part.trimmed())));
        ranges.append(MinuteRange{from, to});
    }
    return ranges;
}

Result<ReferralEntry> LocalServiceEditor::entry() const
{
    ReferralEntry entry = m_original;
    entry.name.cs = m_nameCs->text().simplified();
    entry.name.en = m_nameEn->text().simplified();
    if (entry.name.en.isEmpty())
        entry.name.en = entry.name.cs;
    entry.kind = EntryKind(m_kind->currentData().toInt());
    entry.region = m_region->currentData().toString();
    entry.phone = m_phone->text().simplified();
    entry.address =
        entry.kind == EntryKind::CrisisCentre ? m_address->text().simplified() : QString();
    entry.audience = {m_audience->text().simplified(), m_audience->text().simplified()};
    entry.operatorName = m_operator->text().simplified();
    entry.free = m_free->isChecked();
    entry.topics = {Topic::General, Topic::Suicide};
    if (m_children->isChecked())
        entry.topics << Topic::Children;
    if (m_seniors->isChecked())
        entry.topics << Topic::Seniors;
    if (m_violence->isChecked())
        entry.topics << Topic::Violence;
    entry.sourceKind = SourceKind::Organisation;
    entry.sourceUrl = m_sourceUrl->text().trimmed();
    entry.verified = m_verified->date();
    entry.note = m_note->text().simplified();

    if (entry.name.cs.isEmpty())
        return std::unexpected(formError(tr("Give the service a name.")));
    if (entry.phone.isEmpty())
        return std::unexpected(formError(tr("Give the number the client should call.")));
    if (entry.kind == EntryKind::CrisisCentre &&
        (entry.address.isEmpty() || entry.region.isEmpty()))
        return std::unexpected(
            formError(tr("A crisis centre needs its address and its region, so the client can "
                         "find it.")));
    if (m_nonstop->isChecked()) {
        entry.hours = OpeningHours::always();
    } else {
        OpeningHours hours;
        bool any = false;
        for (int day = Qt::Monday; day <= Qt::Sunday; ++day) {
            auto ranges = parseDay(m_days.at(std::size_t(day - 1))->text());
            if (!ranges)
                return std::unexpected(Error{ErrorCode::InvalidInput,
                                             dayName(Qt::DayOfWeek(day)) + QStringLiteral(": ") +
                                                 ranges.error().message,
                                             {}});
            for (const MinuteRange& range : *ranges) {
                hours.addRange(Qt::DayOfWeek(day), range);
                any = true;
            }
        }
        if (!any)
            return std::unexpected(
                formError(tr("Say when the service answers: tick Nonstop or give the hours of "
                             "at least one day.")));
        hours.setHolidays(m_closedOnHolidays->isChecked() ? OpeningHours::Holidays::Closed
                                                          : OpeningHours::Holidays::AsWeekday);
        entry.hours = hours;
    }
    return entry;
}

void LocalServiceEditor::accept()
{
    const Result<ReferralEntry> formed = entry();
    if (!formed) {
        m_message->showError(formed.error().message);
        return;
    }
    if (const Status saved = m_save(*formed); !saved) {
        m_message->showError(saved.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace kotva
