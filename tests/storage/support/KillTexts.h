#pragma once

// The texts the kill harness saves, shared by the child that saves them and the test that
// looks for them afterwards, so that "intact" means the very characters that were saved.

#include <QString>
#include <QStringList>

namespace kotva::test {

/// Turn `turn` of child run `run`: ordinary Czech (no personal data, so the analysis
/// stores it unchanged), of varying length; every seventh one is long enough to need
/// overflow pages (more than one 4 KiB page), the case where a torn write would show most.
inline QString killTurnText(int run, int turn)
{
    static const QStringList sentences{
        QStringLiteral("Dnes večer jsem zase dlouho nemohla usnout a přemýšlela jsem o škole."),
        QStringLiteral("Ráno jsme šli s bráchou na procházku k řece, bylo tam hodně lidí."),
        QStringLiteral("Učitelka říkala, že to zvládnu, jen musím víc číst a méně se bát."),
        QStringLiteral("Večeře byla studená, ale aspoň jsme seděli všichni spolu u stolu."),
    };
    QString text = QStringLiteral("Běh %1, tah %2: ").arg(run).arg(turn);
    const int repeats = turn % 7 == 6 ? 80 : 1 + turn % 5;
    for (int i = 0; i < repeats; ++i)
        text += sentences.at((run + turn + i) % sentences.size()) + u' ';
    return text.trimmed();
}

} // namespace kotva::test
