#include "ui/schedule/ValidationPanel.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace kotva {

namespace {

constexpr int SubjectRole = Qt::UserRole;
constexpr int IndexRole = Qt::UserRole + 1;

QString shortDate(const QDate& date)
{
    return QLocale().toString(date, QStringLiteral("d. M. yyyy"));
}

QString activityName(const Programme& programme, const QString& id)
{
    const Activity* activity = programme.activity(id);
    return activity && !activity->title.isEmpty() ? activity->title : id;
}

} // namespace

ValidationPanel::ValidationPanel(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_removeStale(new QPushButton(this))
{
    m_list->setAccessibleName(tr("Problems in the programme"));
    m_list->setWordWrap(true);
    m_list->setFixedHeight(m_list->fontMetrics().lineSpacing() * 5 + 12);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_removeStale->setAutoDefault(false);
    m_removeStale->hide();

    auto* buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_removeStale);
    buttonRow->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttonRow);

    // A click is enough to go to what an issue is about (Enter too, from the keyboard).
    const auto goTo = [this](QListWidgetItem* item) {
        if (item->data(SubjectRole).isValid())
            Q_EMIT issueActivated(
                static_cast<ValidationIssue::Subject>(item->data(SubjectRole).toInt()),
                item->data(IndexRole).toLongLong());
    };
    connect(m_list, &QListWidget::itemClicked, this, goTo);
    connect(m_list, &QListWidget::itemActivated, this, goTo);
    connect(m_removeStale, &QPushButton::clicked, this, &ValidationPanel::removeStaleRequested);
}

QString ValidationPanel::subjectText(const ValidationIssue& issue, const Programme& programme)
{
    switch (issue.subject) {
    case ValidationIssue::Subject::Organisation:
        return tr("Organisation");
    case ValidationIssue::Subject::Activity:
        if (issue.index >= 0 && issue.index < programme.activities.size()) {
            const Activity& activity = programme.activities.at(issue.index);
            if (!activity.title.trimmed().isEmpty())
                return tr("Activity \u201c%1\u201d").arg(activity.title);
        }
        return tr("Activity %1 (no title)").arg(issue.index + 1);
    case ValidationIssue::Subject::Cancellation:
        if (issue.index >= 0 && issue.index < programme.cancellations.size()) {
            const Cancellation& item = programme.cancellations.at(issue.index);
            return tr("Cancellation of %1 on %2")
                .arg(activityName(programme, item.activityId), shortDate(item.date));
        }
        break;
    case ValidationIssue::Subject::Change:
        if (issue.index >= 0 && issue.index < programme.changes.size()) {
            const OccurrenceChange& item = programme.changes.at(issue.index);
            return tr("Change of %1 on %2")
                .arg(activityName(programme, item.activityId), shortDate(item.date));
        }
        break;
    case ValidationIssue::Subject::Rota:
        return tr("On-call rota");
    }
    return issue.where;
}

void ValidationPanel::setIssues(const QList<ValidationIssue>& issues, const Programme& programme)
{
    QList<ValidationIssue> errorIssues;
    QList<ValidationIssue> warningIssues;
    m_errors.clear();
    m_warnings.clear();
    for (const ValidationIssue& issue : issues) {
        const QString text = subjectText(issue, programme) + QStringLiteral(": ") + issue.message;
        if (issue.isError()) {
            errorIssues << issue;
            m_errors << text;
        } else {
            warningIssues << issue;
            m_warnings << text;
        }
    }

    m_list->clear();
    if (m_errors.isEmpty() && m_warnings.isEmpty()) {
        auto* item = new QListWidgetItem(tr("No problems found: the programme can be saved."));
        item->setFlags(Qt::ItemIsEnabled);
        m_list->addItem(item);
    }
    if (!m_errors.isEmpty()) {
        addHeading(tr("Errors \u2014 fix these to save the programme:"));
        addIssues(m_errors, errorIssues, true);
    }
    if (!m_warnings.isEmpty()) {
        addHeading(tr("Warnings \u2014 the programme can be saved, but check these:"));
        addIssues(m_warnings, warningIssues, false);
    }

    Programme cleaned = programme;
    const qsizetype stale = cleaned.removeStaleExceptions();
    m_removeStale->setText(
        tr("Remove %n cancellation(s) or change(s) that no longer fit", nullptr, int(stale)));
    m_removeStale->setVisible(stale > 0);
}

void ValidationPanel::addHeading(const QString& text)
{
    auto* item = new QListWidgetItem(text);
    QFont bold = item->font();
    bold.setBold(true);
    item->setFont(bold);
    item->setFlags(Qt::ItemIsEnabled);
    m_list->addItem(item);
}

void ValidationPanel::addIssues(const QStringList& texts, const QList<ValidationIssue>& issues,
                                bool errors)
{
    const QIcon icon = style()->standardIcon(errors ? QStyle::SP_MessageBoxCritical
                                                    : QStyle::SP_MessageBoxWarning);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        auto* item = new QListWidgetItem(icon, texts.at(i));
        item->setData(SubjectRole, static_cast<int>(issues.at(i).subject));
        item->setData(IndexRole, qlonglong(issues.at(i).index));
        m_list->addItem(item);
    }
}

} // namespace kotva
