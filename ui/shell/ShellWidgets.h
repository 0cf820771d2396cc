#pragma once

#include <QIcon>
#include <QString>

class QLabel;
class QLayout;
class QWidget;

namespace kotva::shell {

/// The project version from CMake ("0.1.0").
QString version();

/// The Kotva anchor at every size that ships (embedded PNGs; no SVG plugin needed).
QIcon appIcon();
/// An embedded icon by name ("lock", "settings", "vault"), preferring the desktop theme's
/// `themeName` where the desktop has one.
QIcon icon(const QString& name, const QString& themeName = {});

/// Icon, bold title and a subtitle: the top of every Kotva dialog.
QLayout* dialogHeader(const QString& title, const QString& subtitle, QWidget* parent);
/// A wrapped paragraph of explanation.
QLabel* paragraph(const QString& text, QWidget* parent);
/// Smaller, dimmer wrapped text under an option or a value.
QLabel* note(const QString& text, QWidget* parent);
/// An empty wrapped paragraph for rich text (bold names, fingerprints) the user may select.
QLabel* richParagraph(const QString& objectName, QWidget* parent);
/// `text` escaped and in bold, for a rich-text label.
QString bold(const QString& text);

/// Makes a shown window taller when its content grew (an inline message appeared, a text
/// got longer in Czech), so wrapped text is never clipped. Never shrinks what the user sized,
/// and never grows past the screen's available height.
void growToFit(QWidget* window);

} // namespace kotva::shell
