#include "ui/schedule/RuleListEditor.h"

#include "ui/schedule/RuleForm.h"

#include <QGridLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace kotva {

namespace {

QString shortDate(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("d. M. yyyy"));
}

QString venueText(const Venue& venue)
{
    switch (venue.kind) {
    case Venue::Kind::OrganisationAddress:
        return RuleListEditor::tr("at the organisation");
    case Venue::Kind::Place:
        return venue.place;
    case Venue::Kind::AnnouncedThatWeek:
        return venue.describe({});
    }
    return {};
}

} // namespace

RuleListEditor::RuleListEditor(const QDate& today, QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add &date rule"), this))
    , m_remove(new QPushButton(tr("Remove rule"), this))
    , m_form(new RuleForm(today, this))
{
    m_list->setAccessibleName(tr("Date rules"));
    m_list->setMaximumHeight(m_list->fontMetrics().lineSpacing() * 4 + 12);
    // A long rule is cut with "…" and told in full in its tooltip, rather than scrolled.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_add->setAutoDefault(false);
    m_remove->setAutoDefault(false);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 0, 0);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    layout->addLayout(buttons, 0, 1);
    layout->addWidget(m_form, 1, 0, 1, 2);

    connect(m_list, &QListWidget::currentRowChanged, this, &RuleListEditor::showCurrent);
    connect(m_form, &RuleForm::edited, this, &RuleListEditor::formEdited);
    connect(m_add, &QPushButton::clicked, this, &RuleListEditor::add);
    connect(m_remove, &QPushButton::clicked, this, &RuleListEditor::removeCurrent);
    showCurrent();
}

QString RuleListEditor::summary(const RecurrenceRule& rule)
{
    QString text = rule.describe();
    if (rule.validFrom.isValid() && rule.validUntil.isValid())
        text += u' ' + tr("(%1 to %2)").arg(shortDate(rule.validFrom), shortDate(rule.validUntil));
    else if (rule.validFrom.isValid())
        text += u' ' + tr("(from %1)").arg(shortDate(rule.validFrom));
    else if (rule.validUntil.isValid())
        text += u' ' + tr("(until %1)").arg(shortDate(rule.validUntil));
    if (rule.venue)
        text += QStringLiteral(" \u2014 ") + venueText(*rule.venue);
    return text;
}

void RuleListEditor::setRules(const QList<RecurrenceRule>& rules)
{
    m_rules = rules;
    refillList(m_rules.isEmpty() ? -1 : 0);
}

void RuleListEditor::refillList(int current)
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const RecurrenceRule& rule : std::as_const(m_rules)) {
            const QString text = summary(rule);
            auto* item = new QListWidgetItem(text, m_list);
            item->setToolTip(text);
        }
        m_list->setCurrentRow(current);
    }
    showCurrent();
}

void RuleListEditor::showCurrent()
{
    const int row = m_list->currentRow();
    const bool selected = row >= 0 && row < m_rules.size();
    m_form->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_form->setRule(selected ? m_rules.at(row) : RecurrenceRule::weekly(Qt::Monday));
}

void RuleListEditor::formEdited()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_rules.size())
        return;
    m_rules[row] = m_form->rule();
    const QString text = summary(m_rules.at(row));
    m_list->item(row)->setText(text);
    m_list->item(row)->setToolTip(text);
    Q_EMIT edited();
}

void RuleListEditor::add()
{
    m_rules.append(RecurrenceRule::weekly(Qt::Monday));
    refillList(int(m_rules.size() - 1));
    Q_EMIT edited();
}

void RuleListEditor::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_rules.size())
        return;
    m_rules.removeAt(row);
    refillList(std::min(row, int(m_rules.size()) - 1));
    Q_EMIT edited();
}

} // namespace kotva
