#pragma once

// Copying text that may leave Kotva as it is: the crisis script for the client, the public
// programme. Everything else copied out of Kotva is client text, which ClipboardGuard marks
// as sensitive and clears; this marker tells it to leave a copy alone. Header-only so every
// pane can use it without linking the shell.

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QString>

namespace kotva::shell {

/// The MIME type that marks a copy as meant to be shared.
inline QString shareableFormat()
{
    return QStringLiteral("application/x-kotva-shareable");
}

/// Puts `text` on the clipboard, marked as meant to be shared.
inline void copyShareable(const QString& text)
{
    auto* data = new QMimeData;
    data->setText(text);
    data->setData(shareableFormat(), QByteArrayLiteral("1"));
    QGuiApplication::clipboard()->setMimeData(data); // the clipboard takes ownership
}

} // namespace kotva::shell
