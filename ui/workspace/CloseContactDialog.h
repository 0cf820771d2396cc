#pragma once

#include "core/session/Contact.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace kotva {

/// How the contact ended, in a few clicks: topics from the organisation's list, whether a
/// referral was given (ticked already when "Referral given" was pressed), and whether the
/// worker brings the contact to supervision. Nothing here is free text about the client.
class CloseContactDialog final : public QDialog
{
    Q_OBJECT
public:
    CloseContactDialog(const Contact& contact, const QStringList& topics,
                       QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(CloseContactDialog)

    [[nodiscard]] ContactOutcome outcome() const;
    [[nodiscard]] ContactId contactId() const { return m_contactId; }

    [[nodiscard]] QListWidget* topicList() const { return m_topics; }
    [[nodiscard]] QCheckBox* referralBox() const { return m_referral; }
    [[nodiscard]] QCheckBox* supervisionBox() const { return m_supervision; }
    /// Why the box starts ticked (hidden when it does not).
    [[nodiscard]] QLabel* supervisionReason() const { return m_supervisionReason; }
    /// Ticks the topic with this text (tests, and a keyboard-free way to fill it in).
    bool setTopicChecked(const QString& topic, bool checked);
    /// Replaces the list (after it was edited), keeping the ticks on topics still in it.
    void setTopics(const QStringList& topics);
    [[nodiscard]] QPushButton* editTopicsButton() const { return m_editTopics; }

Q_SIGNALS:
    /// The worker wants to change the organisation's list of topics.
    void editTopicsRequested();

protected:
    void showEvent(QShowEvent* event) override;

private:
    ContactId m_contactId = 0;
    QListWidget* m_topics = nullptr;
    QPushButton* m_editTopics = nullptr;
    QCheckBox* m_referral = nullptr;
    QCheckBox* m_supervision = nullptr;
    QLabel* m_supervisionReason = nullptr;
};

} // namespace kotva
