#include "ui/shell/RegionNames.h"

#include "core/referral/ReferralDirectory.h"

#include <QCoreApplication>

namespace kotva::shell {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::RegionNames)
};

} // namespace

const QStringList& regionCodes()
{
    return ReferralDirectory::czechRegionCodes();
}

QString regionName(const QString& code)
{
    // Written out here rather than read from the directory: the settings dialog must list
    // every region even when an organisation's own directory covers only some of them.
    if (code == u"CZ010")
        return Tr::tr("Prague");
    if (code == u"CZ020")
        return Tr::tr("Central Bohemian Region");
    if (code == u"CZ031")
        return Tr::tr("South Bohemian Region");
    if (code == u"CZ032")
        return Tr::tr("Plzeň Region");
    if (code == u"CZ041")
        return Tr::tr("Karlovy Vary Region");
    if (code == u"CZ042")
        return Tr::tr("Ústí nad Labem Region");
    if (code == u"CZ051")
        return Tr::tr("Liberec Region");
    if (code == u"CZ052")
        return Tr::tr("Hradec Králové Region");
    if (code == u"CZ053")
        return Tr::tr("Pardubice Region");
    if (code == u"CZ063")
        return Tr::tr("Vysočina Region");
    if (code == u"CZ064")
        return Tr::tr("South Moravian Region");
    if (code == u"CZ071")
        return Tr::tr("Olomouc Region");
    if (code == u"CZ072")
        return Tr::tr("Zlín Region");
    if (code == u"CZ080")
        return Tr::tr("Moravian-Silesian Region");
    return code;
}

} // namespace kotva::shell
