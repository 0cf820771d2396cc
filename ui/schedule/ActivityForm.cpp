#include "ui/schedule/ActivityForm.h"

#include "ui/schedule/NameListEditor.h"
#include "ui/schedule/RuleListEditor.h"
#include "ui/schedule/VenueEdit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace kotva {

namespace {

QTimeEdit* makeTimeEdit(QWidget* parent)
{
    auto* edit = new QTimeEdit(parent);
    edit->setDisplayFormat(QStringLiteral("HH:mm"));
    return edit;
}

QWidget* row(QWidget* parent, std::initializer_list<QWidget*> widgets)
{
    auto* holder = new QWidget(parent);
    auto* layout = new QHBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* widget : widgets)
        layout->addWidget(widget);
    layout->addStretch(1);
    return holder;
}

} // namespace

ActivityForm::ActivityForm(const QDate& today, QWidget* parent)
    : QWidget(parent)
    , m_title(new QLineEdit(this))
    , m_idLabel(new QLabel(this))
    , m_description(new QPlainTextEdit(this))
    , m_start(makeTimeEdit(this))
    , m_end(makeTimeEdit(this))
    , m_breakMinutes(new QSpinBox(this))
    , m_breakStartCheck(new QCheckBox(tr("starts at"), this))
    , m_breakStart(makeTimeEdit(this))
    , m_venue(new VenueEdit(VenueEdit::Override::NotOffered, this))
    , m_capacity(new QSpinBox(this))
    , m_audience(new QComboBox(this))
    , m_leads(new NameListEditor(this))
    , m_rules(new RuleListEditor(today, this))
{
    m_title->setPlaceholderText(tr("e.g. Support group"));
    m_idLabel->setWordWrap(true);
    m_description->setPlaceholderText(tr("one or two sentences for the printed programme"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().height() * 3 + 14);
    m_breakMinutes->setRange(0, 240);
    m_breakMinutes->setSingleStep(5);
    m_breakMinutes->setSuffix(tr(" min"));
    m_breakMinutes->setSpecialValueText(tr("no break"));
    // Supervision dates are the team's: shown in Kotva, never printed, posted or published.
    m_audience->setObjectName(QStringLiteral("activityAudience"));
    m_audience->addItem(tr("the public programme"), -1);
    m_audience->addItem(tr("team supervision (internal)"), int(SupervisionKind::Team));
    m_audience->addItem(tr("individual supervision (internal)"), int(SupervisionKind::Individual));
    m_audience->setToolTip(tr("Internal dates are shown to the team in Kotva and never appear "
                              "in the printed, posted or published programme."));
    m_capacity->setRange(0, 999);
    m_capacity->setSpecialValueText(tr("not limited"));
    m_start->setAccessibleName(tr("Start"));
    m_end->setAccessibleName(tr("End"));
    m_breakStart->setAccessibleName(tr("Break starts at"));

    auto* dash = new QLabel(QStringLiteral("\u2013"), this);
    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(QString(), m_idLabel);
    form->addRow(tr("&For:"), m_audience);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("T&ime:"), row(this, {m_start, dash, m_end}));
    form->addRow(tr("&Break:"), row(this, {m_breakMinutes, m_breakStartCheck, m_breakStart}));
    form->addRow(tr("&Venue:"), m_venue);
    form->addRow(tr("&Capacity (places):"), row(this, {m_capacity}));
    form->addRow(tr("&Leads:"), m_leads);
    static_cast<QLabel*>(form->labelForField(m_venue))->setBuddy(m_venue->kindBox());
    static_cast<QLabel*>(form->labelForField(m_leads))->setBuddy(m_leads->nameEdit());
    for (QWidget* field : {static_cast<QWidget*>(m_start), static_cast<QWidget*>(m_breakMinutes),
                           static_cast<QWidget*>(m_capacity)})
        static_cast<QLabel*>(form->labelForField(field->parentWidget()))->setBuddy(field);

    auto* dates = new QGroupBox(tr("When it takes place"), this);
    auto* datesLayout = new QVBoxLayout(dates);
    datesLayout->addWidget(m_rules);
    datesLayout->addStretch(1);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* basics = new QVBoxLayout;
    basics->addLayout(form);
    basics->addStretch(1); // rows stay together at the top however tall the page is
    layout->addLayout(basics, 1);
    layout->addWidget(dates, 1);

    connect(m_title, &QLineEdit::textEdited, this, &ActivityForm::changed);
    connect(m_description, &QPlainTextEdit::textChanged, this, &ActivityForm::changed);
    for (QTimeEdit* edit : {m_start, m_end, m_breakStart})
        connect(edit, &QTimeEdit::timeChanged, this, &ActivityForm::changed);
    for (QSpinBox* box : {m_breakMinutes, m_capacity})
        connect(box, &QSpinBox::valueChanged, this, &ActivityForm::changed);
    connect(m_breakStartCheck, &QCheckBox::toggled, this, &ActivityForm::changed);
    connect(m_audience, &QComboBox::currentIndexChanged, this, &ActivityForm::changed);
    connect(m_venue, &VenueEdit::edited, this, &ActivityForm::changed);
    connect(m_leads, &NameListEditor::edited, this, &ActivityForm::changed);
    connect(m_rules, &RuleListEditor::edited, this, &ActivityForm::changed);
    updateEnabled();
}

