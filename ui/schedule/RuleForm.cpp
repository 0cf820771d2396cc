#include "ui/schedule/RuleForm.h"

#include "ui/schedule/VenueEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

#include <algorithm>
#include <tuple>

namespace kotva {

namespace {

QDateEdit* makeDateEdit(const QDate& date, QWidget* parent)
{
    auto* edit = new QDateEdit(date, parent);
    // Four-digit years and a fixed width per section, so typing a date works everywhere.
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setMaximumDate(QDate(2099, 12, 31));
    edit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    return edit;
}

/// The 1st to 5th or last weekday; the ordinal is written the Czech way in both languages.
QString nthText(int nth)
{
    if (nth == -1)
        return RuleForm::tr("last");
    return RuleForm::tr("%1.").arg(nth);
}

} // namespace

RuleForm::RuleForm(const QDate& today, QWidget* parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_kind(new QComboBox(this))
    , m_weekday(new QComboBox(this))
    , m_parity(new QComboBox(this))
    , m_parityHint(new QLabel(this))
    , m_nth(new QComboBox(this))
    , m_date(makeDateEdit(today, this))
    , m_fromRow(new QWidget(this))
    , m_fromCheck(new QCheckBox(m_fromRow))
    , m_from(makeDateEdit(today, m_fromRow))
    , m_untilRow(new QWidget(this))
    , m_untilCheck(new QCheckBox(m_untilRow))
    , m_until(makeDateEdit(today, m_untilRow))
    , m_venue(new VenueEdit(VenueEdit::Override::Offered, this))
    , m_weeks(new QWidget(this))
{
    m_kind->addItem(tr("Every week"), static_cast<int>(RecurrenceRule::Kind::Weekly));
    m_kind->addItem(tr("Once a month"), static_cast<int>(RecurrenceRule::Kind::MonthlyNthWeekday));
    m_kind->addItem(tr("One date (trip, workshop)"), static_cast<int>(RecurrenceRule::Kind::Once));
    const QLocale locale;
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_weekday->addItem(locale.dayName(day, QLocale::LongFormat), day);
    m_parity->addItem(tr("all weeks"), static_cast<int>(WeekParity::Any));
    m_parity->addItem(tr("even weeks"), static_cast<int>(WeekParity::Even));
    m_parity->addItem(tr("odd weeks"), static_cast<int>(WeekParity::Odd));
    const IsoWeek week = IsoWeek::of(today);
    m_parityHint->setText(week.isEven() ? tr("this is week %1, even").arg(week.week)
                                        : tr("this is week %1, odd").arg(week.week));
    m_parityHint->setWordWrap(true);
    for (int nth : {1, 2, 3, 4, 5, -1})
        m_nth->addItem(nthText(nth), nth);

    auto* weeksRow = new QHBoxLayout(m_weeks);
    weeksRow->setContentsMargins(0, 0, 0, 0);
    weeksRow->addWidget(m_parity);
    weeksRow->addWidget(m_parityHint, 1);
    // An open end is the usual case: a box to tick, then the date.
    m_fromCheck->setAccessibleName(tr("Only from a date"));
    m_untilCheck->setAccessibleName(tr("Only until a date"));
    for (auto [row, check, edit] : {std::tuple{m_fromRow, m_fromCheck, m_from},
                                    std::tuple{m_untilRow, m_untilCheck, m_until}}) {
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(check);
        layout->addWidget(edit);
        layout->addStretch(1);
    }

    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("&Repeats:"), m_kind);
    m_form->addRow(tr("&Which:"), m_nth);
    m_form->addRow(tr("&Day:"), m_weekday);
    m_form->addRow(tr("&Weeks:"), m_weeks);
    m_form->addRow(tr("Da&te:"), m_date);
    m_form->addRow(tr("Valid &from:"), m_fromRow);
    m_form->addRow(tr("Valid &until:"), m_untilRow);
    m_form->addRow(tr("Ve&nue:"), m_venue);
    static_cast<QLabel*>(m_form->labelForField(m_weeks))->setBuddy(m_parity);
    static_cast<QLabel*>(m_form->labelForField(m_fromRow))->setBuddy(m_fromCheck);
    static_cast<QLabel*>(m_form->labelForField(m_untilRow))->setBuddy(m_untilCheck);
    static_cast<QLabel*>(m_form->labelForField(m_venue))->setBuddy(m_venue->kindBox());

    for (QComboBox* box : {m_kind, m_weekday, m_parity, m_nth})
        connect(box, &QComboBox::currentIndexChanged, this, &RuleForm::changed);
    for (QDateEdit* edit : {m_date, m_from, m_until})
        connect(edit, &QDateEdit::dateChanged, this, &RuleForm::changed);
    for (QCheckBox* check : {m_fromCheck, m_untilCheck})
        connect(check, &QCheckBox::toggled, this, &RuleForm::changed);
    connect(m_venue, &VenueEdit::edited, this, &RuleForm::changed);
    setRule(RecurrenceRule::weekly(Qt::Monday));
}

void RuleForm::setRule(const RecurrenceRule& rule)
{
    m_loading = true;
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(rule.kind)));
    m_weekday->setCurrentIndex(m_weekday->findData(static_cast<int>(rule.weekday)));
    m_parity->setCurrentIndex(m_parity->findData(static_cast<int>(rule.parity)));
    m_nth->setCurrentIndex(std::max(0, m_nth->findData(rule.nth)));
    if (rule.date.isValid())
        m_date->setDate(rule.date);
    m_fromCheck->setChecked(rule.validFrom.isValid());
    if (rule.validFrom.isValid())
        m_from->setDate(rule.validFrom);
    m_untilCheck->setChecked(rule.validUntil.isValid());
    if (rule.validUntil.isValid())
        m_until->setDate(rule.validUntil);
    m_venue->setVenue(rule.venue);
    m_loading = false;
    updateRows();
}

RecurrenceRule RuleForm::rule() const
{
    RecurrenceRule rule;
    rule.kind = static_cast<RecurrenceRule::Kind>(m_kind->currentData().toInt());
    rule.venue = m_venue->venue();
    if (rule.kind == RecurrenceRule::Kind::Once) {
        rule.date = m_date->date();
        return rule;
    }
    rule.weekday = static_cast<Qt::DayOfWeek>(m_weekday->currentData().toInt());
    if (rule.kind == RecurrenceRule::Kind::Weekly)
        rule.parity = static_cast<WeekParity>(m_parity->currentData().toInt());
    else
        rule.nth = m_nth->currentData().toInt();
    if (m_fromCheck->isChecked())
        rule.validFrom = m_from->date();
    if (m_untilCheck->isChecked())
        rule.validUntil = m_until->date();
    return rule;
}

void RuleForm::changed()
{
    updateRows();
    if (!m_loading)
        Q_EMIT edited();
}

void RuleForm::updateRows()
{
    const auto kind = static_cast<RecurrenceRule::Kind>(m_kind->currentData().toInt());
    const bool once = kind == RecurrenceRule::Kind::Once;
    m_form->setRowVisible(m_nth, kind == RecurrenceRule::Kind::MonthlyNthWeekday);
    m_form->setRowVisible(m_weekday, !once);
    m_form->setRowVisible(m_weeks, kind == RecurrenceRule::Kind::Weekly);
    m_form->setRowVisible(m_date, once);
    m_form->setRowVisible(m_fromRow, !once);
    m_form->setRowVisible(m_untilRow, !once);
    m_from->setEnabled(m_fromCheck->isChecked());
    m_until->setEnabled(m_untilCheck->isChecked());
}

} // namespace kotva
