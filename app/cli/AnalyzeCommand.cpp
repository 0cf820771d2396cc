// Findings.h names a member `signals`, which Qt defines as a keyword macro; this file
// declares no QObject, so Qt's keywords are simply off here.

#include "app/cli/CliCommand.h"
#include "core/analysis/Analyzer.h"
#include "core/analysis/text/LexiconMatcher.h"
#include "core/analysis/text/NormalisedText.h"
#include "core/analysis/text/Utf8.h"
#include "core/common/Error.h"

#include <QCommandLineParser>
#include <QCoreApplication>

// kotva-cli analyze [--role client|worker] [--lexicons DIR] [--without-classifier]: one
// message per stdin line (UTF-8), one JSON object per line on stdout, in the stable shape
// of ARCHITECTURE.md.
// Offsets are Unicode code points. A line that is not valid UTF-8 gets an "error" object
// (and a message on stderr); the other lines are still analysed and the exit code is 1.

namespace kotva::cli {

namespace {

// lupdate files these strings under the same context as the runtime lookup.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::cli::analyze)
};

/// JSON string literal; non-ASCII characters stay as they are (the stream writes UTF-8).
QString jsonString(QStringView text)
{
    QString quoted;
    quoted.reserve(text.size() + 2);
    quoted += u'"';
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            quoted += QLatin1String("\\\"");
            break;
        case u'\\':
            quoted += QLatin1String("\\\\");
            break;
        case u'\n':
            quoted += QLatin1String("\\n");
            break;
        case u'\r':
            quoted += QLatin1String("\\r");
            break;
        case u'\t':
            quoted += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                quoted += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                quoted += c;
        }
    }
    quoted += u'"';
    return quoted;
}

/// [{"<label>":"name","start":s,"end":e}, ...] with code-point offsets.
template <typename Finding, typename NameOf>
QString spanList(const QList<Finding>& findings, QLatin1String label, NameOf nameOf,
                 const CodePointIndex& index)
{
    QString list = QStringLiteral("[");
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const Finding& finding = findings.at(i);
        if (i > 0)
            list += u',';
        list += QStringLiteral("{\"%1\":%2,\"start\":%3,\"end\":%4}")
                    .arg(label, jsonString(nameOf(finding)))
                    .arg(index.toCodePoints(finding.span.start))
                    .arg(index.toCodePoints(finding.span.end));
    }
    list += u']';
    return list;
}

QString analysisJson(const QString& text, const Analysis& analysis)
{
    const CodePointIndex index(text);
    return QStringLiteral("{\"risk\":%1,\"signals\":%2,\"boundary\":%3,\"pii\":%4,\"redacted\":%5}")
        .arg(jsonString(riskLevelName(analysis.crisis.level)),
             spanList(
                 analysis.crisis.signals, QLatin1String("kind"),
                 [](const CrisisSignal& s) { return signalKindName(s.kind); }, index),
             spanList(
                 analysis.boundaries, QLatin1String("rule"),
                 [](const BoundaryFinding& b) { return boundaryRuleName(b.rule); }, index),
             spanList(
                 analysis.pii, QLatin1String("kind"),
                 [](const PiiFinding& p) { return piiKindName(p.kind); }, index),
             jsonString(analysis.redacted));
}

/// ,"matches":[{"id":"crisis.means.pills","start":s,"end":e}, ...]: every lexicon entry that
/// matched, so whoever edits a lexicon can see which words a finding came from.
QString matchesJson(const QString& text, const Analyzer& analyzer)
{
    const QList<LexiconMatch> matches = analyzer.matcher().match(NormalisedText(text));
    return QStringLiteral(",\"matches\":") + spanList(
                                                 matches, QLatin1String("id"),
                                                 [](const LexiconMatch& m) { return m.id(); },
                                                 CodePointIndex(text));
}

QString errorJson(const Error& error, qsizetype lineNumber)
{
    return QStringLiteral("{\"error\":%1,\"message\":%2,\"line\":%3}")
        .arg(jsonString(errorCodeName(error.code)), jsonString(error.message))
        .arg(lineNumber);
}

} // namespace

