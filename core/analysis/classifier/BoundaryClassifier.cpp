#include "core/analysis/classifier/BoundaryClassifier.h"

#include "core/analysis/rules/BoundaryTexts.h"
#include "core/analysis/text/NormalisedText.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace kotva {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kotva::BoundaryClassifier)
};

/// The label of the messages that cross nothing.
const QString OkLabel = QStringLiteral("ok");

Result<BoundaryClassifier::Thresholds> parseThresholds(QByteArrayView json, const QString& what)
{
    const QJsonObject object = QJsonDocument::fromJson(json.toByteArray()).object();
    const double flag = object.value(QLatin1String("flag")).toDouble(-1);
    const qint64 length = object.value(QLatin1String("calibratedLength")).toInteger(-1);
    // Below one half two rules could both reach it; the trainer never chooses that.
    if (!(flag >= 0.5 && flag <= 1) || length < 0)
        return fail(ErrorCode::InvalidInput, Tr::tr("The thresholds of %1 are damaged.").arg(what),
                    QStringLiteral("flag must be a probability from 0.5, calibratedLength a "
                                   "length"));
    return BoundaryClassifier::Thresholds{flag, qsizetype(length)};
}

Result<QByteArray> readResource(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(ErrorCode::NotFound, Tr::tr("The boundary classifier's model is missing."),
                    path);
    return file.readAll();
}

/// What the finding says: the rule's own explanation, and that it is a resemblance.
QString explanation(BoundaryRule rule, Author author)
{
    const QString rules = BoundaryTexts::explanation(rule, author);
    return author == Author::Worker
               ? Tr::tr("The draft as a whole reads like drafts that cross this boundary, "
                        "though no single phrase decided it. Read it again: %1")
                     .arg(rules)
               : Tr::tr("The message as a whole reads like requests of this kind, though no "
                        "single phrase decided it. Read it again: %1")
                     .arg(rules);
}

} // namespace

BoundaryClassifier::BoundaryClassifier(std::array<RoleModel, 2> models)
    : m_models(std::move(models))
{}

Result<BoundaryClassifier::RoleModel> BoundaryClassifier::loadRole(ModelFiles files,
                                                                   const QString& what)
{
    Result<LabelModel> model = LabelModel::parse(files.model, what);
    if (!model)
        return std::unexpected(model.error());
    const Result<Thresholds> thresholds = parseThresholds(files.thresholdsJson, what);
    if (!thresholds)
        return std::unexpected(thresholds.error());
    RoleModel role{std::make_shared<const LabelModel>(std::move(*model)), *thresholds, {}};
    for (const QString& label : role.model->labels()) {
        const std::optional<BoundaryRule> rule = boundaryRuleNamed(label);
        if (!rule && label != OkLabel)
            return fail(ErrorCode::InvalidInput, Tr::tr("The model %1 is damaged.").arg(what),
                        QStringLiteral("unknown label ") + label);
        role.ruleOfLabel.push_back(rule);
    }
    return role;
}

Result<BoundaryClassifier> BoundaryClassifier::load(ModelFiles worker, ModelFiles client)
{
    Result<RoleModel> workerModel = loadRole(worker, QStringLiteral("boundary-worker"));
    if (!workerModel)
        return std::unexpected(workerModel.error());
    Result<RoleModel> clientModel = loadRole(client, QStringLiteral("boundary-client"));
    if (!clientModel)
        return std::unexpected(clientModel.error());
    return BoundaryClassifier({std::move(*workerModel), std::move(*clientModel)});
}

Result<BoundaryClassifier> BoundaryClassifier::builtIn()
{
    QByteArray files[4];
    const QString names[4] = {
        QStringLiteral(":/classifier/boundary-worker-classifier.bin"),
        QStringLiteral(":/classifier/boundary-worker-thresholds.json"),
        QStringLiteral(":/classifier/boundary-client-classifier.bin"),
        QStringLiteral(":/classifier/boundary-client-thresholds.json"),
    };
    for (int i = 0; i < 4; ++i) {
        Result<QByteArray> read = readResource(names[i]);
        if (!read)
            return std::unexpected(read.error());
        files[i] = std::move(*read);
    }
    return load({files[0], files[1]}, {files[2], files[3]});
}

const BoundaryClassifier::RoleModel& BoundaryClassifier::role(Author author) const
{
    return m_models[author == Author::Worker ? 0 : 1];
}

const BoundaryClassifier::Thresholds& BoundaryClassifier::thresholds(Author author) const
{
    return role(author).thresholds;
}

std::optional<BoundaryRule> BoundaryClassifier::resemblance(const NormalisedText& text,
                                                            Author author) const
{
    const RoleModel& model = role(author);
    if (text.tokenCount() == 0 || text.folded().size() > model.thresholds.calibratedLength)
        return std::nullopt;
    const std::vector<double> p = model.model->probabilities(text);
    const auto likeliest = std::size_t(std::ranges::max_element(p) - p.begin());
    const std::optional<BoundaryRule> rule = model.ruleOfLabel[likeliest];
    if (!rule || p[likeliest] < model.thresholds.flag)
        return std::nullopt;
    return rule;
}

void BoundaryClassifier::add(const NormalisedText& text, Author author,
                             QList<BoundaryFinding>& findings) const
{
    const std::optional<BoundaryRule> rule = resemblance(text, author);
    if (!rule || std::ranges::any_of(findings, [&](const BoundaryFinding& finding) {
            return finding.rule == *rule;
        }))
        return;
    findings.append(BoundaryFinding{*rule, TextSpan{}, explanation(*rule, author),
                                    BoundaryTexts::suggestion(*rule, author)});
}

} // namespace kotva
