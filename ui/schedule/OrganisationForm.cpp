#include "ui/schedule/OrganisationForm.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace kotva {

OrganisationForm::OrganisationForm(QWidget* parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_programme(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_shortAddress(new QLineEdit(this))
    , m_email(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_web(new QLineEdit(this))
{
    m_name->setPlaceholderText(tr("the full name, as printed on the programme"));
    m_programme->setPlaceholderText(tr("optional, e.g. NetoPEER"));
    m_address->setPlaceholderText(tr("street, number, postcode, town"));
    m_shortAddress->setPlaceholderText(tr("optional, for chat posts, e.g. Svatoslavova 260/14"));
    m_email->setPlaceholderText(tr("the service's public e-mail"));
    m_phone->setPlaceholderText(tr("the service's public phone"));
    m_web->setPlaceholderText(tr("optional"));

    auto* intro = new QLabel(tr("Printed at the top of every month. Public contacts of the "
                                "service only, never a personal phone or e-mail."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout(this);
    form->addRow(intro);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Programme name:"), m_programme);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("&Short address:"), m_shortAddress);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("P&hone:"), m_phone);
    form->addRow(tr("&Web:"), m_web);

    for (QLineEdit* edit :
         {m_name, m_programme, m_address, m_shortAddress, m_email, m_phone, m_web})
        connect(edit, &QLineEdit::textEdited, this, &OrganisationForm::edited);
}

void OrganisationForm::setOrganisation(const Organisation& organisation)
{
    m_name->setText(organisation.name);
    m_programme->setText(organisation.programme);
    m_address->setText(organisation.address);
    m_shortAddress->setText(organisation.shortAddress);
    m_email->setText(organisation.email);
    m_phone->setText(organisation.phone);
    m_web->setText(organisation.web);
}

Organisation OrganisationForm::organisation() const
{
    Organisation organisation;
    organisation.name = m_name->text().trimmed();
    organisation.programme = m_programme->text().trimmed();
    organisation.address = m_address->text().trimmed();
    organisation.shortAddress = m_shortAddress->text().trimmed();
    organisation.email = m_email->text().trimmed();
    organisation.phone = m_phone->text().trimmed();
    organisation.web = m_web->text().trimmed();
    return organisation;
}

} // namespace kotva
