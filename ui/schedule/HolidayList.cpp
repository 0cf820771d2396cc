#include "ui/schedule/HolidayList.h"

#include "core/schedule/CzechHolidays.h"
#include "core/schedule/MonthText.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kotva {

namespace {

constexpr int DateRole = Qt::UserRole;

QStringList cancelledTitles(const QList<Activity>& activities, const QDate& date)
{
    QStringList titles;
    for (const Activity& activity : activities) {
        const RecurrenceRule* rule = activity.ruleOn(date);
        if (rule && rule->kind != RecurrenceRule::Kind::Once)
            titles << (activity.title.isEmpty() ? activity.id : activity.title);
    }
    return titles;
}

} // namespace

HolidayList::HolidayList(int firstYear, QWidget* parent)
    : QWidget(parent)
    , m_firstYear(firstYear)
    , m_tree(new QTreeWidget(this))
{
    auto* intro = new QLabel(tr("On public holidays, regular activities are cancelled "
                                "automatically. A one-off event (a trip) takes place as planned."),
                             this);
    intro->setWordWrap(true);
    m_tree->setHeaderLabels({tr("Date"), tr("Holiday"), tr("Cancelled automatically")});
    m_tree->setRootIsDecorated(true);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setUniformRowHeights(true);
    for (int year = firstYear; year <= firstYear + 1; ++year) {
        auto* yearItem = new QTreeWidgetItem(m_tree, {QString::number(year)});
        QFont bold = yearItem->font(DateColumn);
        bold.setBold(true);
        yearItem->setFont(DateColumn, bold);
        yearItem->setFirstColumnSpanned(true);
        for (const Holiday& holiday : CzechHolidays::ofYear(year)) {
            auto* item = new QTreeWidgetItem(
                yearItem, {MonthText::dayLabel(holiday.date), holiday.name, QString()});
            item->setData(DateColumn, DateRole, holiday.date);
        }
        yearItem->setExpanded(true);
    }
    m_tree->header()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
}

void HolidayList::setActivities(const QList<Activity>& activities)
{
    for (int y = 0; y < m_tree->topLevelItemCount(); ++y) {
        QTreeWidgetItem* yearItem = m_tree->topLevelItem(y);
        for (int h = 0; h < yearItem->childCount(); ++h) {
            QTreeWidgetItem* item = yearItem->child(h);
            const QDate date = item->data(DateColumn, DateRole).toDate();
            const QStringList titles = cancelledTitles(activities, date);
            item->setText(CancelledColumn, titles.isEmpty() ? QStringLiteral("\u2014")
                                                            : titles.join(QStringLiteral(", ")));
        }
    }
}

QString HolidayList::cancelledOn(const QDate& date) const
{
    for (int y = 0; y < m_tree->topLevelItemCount(); ++y) {
        QTreeWidgetItem* yearItem = m_tree->topLevelItem(y);
        for (int h = 0; h < yearItem->childCount(); ++h) {
            QTreeWidgetItem* item = yearItem->child(h);
            if (item->data(DateColumn, DateRole).toDate() == date) {
                const QString text = item->text(CancelledColumn);
                return text == u"\u2014" ? QString() : text;
            }
        }
    }
    return {};
}

} // namespace kotva
