#pragma once

#include "core/schedule/Organisation.h"

#include <QWidget>

class QLineEdit;

namespace kotva {

/// Who publishes the programme: name, the programme's own name, address (the venue of most
/// activities) and its short form, and the public e-mail, phone and web.
class OrganisationForm final : public QWidget
{
    Q_OBJECT
public:
    explicit OrganisationForm(QWidget* parent = nullptr);
    Q_DISABLE_COPY_MOVE(OrganisationForm)

    void setOrganisation(const Organisation& organisation);
    /// As filled in, each value trimmed.
    [[nodiscard]] Organisation organisation() const;

    [[nodiscard]] QLineEdit* nameEdit() const { return m_name; }
    [[nodiscard]] QLineEdit* programmeEdit() const { return m_programme; }
    [[nodiscard]] QLineEdit* addressEdit() const { return m_address; }
    [[nodiscard]] QLineEdit* shortAddressEdit() const { return m_shortAddress; }
    [[nodiscard]] QLineEdit* emailEdit() const { return m_email; }
    [[nodiscard]] QLineEdit* phoneEdit() const { return m_phone; }
    [[nodiscard]] QLineEdit* webEdit() const { return m_web; }

Q_SIGNALS:
    void edited();

private:
    QLineEdit* m_name = nullptr;
    QLineEdit* m_programme = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_shortAddress = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_web = nullptr;
};

} // namespace kotva
