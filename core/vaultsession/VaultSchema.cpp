#include "core/vaultsession/VaultSchema.h"

#include "core/exchange/ExchangeSchema.h"
#include "core/mail/intake/MailSchema.h"
#include "core/schedule/ScheduleSchema.h"
#include "core/session/SessionSchema.h"
#include "core/supervision/SupervisionSchema.h"
#include "core/team/TeamSchema.h"

namespace kotva {

storage::Schema vaultSchema()
{
    return storage::Schema({sessionSchemaPart(), scheduleSchemaPart(), supervisionSchemaPart(),
                            mailSchemaPart(), teamSchemaPart(), exchangeSchemaPart()});
}

void registerVaultSchema()
{
    storage::Schema::setCurrent(vaultSchema());
}

} // namespace kotva
