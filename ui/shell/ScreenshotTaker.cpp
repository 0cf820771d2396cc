#include "ui/shell/ScreenshotTaker.h"

#include <QApplication>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

namespace kotva {

void ScreenshotTaker::scheduleFromEnvironment(QObject* parent)
{
    const QString path = qEnvironmentVariable("KOTVA_SCREENSHOT_PATH");
    if (path.isEmpty())
        return;
    bool ok = false;
    int delayMs = qEnvironmentVariableIntValue("KOTVA_SCREENSHOT_DELAY_MS", &ok);
    if (!ok || delayMs < 0)
        delayMs = 2000;
    const bool quitAfter = qEnvironmentVariable("KOTVA_SCREENSHOT_QUIT") != u"0";
    auto* taker = new ScreenshotTaker(path, quitAfter, parent);
    QTimer::singleShot(delayMs, taker, &ScreenshotTaker::takeNow);
}

ScreenshotTaker::ScreenshotTaker(QString path, bool quitAfter, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_quitAfter(quitAfter)
{}

QWidget* ScreenshotTaker::windowInFront()
{
    if (QWidget* modal = QApplication::activeModalWidget())
        return modal;
    if (QWidget* active = QApplication::activeWindow())
        return active;
    // Without a window manager (Xvfb) nothing is "active": take the newest visible window.
    QWidget* found = nullptr;
    const auto windows = QApplication::topLevelWidgets();
    for (QWidget* widget : windows) {
        if (widget->isVisible() && widget->isWindow() && !widget->inherits("QMenu"))
            found = widget;
    }
    return found;
}

bool ScreenshotTaker::takeNow()
{
    QWidget* window = windowInFront();
    const bool saved = window && window->grab().save(m_path, "PNG");
    QTextStream err(stderr);
    if (saved)
        err << tr("Screenshot saved to %1").arg(m_path) << Qt::endl;
    else
        err << tr("Could not save a screenshot to %1").arg(m_path) << Qt::endl;
    if (m_quitAfter)
        QCoreApplication::exit(saved ? 0 : 1);
    return saved;
}

} // namespace kotva
