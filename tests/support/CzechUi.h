#pragma once

// For widget tests that look at a pane in Czech: installs Kotva's own Czech catalogue (the
// one the app embeds, from kotva_translations) and the Czech locale, and undoes both.

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace kotva::test {

class CzechUi final
{
public:
    CzechUi()
    {
        m_loaded = m_catalogue.load(QStringLiteral(":/i18n/kotva_cs.qm")) &&
                   QCoreApplication::installTranslator(&m_catalogue);
        QLocale::setDefault(QLocale(QLocale::Czech, QLocale::CzechRepublic));
    }
    ~CzechUi()
    {
        QCoreApplication::removeTranslator(&m_catalogue);
        QLocale::setDefault(m_previous);
    }
    Q_DISABLE_COPY_MOVE(CzechUi)

    /// False when the catalogue is not embedded (a broken build).
    [[nodiscard]] bool loaded() const { return m_loaded; }

private:
    QTranslator m_catalogue;
    QLocale m_previous;
    bool m_loaded = false;
};

} // namespace kotva::test
