#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace kotva {

/// Saves a PNG of the window on screen after a delay, for headless runs (scripts/run.sh
/// under Xvfb) and for checking layouts by eye. Only the app's own window is captured,
/// never the rest of the screen.
class ScreenshotTaker final : public QObject
{
    Q_OBJECT
public:
    /// Reads KOTVA_SCREENSHOT_PATH (nothing happens when unset), KOTVA_SCREENSHOT_DELAY_MS
    /// (default 2000) and KOTVA_SCREENSHOT_QUIT (quit after saving unless "0").
    static void scheduleFromEnvironment(QObject* parent);

    ScreenshotTaker(QString path, bool quitAfter, QObject* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ScreenshotTaker)

    /// The window a person would be looking at: a modal dialog first, then the active
    /// window, then any visible top-level window.
    [[nodiscard]] static QWidget* windowInFront();
    /// True when the PNG was written.
    bool takeNow();

private:
    QString m_path;
    bool m_quitAfter = true;
};

} // namespace kotva
