#include "tests/support/LayoutCheck.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractScrollArea>
#include <QHeaderView>
#include <QLabel>
#include <QWidget>

namespace kotva::test {

namespace {

QString nameOf(const QWidget* widget)
{
    QString name = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        name += u'#' + widget->objectName();
    if (const auto* label = qobject_cast<const QLabel*>(widget))
        name += QStringLiteral(" \"") + label->text().left(40) + u'"';
    else if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
        name += QStringLiteral(" \"") + button->text().left(40) + u'"';
    return name;
}

/// Inside a scroll area's viewport a widget may be scrolled out of sight on purpose.
bool insideScrolledViewport(const QWidget* widget, const QWidget* window)
{
    for (const QWidget* w = widget->parentWidget(); w && w != window; w = w->parentWidget()) {
        if (const auto* area = qobject_cast<const QAbstractScrollArea*>(w->parentWidget()))
            if (area->viewport() == w)
                return true;
    }
    return false;
}

void checkHeader(const QHeaderView* header, QStringList& problems)
{
    const QAbstractItemModel* model = header->model();
    if (!model || header->orientation() != Qt::Horizontal)
        return;
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section))
            continue;
        const QString text = model->headerData(section, Qt::Horizontal).toString();
        const int needed = header->fontMetrics().horizontalAdvance(text);
        if (needed > header->sectionSize(section))
            problems << QStringLiteral("header \"%1\" is %2 px wide in a %3 px column")
                            .arg(text)
                            .arg(needed)
                            .arg(header->sectionSize(section));
    }
}

} // namespace

QStringList layoutProblems(const QWidget* window, QSize screen)
{
    QStringList problems;
    const QSize frame = window->frameGeometry().size();
    if (frame.width() > screen.width() || frame.height() > screen.height())
        problems << QStringLiteral("the window is %1×%2 on a %3×%4 screen")
                        .arg(frame.width())
                        .arg(frame.height())
                        .arg(screen.width())
                        .arg(screen.height());
    const QRect inside = window->rect();
    for (const QWidget* widget : window->findChildren<QWidget*>()) {
        if (!widget->isVisible() || widget->isWindow() || widget->width() <= 0)
            continue;
        if (!insideScrolledViewport(widget, window)) {
            const QRect at(widget->mapTo(window, QPoint(0, 0)), widget->size());
            if (!inside.contains(at.topLeft()) || at.right() > inside.right() + 1 ||
                at.bottom() > inside.bottom() + 1)
                problems << nameOf(widget) + QStringLiteral(" lies outside the window");
        }
        if (const auto* label = qobject_cast<const QLabel*>(widget)) {
            if (!label->wordWrap() && !label->text().isEmpty() &&
                label->sizeHint().width() > label->width() + 1)
                problems << nameOf(widget) + QStringLiteral(" needs %1 px, has %2")
                                                 .arg(label->sizeHint().width())
                                                 .arg(label->width());
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(widget)) {
            if (!button->text().isEmpty() && button->sizeHint().width() > button->width() + 1)
                problems << nameOf(widget) + QStringLiteral(" needs %1 px, has %2")
                                                 .arg(button->sizeHint().width())
                                                 .arg(button->width());
        } else if (const auto* header = qobject_cast<const QHeaderView*>(widget)) {
            checkHeader(header, problems);
        }
    }
    return problems;
}

} // namespace kotva::test
