#pragma once

#include "core/schedule/Programme.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace kotva {

/// What is wrong with the programme being edited, in the user's language: first the errors
/// (OK stays disabled until they are fixed), then the warnings (the programme can be used),
/// each naming its activity, the organisation or the rota. Activating one goes there.
/// When cancellations or changes no longer fit the edited activities, offers to remove them.
class ValidationPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ValidationPanel(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(ValidationPanel)

    void setIssues(const QList<ValidationIssue>& issues, const Programme& programme);

    /// The texts shown, "subject: message".
    [[nodiscard]] const QStringList& errors() const { return m_errors; }
    [[nodiscard]] const QStringList& warnings() const { return m_warnings; }

    [[nodiscard]] QListWidget* list() const { return m_list; }
    [[nodiscard]] QPushButton* removeStaleButton() const { return m_removeStale; }

    /// "Activity “Klub”", "Organisation", "Cancellation of Klub on 10. 12. 2026", ...
    [[nodiscard]] static QString subjectText(const ValidationIssue& issue,
                                             const Programme& programme);

Q_SIGNALS:
    void issueActivated(ValidationIssue::Subject subject, qsizetype index);
    void removeStaleRequested();

private:
    void addHeading(const QString& text);
    void addIssues(const QStringList& texts, const QList<ValidationIssue>& issues, bool errors);

    QListWidget* m_list = nullptr;
    QPushButton* m_removeStale = nullptr;
    QStringList m_errors;
    QStringList m_warnings;
};

} // namespace kotva
