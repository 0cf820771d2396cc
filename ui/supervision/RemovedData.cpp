#include "ui/supervision/RemovedData.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace kotva::supervision_ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::RemovedData)
};

} // namespace

QString piiKindLabel(PiiKind kind)
{
    switch (kind) {
    case PiiKind::BirthNumber:
        return Tr::tr("birth number");
    case PiiKind::Phone:
        return Tr::tr("phone number");
    case PiiKind::Email:
        return Tr::tr("e-mail address");
    case PiiKind::BankAccount:
        return Tr::tr("bank account");
    case PiiKind::Iban:
        return Tr::tr("IBAN");
    case PiiKind::Address:
        return Tr::tr("address");
    case PiiKind::PostalCode:
        return Tr::tr("postal code");
    case PiiKind::IdDocument:
        return Tr::tr("ID document number");
    case PiiKind::DataBox:
        return Tr::tr("data box ID");
    case PiiKind::DateOfBirth:
        return Tr::tr("date of birth");
    case PiiKind::Surname:
        return Tr::tr("surname");
    }
    return {};
}

QString describeRemoved(const QString& typed, const Analysis& analysis)
{
    QStringList items;
    for (const PiiFinding& finding : analysis.pii) {
        const qsizetype start = std::clamp<qsizetype>(finding.span.start, 0, typed.size());
        const qsizetype end = std::clamp<qsizetype>(finding.span.end, start, typed.size());
        const QString item = Tr::tr("%1 “%2”").arg(piiKindLabel(finding.kind),
                                                   typed.mid(start, end - start).simplified());
        if (!items.contains(item))
            items << item;
    }
    if (items.isEmpty())
        return {};
    return Tr::tr("Removed before saving: %1. The note keeps a marker in its place.")
        .arg(items.join(QStringLiteral(", ")));
}

} // namespace kotva::supervision_ui
