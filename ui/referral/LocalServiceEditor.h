#pragma once

#include "core/common/Error.h"
#include "core/referral/ReferralEntry.h"

#include <QDialog>
#include <QMap>

#include <array>
#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;

namespace kotva {

class InlineMessage;

/// Adds or edits one of the organisation's own services: what it is, where, its number,
/// when it answers (nonstop, or the hours of each day) and the day a coordinator confirmed
/// it. OK hands the service to `save` (LocalServices::put); when that fails the dialog says
/// why and stays open, with everything typed kept.
class LocalServiceEditor final : public QDialog
{
    Q_OBJECT
public:
    using Save = std::function<Status(const ReferralEntry&)>;

    /// `entry` is the service to edit, or a new one with only its id set.
    LocalServiceEditor(const ReferralEntry& entry, const QMap<QString, QString>& regionNames,
                       Save save, QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(LocalServiceEditor)

    /// The service as the form says, or the first thing the form lacks.
    [[nodiscard]] Result<ReferralEntry> entry() const;

    /// The hours of one day as typed ("8:00–12:00, 13:00–16:30"), or why they cannot be read.
    [[nodiscard]] static Result<QList<MinuteRange>> parseDay(const QString& text);

    [[nodiscard]] QLineEdit* nameEdit() const { return m_nameCs; }
    [[nodiscard]] QLineEdit* phoneEdit() const { return m_phone; }
    [[nodiscard]] QLineEdit* addressEdit() const { return m_address; }
    [[nodiscard]] QComboBox* kindCombo() const { return m_kind; }
    [[nodiscard]] QComboBox* regionCombo() const { return m_region; }
    [[nodiscard]] QCheckBox* nonstopBox() const { return m_nonstop; }
    [[nodiscard]] QLineEdit* dayEdit(Qt::DayOfWeek day) const { return m_days.at(day - 1); }
    [[nodiscard]] QDateEdit* verifiedEdit() const { return m_verified; }
    [[nodiscard]] InlineMessage* message() const { return m_message; }

public Q_SLOTS:
    void accept() override;

private:
    void fill(const ReferralEntry& entry);
    void updateEnabled();

    ReferralEntry m_original;
    Save m_save;
    QLineEdit* m_nameCs = nullptr;
    QLineEdit* m_nameEn = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_region = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_audience = nullptr;
    QLineEdit* m_operator = nullptr;
    QCheckBox* m_nonstop = nullptr;
    std::array<QLineEdit*, 7> m_days{};
    QCheckBox* m_closedOnHolidays = nullptr;
    QCheckBox* m_free = nullptr;
    QCheckBox* m_children = nullptr;
    QCheckBox* m_seniors = nullptr;
    QCheckBox* m_violence = nullptr;
    QDateEdit* m_verified = nullptr;
    QLineEdit* m_sourceUrl = nullptr;
    QLineEdit* m_note = nullptr;
    InlineMessage* m_message = nullptr;
};

} // namespace kotva