int runAnalyze(const QStringList& arguments, CliIo& io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Reads one message per line (UTF-8) on standard input and writes one JSON object "
               "per line: risk level, crisis signals, boundary findings, personal data and the "
               "redacted text. Offsets count Unicode code points."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption role(QStringLiteral("role"),
                                  Tr::tr("Who wrote the messages: client (default) or worker."),
                                  QStringLiteral("client|worker"), QStringLiteral("client"));
    const QCommandLineOption lexicons(QStringLiteral("lexicons"),
                                      Tr::tr("Use the lexicons in this folder instead of the "
                                             "built-in ones."),
                                      QStringLiteral("folder"));
    const QCommandLineOption explain(
        QStringLiteral("explain"),
        Tr::tr("Also list every lexicon entry that matched (\"matches\"), to check a lexicon "
               "change."));
    const QCommandLineOption withoutClassifier(
        QStringLiteral("without-classifier"),
        Tr::tr("Use the lexicons' rules alone, without the statistical classifiers that may "
               "raise the risk level the rules gave or add a boundary finding they missed."));
    parser.addOptions({role, lexicons, explain, withoutClassifier});
    if (!parser.parse(arguments)) {
        io.err << parser.errorText() << u'\n' << parser.helpText();
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        io.out << parser.helpText();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        io.err << Tr::tr("analyze takes no arguments; it reads the messages from standard input.")
               << u'\n';
        return ExitUsage;
    }
    const QString roleName = parser.value(role);
    if (roleName != u"client" && roleName != u"worker") {
        io.err << Tr::tr("--role must be client or worker.") << u'\n';
        return ExitUsage;
    }
    const Author author = roleName == u"worker" ? Author::Worker : Author::Client;

    const Analyzer::Classifier classifier =
        parser.isSet(withoutClassifier) ? Analyzer::Classifier::Off : Analyzer::Classifier::BuiltIn;
    const Result<Analyzer> analyzer = parser.isSet(lexicons)
                                          ? Analyzer::create(parser.value(lexicons), classifier)
                                          : Analyzer::create(classifier);
    if (!analyzer) {
        io.err << analyzer.error().message << u'\n';
        return ExitFailure;
    }

    // Bytes straight from the device, split here at '\n' only: a lossy decoder would hide
    // invalid UTF-8, and a line reader that stops at a NUL byte would drop the rest of the
    // line or of the input. A NUL is an error for its line; every line is answered.
    int code = ExitOk;
    qsizetype lineNumber = 0;
    QByteArray pending;
    bool endOfInput = false;
    for (;;) {
        qsizetype newline = pending.indexOf('\n');
        while (newline < 0 && !endOfInput) {
            const QByteArray chunk = io.in.read(64 * 1024);
            if (chunk.isEmpty())
                endOfInput = true;
            pending += chunk;
            newline = pending.indexOf('\n');
        }
        if (newline < 0 && pending.isEmpty())
            break;
        QByteArray line = newline < 0 ? pending : pending.left(newline);
        pending = newline < 0 ? QByteArray() : pending.mid(newline + 1);
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        Result<QString> text = decodeUtf8(line);
        if (text && line.contains('\0'))
            text = fail(ErrorCode::InvalidInput,
                        Tr::tr("the line contains a NUL character; nothing of it was analysed."));
        if (!text) {
            io.out << errorJson(text.error(), lineNumber) << u'\n';
            io.err << Tr::tr("Line %1: %2").arg(lineNumber).arg(text.error().message) << u'\n';
            code = ExitFailure;
        } else {
            QString json = analysisJson(*text, analyzer->analyze(*text, author));
            if (parser.isSet(explain))
                json.insert(json.size() - 1, matchesJson(*text, *analyzer));
            io.out << json << u'\n';
        }
        io.out.flush();
    }
    return code;
}

} // namespace kotva::cli
