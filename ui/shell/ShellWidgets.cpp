#include "ui/shell/ShellWidgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLayout>
#include <QScreen>
#include <QVBoxLayout>

#include <algorithm>

namespace kotva::shell {

QString version()
{
    return QStringLiteral(KOTVA_VERSION);
}

QIcon appIcon()
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/kotva/icons/kotva-%1.png").arg(size), QSize(size, size));
    return icon;
}

QIcon icon(const QString& name, const QString& themeName)
{
    QIcon embedded;
    embedded.addFile(QStringLiteral(":/kotva/icons/%1.png").arg(name), QSize(24, 24));
    embedded.addFile(QStringLiteral(":/kotva/icons/%1@2x.png").arg(name), QSize(48, 48));
    if (themeName.isEmpty())
        return embedded;
    return QIcon::fromTheme(themeName, embedded);
}

QLayout* dialogHeader(const QString& title, const QString& subtitle, QWidget* parent)
{
    auto* iconLabel = new QLabel(parent);
    iconLabel->setPixmap(appIcon().pixmap(48, 48));
    iconLabel->setAlignment(Qt::AlignTop);

    auto* titleLabel = new QLabel(title, parent);
    titleLabel->setObjectName(QStringLiteral("dialogTitle"));
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);
    titleLabel->setWordWrap(true);

    auto* texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(titleLabel);
    if (!subtitle.isEmpty())
        texts->addWidget(note(subtitle, parent));

    auto* header = new QHBoxLayout;
    header->setSpacing(14);
    header->addWidget(iconLabel, 0, Qt::AlignTop);
    header->addLayout(texts, 1);
    return header;
}

void growToFit(QWidget* window)
{
    if (!window || !window->isVisible() || !window->layout())
        return;
    QLayout* layout = window->layout();
    layout->activate();
    const int width = window->width();
    int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                             : layout->totalSizeHint().height();
    needed = std::max(needed, layout->totalMinimumSize().height());
    // Never past the screen: the title bar and the buttons must stay reachable.
    if (const QScreen* screen = window->screen()) {
        const int frame = window->frameGeometry().height() - window->height();
        needed = std::min(needed, screen->availableGeometry().height() - std::max(frame, 0));
    }
    if (needed > window->height())
        window->resize(width, needed);
}

QLabel* paragraph(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QLabel* richParagraph(const QString& objectName, QWidget* parent)
{
    QLabel* label = paragraph(QString(), parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString bold(const QString& text)
{
    return QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped());
}

QLabel* note(const QString& text, QWidget* parent)
{
    QLabel* label = paragraph(text, parent);
    // Dimmer than body text but darker than placeholder grey, to keep readable contrast.
    QPalette palette = label->palette();
    const QColor ink = palette.color(QPalette::WindowText);
    const QColor window = palette.color(QPalette::Window);
    const auto mix = [](int a, int b) { return (a * 68 + b * 32) / 100; };
    palette.setColor(QPalette::WindowText,
                     QColor(mix(ink.red(), window.red()), mix(ink.green(), window.green()),
                            mix(ink.blue(), window.blue())));
    label->setPalette(palette);
    return label;
}

} // namespace kotva::shell
