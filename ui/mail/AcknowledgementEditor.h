#pragma once

#include <QDateTime>
#include <QWidget>

class QPlainTextEdit;
class QPushButton;

namespace kotva {

class InlineMessage;

/// The "Acknowledgement" page: the organisation's Czech and English texts of the automatic
/// reply, each with "Restore default", and a live preview of the message a client writing
/// now would receive. A text that lost its due date or the emergency number is warned about
/// inline, not refused: the wording is the organisation's, the warning says what it risks.
class AcknowledgementEditor final : public QWidget
{
    Q_OBJECT
public:
    explicit AcknowledgementEditor(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(AcknowledgementEditor)

    /// The stored texts; an empty one shows Kotva's default.
    void setTexts(const QString& czech, const QString& english);
    /// What to store: empty where the text is Kotva's default, so that an improved default
    /// in a later Kotva reaches organisations that never changed it.
    [[nodiscard]] QString storedCzech() const;
    [[nodiscard]] QString storedEnglish() const;

    /// The due date and signature the preview fills in.
    void setPreviewContext(const QDateTime& dueUtc, const QString& organisation);

    QPlainTextEdit* czechEdit() const { return m_czech.edit; }
    QPlainTextEdit* englishEdit() const { return m_english.edit; }
    QPushButton* restoreCzechButton() const { return m_czech.restore; }
    QPushButton* restoreEnglishButton() const { return m_english.restore; }
    InlineMessage* czechWarning() const { return m_czech.warning; }
    InlineMessage* englishWarning() const { return m_english.warning; }
    QPlainTextEdit* preview() const { return m_preview; }

private:
    struct Language
    {
        QPlainTextEdit* edit = nullptr;
        QPushButton* restore = nullptr;
        InlineMessage* warning = nullptr;
        QString defaultText;
    };
    QLayout* buildLanguage(Language& language, const QString& name, const QString& title,
                           const QString& defaultText);
    void checkText(Language& language);
    void updatePreview();
    [[nodiscard]] static QString stored(const Language& language);

    Language m_czech;
    Language m_english;
    QPlainTextEdit* m_preview = nullptr;
    QDateTime m_dueUtc;
    QString m_organisation;
};

} // namespace kotva
