#include "ui/referral/CrisisReferralPane.h"

#include "ui/referral/ReferralCard.h"
#include "ui/referral/ReferralTexts.h"
#include "ui/shell/FindingLabels.h"
#include "ui/shell/ShareableCopy.h"

#include <QAccessible>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

namespace kotva {

namespace {

QLabel* wrapped(QWidget* parent, const QString& name)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

bool sameReferral(const Referral& a, const Referral& b)
{
    const QString idA = a.entry ? a.entry->id : QString();
    const QString idB = b.entry ? b.entry->id : QString();
    return idA == idB && a.professional == b.professional && a.openNow == b.openNow;
}

} // namespace

CrisisReferralPane::CrisisReferralPane(const ReferralPlanner& planner, QString region,
                                       QWidget* parent)
    : QWidget(parent)
    , m_planner(planner)
    , m_region(std::move(region))
    , m_scriptLanguage(referral_ui::uiScriptLanguage())
{
    setObjectName(QStringLiteral("crisisReferralPane"));
    setAccessibleName(tr("Crisis referral"));

    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("referralContent"));
    auto* column = new QVBoxLayout(content);
    column->setContentsMargins(8, 8, 8, 8);
    column->setSpacing(10);
    column->addWidget(buildLevel(content));
    column->addWidget(buildTriggers(content));
    column->addWidget(buildReferrals(content));
    column->addWidget(buildNotes(content));
    column->addWidget(buildScript(content));
    column->addStretch(1);

    // Everything scrolls, so the pane fits beside the conversation at 1366×768.
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("referralScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(content);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(buildFooter());
    setMinimumWidth(300);

    render();
}

QWidget* CrisisReferralPane::buildLevel(QWidget* parent)
{
    m_levelBanner = new QFrame(parent);
    m_levelBanner->setObjectName(QStringLiteral("levelBanner"));
    m_levelTitle = wrapped(m_levelBanner, QStringLiteral("levelTitle"));
    m_levelText = wrapped(m_levelBanner, QStringLiteral("levelText"));
    m_emergencyNumbers = wrapped(m_levelBanner, QStringLiteral("emergencyNumbers"));
    QFont big = m_emergencyNumbers->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.8);
    m_emergencyNumbers->setFont(big);
    QFont title = m_levelTitle->font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.4);
    m_levelTitle->setFont(title);

    auto* layout = new QVBoxLayout(m_levelBanner);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addWidget(m_levelTitle);
    layout->addWidget(m_levelText);
    layout->addWidget(m_emergencyNumbers);
    return m_levelBanner;
}

QWidget* CrisisReferralPane::buildTriggers(QWidget* parent)
{
    m_triggersBox = new QGroupBox(tr("What the client wrote"), parent);
    m_triggersBox->setObjectName(QStringLiteral("triggersBox"));
    m_triggers = wrapped(m_triggersBox, QStringLiteral("triggerWords"));
    m_triggers->setAccessibleName(tr("Words that raised the level"));
    auto* layout = new QVBoxLayout(m_triggersBox);
    layout->addWidget(m_triggers);
    return m_triggersBox;
}

QWidget* CrisisReferralPane::buildReferrals(QWidget* parent)
{
    m_referralsBox = new QGroupBox(tr("Where the client can turn, in this order"), parent);
    m_referralsBox->setObjectName(QStringLiteral("referralsBox"));
    m_referralLayout = new QVBoxLayout(m_referralsBox);
    m_referralLayout->setSpacing(6);
    return m_referralsBox;
}

QWidget* CrisisReferralPane::buildNotes(QWidget* parent)
{
    m_notesBox = new QGroupBox(tr("For you"), parent);
    m_notesBox->setObjectName(QStringLiteral("notesBox"));
    m_notes = wrapped(m_notesBox, QStringLiteral("workerNotes"));
    auto* layout = new QVBoxLayout(m_notesBox);
    layout->addWidget(m_notes);
    return m_notesBox;
}

