#include "core/schedule/ScheduleSchema.h"

namespace kotva {

storage::SchemaPart scheduleSchemaPart()
{
    storage::SchemaPart part;
    part.module = "schedule";
    part.migrations = {
        {1,
         "group programme: organisation, activities, cancellations, changes",
         {
             // Not personal data (first names of peers, the organisation's public contact).
             // event_end (Unix seconds, end of the last day concerned, Prague time) is what
             // expires: past events go 12 months after they ended; NULL = recurs without end.
             "CREATE TABLE schedule_programme (id INTEGER PRIMARY KEY CHECK (id = 1), "
             "organisation TEXT NOT NULL, rota TEXT NOT NULL, created_at INTEGER NOT NULL)",
             "CREATE TABLE schedule_activities (activity_id TEXT PRIMARY KEY NOT NULL, "
             "position INTEGER NOT NULL, definition TEXT NOT NULL, event_end INTEGER, "
             "created_at INTEGER NOT NULL)",
             "CREATE TABLE schedule_cancellations (id INTEGER PRIMARY KEY, "
             "activity_id TEXT NOT NULL, event_date TEXT NOT NULL, reason TEXT NOT NULL, "
             "event_end INTEGER NOT NULL, created_at INTEGER NOT NULL)",
             "CREATE TABLE schedule_changes (id INTEGER PRIMARY KEY, activity_id TEXT NOT NULL, "
             "event_date TEXT NOT NULL, definition TEXT NOT NULL, event_end INTEGER NOT NULL, "
             "created_at INTEGER NOT NULL)",
             "CREATE INDEX schedule_activities_end ON schedule_activities(event_end)",
             "CREATE INDEX schedule_cancellations_end ON schedule_cancellations(event_end)",
             "CREATE INDEX schedule_changes_end ON schedule_changes(event_end)",
         }},
    };
    part.datedTables = {
        {"schedule_activities", "event_end"},
        {"schedule_cancellations", "event_end"},
        {"schedule_changes", "event_end"},
    };
    return part;
}

} // namespace kotva
