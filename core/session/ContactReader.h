#pragma once

// Reads contacts with everything the Contact struct carries (contract history, stopped
// topics, outcome, expiry times) in a fixed number of queries, however many contacts.

#include "core/common/Error.h"
#include "core/session/Contact.h"
#include "core/storage/RetentionPolicy.h"

#include <QSqlDatabase>
#include <QVariantList>

namespace kotva {

class ContactReader final
{
public:
    ContactReader(QSqlDatabase db, const RetentionPolicy& retention);

    /// Contacts matching `filter`, newest activity first.
    /// `visibleTo`: a team vault's member, who sees their own contacts and the shared ones.
    [[nodiscard]] Result<QList<Contact>> list(const ContactFilter& filter,
                                              const QString& visibleTo = {}) const;
    /// One contact; NotFound when it is not (or no longer) in the vault.
    [[nodiscard]] Result<Contact> one(ContactId id) const;

private:
    Result<QList<Contact>> read(const QString& where, const QVariantList& values) const;
    Status addContracts(QList<Contact>& contacts, const QString& where,
                        const QVariantList& values) const;
    Status addStops(QList<Contact>& contacts, const QString& where,
                    const QVariantList& values) const;
    Status addOutcomes(QList<Contact>& contacts, const QString& where,
                       const QVariantList& values) const;

    QSqlDatabase m_db;
    RetentionPolicy m_retention;
};

} // namespace kotva