void ActivityForm::setActivity(const Activity& activity)
{
    m_loading = true;
    m_title->setText(activity.title);
    setId(activity.id);
    m_description->setPlainText(activity.description);
    m_start->setTime(activity.start.isValid() ? activity.start : QTime(18, 0));
    m_end->setTime(activity.end.isValid() ? activity.end : QTime(20, 0));
    m_breakMinutes->setValue(activity.breakMinutes);
    m_breakStartCheck->setChecked(activity.breakStart.isValid());
    m_breakStart->setTime(activity.breakStart.isValid() ? activity.breakStart
                                                        : m_start->time().addSecs(3600));
    m_venue->setVenue(activity.venue);
    m_capacity->setValue(activity.capacity.value_or(0));
    m_audience->setCurrentIndex(
        m_audience->findData(activity.supervision ? int(*activity.supervision) : -1));
    m_leads->setNames(activity.leads);
    m_rules->setRules(activity.rules);
    m_loading = false;
    updateEnabled();
}

void ActivityForm::setId(const QString& id)
{
    m_id = id;
    m_idLabel->setText(id.isEmpty() ? tr("The identifier is made from the title.")
                                    : tr("Identifier: %1 (stays when the title changes; "
                                         "calendar entries use it)")
                                          .arg(id));
}

Activity ActivityForm::activity() const
{
    Activity activity;
    activity.id = m_id;
    activity.title = m_title->text().simplified();
    activity.description = m_description->toPlainText().trimmed();
    activity.start = m_start->time();
    activity.end = m_end->time();
    activity.breakMinutes = m_breakMinutes->value();
    if (activity.breakMinutes > 0 && m_breakStartCheck->isChecked())
        activity.breakStart = m_breakStart->time();
    activity.venue = m_venue->venue().value_or(Venue::organisation());
    activity.leads = m_leads->names();
    if (m_capacity->value() > 0)
        activity.capacity = m_capacity->value();
    activity.rules = m_rules->rules();
    if (const int audience = m_audience->currentData().toInt(); audience >= 0)
        activity.supervision = SupervisionKind(audience);
    return activity;
}

void ActivityForm::changed()
{
    updateEnabled();
    if (!m_loading)
        Q_EMIT edited();
}

void ActivityForm::updateEnabled()
{
    m_breakStartCheck->setEnabled(m_breakMinutes->value() > 0);
    m_breakStart->setEnabled(m_breakMinutes->value() > 0 && m_breakStartCheck->isChecked());
}

} // namespace kotva
