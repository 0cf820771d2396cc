#include "ui/shell/ClipboardGuard.h"

#include "ui/shell/ShareableCopy.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>

namespace kotva {

namespace {

/// KDE's hint, also read by GNOME's clipboard managers: do not keep this in a history.
const QString PasswordManagerHint = QStringLiteral("x-kde-passwordManagerHint");
/// Our own mark, so the guard recognises the copy it marked.
const QString SensitiveFormat = QStringLiteral("application/x-kotva-sensitive");

} // namespace

ClipboardGuard::ClipboardGuard(QClipboard* clipboard, std::chrono::milliseconds clearAfter,
                               QObject* parent)
    : QObject(parent)
    , m_clipboard(clipboard)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(clearAfter);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearNow);
    connect(m_clipboard, &QClipboard::dataChanged, this, &ClipboardGuard::onChanged);
}

void ClipboardGuard::onChanged()
{
    if (m_marking)
        return;
    const QMimeData* data = m_clipboard->mimeData();
    // Empty: cleared, by us or by someone else.
    if (!data || data->formats().isEmpty() || data->hasFormat(SensitiveFormat))
        return;
    if (data->hasFormat(shell::shareableFormat())) {
        m_timer.stop(); // a shared text replaced the sensitive one
        return;
    }
    // Copied here, not in another application: this application owns the clipboard, or,
    // on a platform that does not say, one of its windows has the focus (a copy is made in
    // the active window).
    if (!m_clipboard->ownsClipboard() && !QGuiApplication::focusWindow()) {
        m_timer.stop();
        return;
    }
    auto* marked = new QMimeData;
    for (const QString& format : data->formats())
        marked->setData(format, data->data(format));
    marked->setData(PasswordManagerHint, QByteArrayLiteral("secret"));
    marked->setData(SensitiveFormat, QByteArrayLiteral("1"));
    m_marking = true;
    m_clipboard->setMimeData(marked);
    m_marking = false;
    m_timer.start();
}

bool ClipboardGuard::holdsSensitiveCopy() const
{
    const QMimeData* data = m_clipboard->mimeData();
    return data && data->hasFormat(SensitiveFormat);
}

void ClipboardGuard::clearNow()
{
    m_timer.stop();
    if (holdsSensitiveCopy())
        m_clipboard->clear();
}

} // namespace kotva
