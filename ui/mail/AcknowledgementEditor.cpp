#include "ui/mail/AcknowledgementEditor.h"

#include "core/mail/intake/AcknowledgementText.h"
#include "ui/shell/InlineMessage.h"
#include "ui/shell/ShellWidgets.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringList>
#include <QVBoxLayout>

namespace kotva {

namespace {
constexpr QLatin1String DuePlaceholder("{due}");
constexpr QLatin1String EmergencyNumber("112");
} // namespace

AcknowledgementEditor::AcknowledgementEditor(QWidget* parent)
    : QWidget(parent)
{
    auto* hint = new InlineMessage(this);
    hint->setMessage(
        InlineMessage::Kind::Information,
        tr("Every client gets this reply once, in Czech and in English. Whatever you write, it "
           "must keep saying when the answer will come ({due}), that attachments are not "
           "opened, and that in acute danger 112 or 155 and the crisis lines help at once: "
           "e-mail cannot. {organisation} becomes your organisation's name."));

    auto* languages = new QHBoxLayout;
    languages->setSpacing(16);
    languages->addLayout(buildLanguage(m_czech, QStringLiteral("czech"), tr("&Czech text:"),
                                       AcknowledgementText::defaultCzech()),
                         1);
    languages->addLayout(buildLanguage(m_english, QStringLiteral("english"), tr("&English text:"),
                                       AcknowledgementText::defaultEnglish()),
                         1);

    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("acknowledgementPreview"));
    m_preview->setReadOnly(true);
    m_preview->setMinimumHeight(m_preview->fontMetrics().lineSpacing() * 6);
    auto* previewLabel =
        new QLabel(tr("&Preview: the reply to a message that arrived just now"), this);
    previewLabel->setBuddy(m_preview);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(languages, 3);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 2);
    setTexts({}, {});
}

QLayout* AcknowledgementEditor::buildLanguage(Language& language, const QString& name,
                                              const QString& title, const QString& defaultText)
{
    language.defaultText = defaultText;
    language.edit = new QPlainTextEdit(this);
    language.edit->setObjectName(name + QStringLiteral("Acknowledgement"));
    language.edit->setTabChangesFocus(true);
    language.edit->setMinimumHeight(language.edit->fontMetrics().lineSpacing() * 8);
    language.restore = new QPushButton(tr("Restore &default"), this);
    language.restore->setObjectName(name + QStringLiteral("RestoreDefault"));
    language.warning = new InlineMessage(this);
    auto* label = new QLabel(title, this);
    label->setBuddy(language.edit);

    connect(language.edit, &QPlainTextEdit::textChanged, this, [this, &language] {
        checkText(language);
        updatePreview();
    });
    connect(language.restore, &QPushButton::clicked, this,
            [&language] { language.edit->setPlainText(language.defaultText); });

    auto* header = new QHBoxLayout;
    header->addWidget(label, 1);
    header->addWidget(language.restore);
    auto* column = new QVBoxLayout;
    column->addLayout(header);
    column->addWidget(language.edit, 1);
    column->addWidget(language.warning);
    return column;
}

void AcknowledgementEditor::setTexts(const QString& czech, const QString& english)
{
    m_czech.edit->setPlainText(czech.trimmed().isEmpty() ? m_czech.defaultText : czech);
    m_english.edit->setPlainText(english.trimmed().isEmpty() ? m_english.defaultText : english);
}

QString AcknowledgementEditor::stored(const Language& language)
{
    const QString text = language.edit->toPlainText().trimmed();
    return text == language.defaultText.trimmed() ? QString() : text;
}

QString AcknowledgementEditor::storedCzech() const
{
    return stored(m_czech);
}

QString AcknowledgementEditor::storedEnglish() const
{
    return stored(m_english);
}

void AcknowledgementEditor::setPreviewContext(const QDateTime& dueUtc, const QString& organisation)
{
    m_dueUtc = dueUtc;
    m_organisation = organisation;
    updatePreview();
}

void AcknowledgementEditor::checkText(Language& language)
{
    const QString text = language.edit->toPlainText();
    if (text.trimmed().isEmpty()) {
        // body() sends the default for an empty text; say so rather than warn.
        language.warning->setMessage(InlineMessage::Kind::Information,
                                     tr("An empty text is replaced by Kotva's default."));
        return;
    }
    QStringList missing;
    if (!text.contains(DuePlaceholder))
        missing << tr("{due} is missing: the client would not learn when the answer comes.");
    if (!text.contains(EmergencyNumber))
        missing << tr("112 is missing: the client would not learn where to turn in acute "
                      "danger.");
    if (missing.isEmpty())
        language.warning->clear();
    else
        language.warning->setMessage(InlineMessage::Kind::Warning, missing.join(u'\n'));
}

void AcknowledgementEditor::updatePreview()
{
    if (!m_preview)
        return;
    if (!m_dueUtc.isValid()) {
        m_preview->clear();
        return;
    }
    const QString body = AcknowledgementText::body(
        m_czech.edit->toPlainText(), m_english.edit->toPlainText(), m_dueUtc, m_organisation);
    m_preview->setPlainText(tr("Subject: %1").arg(AcknowledgementText::subject()) +
                            QStringLiteral("\n\n") + body);
}

} // namespace kotva
