#include "core/common/Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "kotva.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeys, "kotva.keys", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAccess, "kotva.access", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAnalysis, "kotva.analysis", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReferral, "kotva.referral", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSchedule, "kotva.schedule", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "kotva.ui", QtInfoMsg)
