#include "ui/shell/InlineMessage.h"

#include "ui/shell/ShellWidgets.h"

#include <QAccessible>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>

namespace kotva {

namespace {

struct Colours
{
    const char* background;
    const char* border;
    const char* text;
};

Colours coloursFor(InlineMessage::Kind kind)
{
    // Light tints with dark text keep WCAG AA contrast on both light and dark themes'
    // default window colours, because the strip paints its own background.
    switch (kind) {
    case InlineMessage::Kind::Information:
        return {"#e8f1f8", "#9cc2dc", "#17374d"};
    case InlineMessage::Kind::Success:
        return {"#e7f4ea", "#93c9a0", "#174d25"};
    case InlineMessage::Kind::Warning:
        return {"#fdf3e1", "#e5c07b", "#5c3d00"};
    case InlineMessage::Kind::Error:
        return {"#fbe9e9", "#e0a0a0", "#7a1616"};
    }
    return {"#ffffff", "#cccccc", "#000000"};
}

} // namespace

InlineMessage::InlineMessage(QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("inlineMessage"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_label, 1);
    setVisible(false);
}

void InlineMessage::setMessage(Kind kind, const QString& text)
{
    m_kind = kind;
    const Colours c = coloursFor(kind);
    setStyleSheet(
        QStringLiteral("QFrame#inlineMessage { background: %1; border: 1px solid %2; "
                       "border-radius: 4px; } QFrame#inlineMessage QLabel { color: %3; "
                       "background: transparent; border: none; }")
            .arg(QLatin1String(c.background), QLatin1String(c.border), QLatin1String(c.text)));
    m_label->setText(text);
    setAccessibleName(text);
    setVisible(!text.isEmpty());
    // A dialog grows so that wrapped text is never clipped; the main window never changes
    // size because a notice appeared (it would outgrow a 768-pixel screen).
    if (qobject_cast<QDialog*>(window()))
        shell::growToFit(window());
    if (kind == Kind::Error && !text.isEmpty()) {
        QAccessibleEvent event(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&event);
    }
}

void InlineMessage::clear()
{
    m_label->clear();
    setVisible(false);
}

QString InlineMessage::text() const
{
    return m_label->text();
}

} // namespace kotva
