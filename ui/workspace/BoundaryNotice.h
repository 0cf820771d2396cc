#pragma once

#include "core/analysis/Findings.h"
#include "core/common/ScriptLanguage.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace kotva {

/// The strip above the composer about a boundary of the peer role:
/// - before a worker's draft that crosses one is saved: the rule, why, and a suggested
///   wording, with "Edit the draft" and "Send anyway";
/// - after a client's request the service does not meet: why not and where to go instead,
///   with "Insert into my reply";
/// - before a worker's draft that returns to a topic the client stopped: which topic and the
///   client's right to end it, with "Edit the draft" and "Send anyway".
class BoundaryNotice final : public QFrame
{
    Q_OBJECT
public:
    enum class Mode { None, WorkerDraft, ClientRequest, StoppedTopic };

    explicit BoundaryNotice(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(BoundaryNotice)

    void showWorkerDraft(const QList<BoundaryFinding>& findings);
    /// A client's request, with the answer in the contact's tykání or vykání.
    void showClientRequest(const QList<BoundaryFinding>& findings,
                           Register form = Register::Formal);
    /// `labels`: the stopped topics the draft touches (StoppedTopicCheck).
    void showStoppedTopic(const QStringList& labels);
    void dismiss();

    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] QString text() const;
    /// The wording "Insert into my reply" puts into the composer.
    [[nodiscard]] QString suggestion() const { return m_suggestion; }

    [[nodiscard]] QPushButton* editButton() const { return m_edit; }
    [[nodiscard]] QPushButton* sendAnywayButton() const { return m_sendAnyway; }
    [[nodiscard]] QPushButton* insertButton() const { return m_insert; }

Q_SIGNALS:
    void editRequested();
    void sendAnywayRequested();
    void insertRequested(const QString& suggestion);

private:
    void showFindings(Mode mode, const QString& title, const QList<BoundaryFinding>& findings);
    /// Shows the notice for m_mode with its buttons, and tells assistive technology.
    void present(const QString& title, const QString& body);

    Mode m_mode = Mode::None;
    QString m_suggestion;
    QLabel* m_title = nullptr;
    QLabel* m_body = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_sendAnyway = nullptr;
    QPushButton* m_insert = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace kotva
