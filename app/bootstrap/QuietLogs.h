#pragma once

namespace kotva {

/// Qt's own logging categories that print what is on screen or typed (accessible names
/// carry pseudonyms, input methods carry keystrokes) are off for good, whatever
/// QT_LOGGING_RULES or a logging configuration file asks: a debug log must never become a
/// copy of a client's data. Call once, after the application object exists.
void keepClientTextOutOfLogs();

} // namespace kotva
