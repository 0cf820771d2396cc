#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

class QClipboard;

namespace kotva {

/// Client text that a worker copies out of Kotva (Ctrl+C in a conversation, a note) must
/// not linger: ClipboardGuard marks each such copy as sensitive for clipboard managers
/// (KDE's "x-kde-passwordManagerHint: secret", which Klipper and GNOME's managers honour by
/// not keeping it in their history) and clears it after ClearAfter, or when the vault locks.
/// Copies made with shell::copyShareable() (the crisis script, the programme) are left as
/// they are, and so is anything copied in another application.
class ClipboardGuard final : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds ClearAfter{std::chrono::seconds(30)};

    explicit ClipboardGuard(QClipboard* clipboard,
                            std::chrono::milliseconds clearAfter = ClearAfter,
                            QObject* parent = nullptr);

    /// Clears the clipboard now if it still holds a sensitive copy (the vault is locking).
    void clearNow();

    /// True while a sensitive copy waits to be cleared.
    [[nodiscard]] bool isHolding() const { return m_timer.isActive(); }

private:
    void onChanged();
    [[nodiscard]] bool holdsSensitiveCopy() const;

    QClipboard* m_clipboard;
    QTimer m_timer;
    bool m_marking = false; ///< inside our own setMimeData()
};

} // namespace kotva