QWidget* CrisisReferralPane::buildScript(QWidget* parent)
{
    m_scriptBox = new QGroupBox(tr("Words for the client"), parent);
    m_scriptBox->setObjectName(QStringLiteral("scriptBox"));
    auto* languageLabel = new QLabel(tr("Language:"), m_scriptBox);
    m_czech = new QRadioButton(tr("&Czech"), m_scriptBox);
    m_czech->setObjectName(QStringLiteral("scriptCzech"));
    m_czech->setAccessibleName(tr("Script in Czech"));
    m_english = new QRadioButton(tr("&English"), m_scriptBox);
    m_english->setObjectName(QStringLiteral("scriptEnglish"));
    m_english->setAccessibleName(tr("Script in English"));
    auto* group = new QButtonGroup(m_scriptBox);
    group->addButton(m_czech);
    group->addButton(m_english);
    (m_scriptLanguage == ScriptLanguage::Czech ? m_czech : m_english)->setChecked(true);
    connect(m_czech, &QRadioButton::toggled, this, [this](bool on) {
        setScriptLanguage(on ? ScriptLanguage::Czech : ScriptLanguage::English);
    });

    // Tykání or vykání, as the conversation goes (the English script has one form).
    m_formBox = new QComboBox(m_scriptBox);
    m_formBox->setObjectName(QStringLiteral("scriptForm"));
    m_formBox->setAccessibleName(tr("How the Czech script addresses the client"));
    m_formBox->addItem(tr("vykání (vy)"), int(Register::Formal));
    m_formBox->addItem(tr("tykání (ty)"), int(Register::Informal));
    connect(m_formBox, &QComboBox::activated, this, [this](int index) {
        m_formChosen = true;
        setForm(Register(m_formBox->itemData(index).toInt()));
        Q_EMIT formChosen(m_form);
    });

    m_script = new QPlainTextEdit(m_scriptBox);
    m_script->setObjectName(QStringLiteral("scriptText"));
    m_script->setAccessibleName(tr("Script for the client"));
    m_script->setReadOnly(true);
    m_script->setTabChangesFocus(true);
    m_script->setMinimumHeight(160);
    m_script->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_script->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_script->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_copy = new QPushButton(tr("C&opy"), m_scriptBox);
    m_copy->setObjectName(QStringLiteral("copyScript"));
    m_copy->setToolTip(tr("Copy the script to the clipboard"));
    m_insert = new QPushButton(tr("&Insert into reply"), m_scriptBox);
    m_insert->setObjectName(QStringLiteral("insertScript"));
    m_insert->setToolTip(tr("Put the script into the reply you are writing; nothing is sent"));
    m_scriptStatus = wrapped(m_scriptBox, QStringLiteral("scriptStatus"));
    connect(m_copy, &QPushButton::clicked, this, &CrisisReferralPane::copyScript);
    connect(m_insert, &QPushButton::clicked, this,
            [this] { Q_EMIT insertIntoReplyRequested(m_plan.script(m_scriptLanguage, m_form)); });

    auto* languages = new QHBoxLayout;
    languages->addWidget(languageLabel);
    languages->addWidget(m_czech);
    languages->addWidget(m_english);
    languages->addWidget(m_formBox);
    languages->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_copy);
    buttons->addWidget(m_insert);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(m_scriptBox);
    layout->addLayout(languages);
    layout->addWidget(m_script);
    layout->addLayout(buttons);
    layout->addWidget(m_scriptStatus);
    return m_scriptBox;
}

QWidget* CrisisReferralPane::buildFooter()
{
    auto* footer = new QFrame(this);
    footer->setObjectName(QStringLiteral("referralFooter"));
    footer->setFrameShape(QFrame::StyledPanel);
    m_given = new QPushButton(tr("Referral &given"), footer);
    m_given->setObjectName(QStringLiteral("referralGiven"));
    m_given->setToolTip(tr("Record that you gave the client a referral. Only the fact and "
                           "the level are kept, no text."));
    m_givenStatus = wrapped(footer, QStringLiteral("referralGivenStatus"));
    connect(m_given, &QPushButton::clicked, this, [this] {
        m_given->setEnabled(false);
        m_givenStatus->setText(tr("Recorded: referral given."));
        Q_EMIT referralGiven(m_level);
    });
    auto* layout = new QHBoxLayout(footer);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_given);
    layout->addWidget(m_givenStatus, 1);
    return footer;
}

