#include "core/analysis/pii/PiiScrubber.h"

#include "core/analysis/pii/AddressScanner.h"
#include "core/analysis/pii/CharacterScanners.h"
#include "core/analysis/pii/ContextScanner.h"
#include "core/analysis/pii/HandleScanner.h"
#include "core/analysis/pii/NameScanner.h"
#include "core/analysis/pii/OrganisationScanner.h"
#include "core/analysis/pii/PiiText.h"
#include "core/analysis/pii/ReferenceScanner.h"
#include "core/analysis/pii/ScanState.h"
#include "core/analysis/pii/VehiclePlateScanner.h"
#include "core/common/Logging.h"

#include <QCoreApplication>

#include <algorithm>
#include <memory>

namespace kotva {

namespace {

// The built-in lists (with the ~480 KB surname table) are read and hashed once per
// process, on the first scrubber, and shared by every scrubber after it: an Analyzer is
// created for each window and each command. Null when they failed to load.
std::shared_ptr<const pii::NameLexicon> builtInNames()
{
    static const std::shared_ptr<const pii::NameLexicon> names = [] {
        auto loaded = pii::NameLexicon::load(pii::NameLexicon::builtInFolder());
        if (!loaded) {
            qCWarning(lcAnalysis) << "built-in name lists:" << loaded.error().toString();
            return std::shared_ptr<const pii::NameLexicon>();
        }
        return std::make_shared<const pii::NameLexicon>(std::move(*loaded));
    }();
    return names;
}

} // namespace

PiiScrubber::PiiScrubber()
    : PiiScrubber(QStringList())
{}

PiiScrubber::PiiScrubber(const QStringList& extraHelplines)
    : m_names(builtInNames())
    , m_kept(extraHelplines)
{
    m_namesLoaded = m_names != nullptr;
    if (!m_names)
        m_names = std::make_shared<const pii::NameLexicon>();
}

PiiScrubber::PiiScrubber(pii::NameLexicon names, const QStringList& extraHelplines)
    : m_names(std::make_shared<const pii::NameLexicon>(std::move(names)))
    , m_kept(extraHelplines)
{}

QList<PiiFinding> PiiScrubber::scan(const QString& text) const
{
    return scan(pii::PiiText(NormalisedText(text)));
}

QList<PiiFinding> PiiScrubber::scan(const NormalisedText& text,
                                    const QList<LexiconMatch>& matches) const
{
    Q_UNUSED(matches);
    return scan(pii::PiiText(text));
}

QList<PiiFinding> PiiScrubber::scan(const pii::PiiText& tokens) const
{
    pii::ScanState state(tokens);
    // Most specific first: each scanner takes its tokens so later ones cannot
    // reinterpret them (a card number after "občanka" is not a phone number).
    pii::scanLinks(state);
    pii::scanEmails(state);
    pii::scanSpelledEmails(state);
    pii::scanIbans(state);
    pii::scanEmergencyNumbers(state);
    pii::scanIdDocuments(state);
    pii::scanDataBoxes(state);
    pii::scanCardNumbers(state);
    pii::scanFileMarks(state);
    pii::scanIpAddresses(state);
    pii::scanBirthNumbersInContext(state);
    pii::scanDatesOfBirth(state);
    pii::scanBirthNumbers(state);
    pii::scanRecordNumbers(state);
    pii::scanRooms(state);
    pii::scanBankAccounts(state);
    pii::scanVehiclePlates(state);
    pii::scanPhones(state, m_kept);
    pii::scanSpelledPhones(state);
    pii::scanOrganisations(state, *m_names);
    pii::scanHandles(state, *m_names);
    pii::scanAddresses(state, *m_names);
    pii::scanPostalCodes(state, *m_names);
    pii::scanSurnames(state, *m_names);

    QList<PiiFinding> findings = state.takeFindings();
    std::sort(findings.begin(), findings.end(),
              [](const PiiFinding& a, const PiiFinding& b) { return a.span.start < b.span.start; });
    return findings;
}

QString PiiScrubber::redact(const QString& text, const QList<PiiFinding>& findings)
{
    QList<PiiFinding> sorted = findings;
    std::sort(sorted.begin(), sorted.end(),
              [](const PiiFinding& a, const PiiFinding& b) { return a.span.start < b.span.start; });
    QString out;
    out.reserve(text.size());
    qsizetype pos = 0;
    for (const PiiFinding& f : std::as_const(sorted)) {
        if (f.span.start < pos || f.span.end > text.size() || f.span.start >= f.span.end)
            continue;
        out += QStringView(text).mid(pos, f.span.start - pos);
        out += marker(f.kind);
        pos = f.span.end;
    }
    out += QStringView(text).mid(pos);
    return out;
}

QString PiiScrubber::marker(PiiKind kind)
{
    switch (kind) {
    case PiiKind::BirthNumber:
        return QCoreApplication::translate("kotva::PiiScrubber", "[birth number]");
    case PiiKind::Phone:
        return QCoreApplication::translate("kotva::PiiScrubber", "[phone]");
    case PiiKind::Email:
        return QCoreApplication::translate("kotva::PiiScrubber", "[e-mail]");
    case PiiKind::BankAccount:
        return QCoreApplication::translate("kotva::PiiScrubber", "[account]");
    case PiiKind::Iban:
        return QCoreApplication::translate("kotva::PiiScrubber", "[IBAN]");
    case PiiKind::Address:
        return QCoreApplication::translate("kotva::PiiScrubber", "[address]");
    case PiiKind::PostalCode:
        return QCoreApplication::translate("kotva::PiiScrubber", "[postal code]");
    case PiiKind::IdDocument:
        return QCoreApplication::translate("kotva::PiiScrubber", "[ID document]");
    case PiiKind::DataBox:
        return QCoreApplication::translate("kotva::PiiScrubber", "[data box]");
    case PiiKind::DateOfBirth:
        return QCoreApplication::translate("kotva::PiiScrubber", "[date of birth]");
    case PiiKind::Surname:
        return QCoreApplication::translate("kotva::PiiScrubber", "[surname]");
    case PiiKind::Organisation:
        return QCoreApplication::translate("kotva::PiiScrubber", "[organisation]");
    case PiiKind::VehiclePlate:
        return QCoreApplication::translate("kotva::PiiScrubber", "[licence plate]");
    case PiiKind::Handle:
        return QCoreApplication::translate("kotva::PiiScrubber", "[user name]");
    }
    return QCoreApplication::translate("kotva::PiiScrubber", "[personal data]");
}

} // namespace kotva
