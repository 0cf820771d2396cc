#pragma once

#include <QString>

class QCoreApplication;

namespace kotva {

/// Installs Kotva's catalogue and Qt's own (qtbase_*.qm) for the language.
/// `forced` is "cs" or "en" from --lang; empty means the system locale, Czech
/// for a Czech or Slovak locale and English otherwise. Returns the language used.
QString installTranslators(QCoreApplication& app, const QString& forced);

} // namespace kotva