void CrisisReferralPane::showAssessment(const Analysis& analysis, const QString& text)
{
    const RiskLevel before = m_level;
    m_request = PlanRequest{analysis.crisis, analysis.boundaries, m_region, ClientGroup::Adult};
    m_level = analysis.crisis.level;
    replan();
    renderTriggers(text);
    // A new level is a new situation: the worker may give (and record) a referral again.
    if (m_level != before) {
        m_given->setEnabled(!m_plan.referrals.isEmpty());
        m_givenStatus->clear();
    }
    render();
    if (m_level == RiskLevel::Acute && before != RiskLevel::Acute) {
        QAccessibleEvent alert(m_levelBanner, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void CrisisReferralPane::setForm(Register form)
{
    m_formBox->setCurrentIndex(m_formBox->findData(int(form)));
    if (form == m_form)
        return;
    m_form = form;
    renderScript();
}

void CrisisReferralPane::setChosenForm(Register form)
{
    m_formChosen = true;
    setForm(form);
}

void CrisisReferralPane::suggestForm(Register form)
{
    if (!m_formChosen)
        setForm(form);
}

void CrisisReferralPane::clear()
{
    m_formChosen = false;
    setForm(Register::Formal);
    m_request = PlanRequest{};
    m_request.region = m_region;
    m_level = RiskLevel::None;
    replan();
    m_triggers->clear();
    m_givenStatus->clear();
    render();
}

void CrisisReferralPane::setRegion(const QString& region)
{
    if (region == m_region)
        return;
    m_region = region;
    m_request.region = region;
    replan();
    render();
}

RiskLevel CrisisReferralPane::level() const
{
    return m_level;
}

bool CrisisReferralPane::shouldRise() const
{
    return m_level != RiskLevel::None;
}

const ReferralPlan& CrisisReferralPane::plan() const
{
    return m_plan;
}

void CrisisReferralPane::replan()
{
    PlanRequest request = m_request;
    // Opened on demand (F2) with nothing found, the pane still lists the crisis lines: the
    // worker may sense a danger that the words do not show. The level stays "none".
    if (request.crisis.level == RiskLevel::None && request.clientBoundaries.isEmpty())
        request.crisis.level = RiskLevel::Concern;
    m_plan = m_planner.plan(request);
}

void CrisisReferralPane::render()
{
    renderLevel();
    m_triggersBox->setVisible(!m_triggers->text().isEmpty());
    renderReferrals();
    m_notes->setText(m_plan.workerNotes.join(QLatin1Char('\n')));
    m_notesBox->setVisible(!m_plan.workerNotes.isEmpty());
    renderScript();
    m_given->setEnabled(!m_plan.referrals.isEmpty() && m_givenStatus->text().isEmpty());
}

void CrisisReferralPane::renderLevel()
{
    QString style;
    QString text;
    QStringList numbers;
    switch (m_level) {
    case RiskLevel::Acute:
        // Not colour alone: a warning sign, the words "Acute danger" and large numbers.
        style = QStringLiteral("background: #8e1111; color: #ffffff;");
        text = tr("Life may be at risk now. Ask the client to call one of these numbers "
                  "right away. Kotva calls no one; the client calls.");
        for (const Referral& referral : m_plan.referrals) {
            if (referral.entry && referral.entry->kind == EntryKind::Emergency)
                numbers << tr("%1 – %2").arg(referral.phone(),
                                             referral.title(referral_ui::uiScriptLanguage()));
        }
        break;
    case RiskLevel::Concern:
        style = QStringLiteral("background: #fdf3e1; color: #5c3d00; border: 2px solid #e5c07b;");
        text = tr("The client's words show signs of distress. Offer the lines below and "
                  "consider talking it through in supervision.");
        break;
    case RiskLevel::None:
        style = QStringLiteral("border: 1px solid palette(mid);");
        text = tr("Nothing in the client's words points to danger. If you are worried anyway, "
                  "trust your judgement, ask the client directly and offer the lines below.");
        break;
    }
    const QString marker = m_level == RiskLevel::Acute     ? QStringLiteral("⚠ ")
                           : m_level == RiskLevel::Concern ? QStringLiteral("! ")
                                                           : QString();
    m_levelBanner->setStyleSheet(QStringLiteral("QFrame#levelBanner { %1 border-radius: 4px; } "
                                                "QFrame#levelBanner QLabel { %1 border: none; }")
                                     .arg(style));
    m_levelTitle->setText(marker + referral_ui::levelTitle(m_level));
    m_levelText->setText(text);
    m_emergencyNumbers->setText(numbers.join(QLatin1Char('\n')));
    m_emergencyNumbers->setVisible(!numbers.isEmpty());
    m_levelBanner->setAccessibleName(
        m_levelTitle->text() + QStringLiteral(". ") + text +
        (numbers.isEmpty() ? QString() : QLatin1Char(' ') + numbers.join(u", ")));
}

void CrisisReferralPane::renderTriggers(const QString& text)
{
    QStringList lines;
    for (const CrisisSignal& signal : m_request.crisis.signals) {
        const bool wholeMessage = signal.kind == SignalKind::ResemblesConcern ||
                                  signal.kind == SignalKind::ResemblesAcute;
        const QString words = referral_ui::cutSpan(text, signal.span);
        // The classifier's finding points at no words; a stored signal has lost its words.
        if (words.isEmpty() && !wholeMessage)
            continue;
        const QString line =
            wholeMessage ? tr("The message as a whole – %1").arg(findings::signalLabel(signal.kind))
                         : tr("“%1” – %2").arg(words, findings::signalLabel(signal.kind));
        if (!lines.contains(line))
            lines << line;
    }
    m_triggers->setText(lines.join(QLatin1Char('\n')));
}

void CrisisReferralPane::renderReferrals()
{
    // The workspace assesses again as the worker types: keep the cards (and where the
    // worker scrolled to) when the plan shows the same referrals in the same state.
    const bool same = m_cards.size() == m_plan.referrals.size() &&
                      std::ranges::equal(m_cards, m_plan.referrals,
                                         [](const ReferralCard* card, const Referral& r) {
                                             return sameReferral(card->referral(), r);
                                         });
    if (same)
        return;
    qDeleteAll(m_cards);
    m_cards.clear();
    const ScriptLanguage language = referral_ui::uiScriptLanguage();
    int position = 1;
    for (const Referral& referral : m_plan.referrals) {
        auto* card = new ReferralCard(position++, referral, language, m_referralsBox);
        m_referralLayout->addWidget(card);
        // Shown now, not at the layout's next event-loop turn: the pane may be grabbed or
        // read by a screen reader straight after an assessment.
        card->show();
        m_cards << card;
    }
    m_referralsBox->setVisible(!m_cards.isEmpty());
}

void CrisisReferralPane::renderScript()
{
    m_formBox->setEnabled(m_scriptLanguage == ScriptLanguage::Czech);
    const QString script = m_plan.isEmpty() ? QString() : m_plan.script(m_scriptLanguage, m_form);
    m_scriptBox->setVisible(!script.isEmpty());
    if (script == m_script->toPlainText())
        return; // keeps what the worker selected in it
    m_script->setPlainText(script);
    m_scriptStatus->clear();
}

void CrisisReferralPane::setScriptLanguage(ScriptLanguage language)
{
    if (language == m_scriptLanguage)
        return;
    m_scriptLanguage = language;
    renderScript();
}

void CrisisReferralPane::copyScript()
{
    // Meant for the client: not cleared like client text copied out of Kotva.
    shell::copyShareable(m_plan.script(m_scriptLanguage, m_form));
    m_scriptStatus->setText(tr("Copied to the clipboard."));
}

} // namespace kotva
