#include "app/bootstrap/Hardening.h"
#include "translations/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLabel>

int main(int argc, char* argv[])
{
    kotva::hardenProcess();
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Kotva"));
    QCoreApplication::setApplicationName(QStringLiteral("Kotva"));
    kotva::installTranslators(app, {});
    QLabel placeholder(QStringLiteral("Kotva"));
    placeholder.show();
    return app.exec();
}
