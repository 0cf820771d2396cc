#include "translations/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace kotva {

QString installTranslators(QCoreApplication& app, const QString& forced)
{
    QString language = forced.toLower();
    if (language != u"cs" && language != u"en") {
        const QStringList uiLanguages = QLocale::system().uiLanguages();
        language = QStringLiteral("en");
        for (const QString& candidate : uiLanguages) {
            if (candidate.startsWith(u"cs") || candidate.startsWith(u"sk")) {
                language = QStringLiteral("cs");
                break;
            }
            if (candidate.startsWith(u"en"))
                break;
        }
    }
    QLocale::setDefault(
        QLocale(language == u"cs" ? QLocale::Czech : QLocale::English,
                language == u"cs" ? QLocale::CzechRepublic : QLocale::UnitedKingdom));

    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QStringLiteral("qtbase_") + language,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    auto* kotvaTranslator = new QTranslator(&app);
    if (kotvaTranslator->load(QStringLiteral(":/i18n/kotva_") + language + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(kotvaTranslator);
    return language;
}

} // namespace kotva
