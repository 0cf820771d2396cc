#include "core/vaultsession/VaultSchema.h"

#include "core/mail/intake/MailSchema.h"
#include "core/schedule/ScheduleSchema.h"
#include "core/session/SessionSchema.h"
#include "core/supervision/SupervisionSchema.h"
#include "core/team/TeamSchema.h"

namespace kotva {

storage::Schema vaultSchema()
{
    return storage::Schema({sessionSchemaPart(), scheduleSchemaPart(), supervisionSchemaPart(),
                            mailSchemaPart(), teamSchemaPart()});
}

void registerVaultSchema()
{
    storage::Schema::setCurrent(vaultSchema());
}

} // namespace kotva
