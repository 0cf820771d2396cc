"""Reads an .ics file with python3-icalendar (independent of Kotva) and prints its events as JSON.

Usage: /usr/bin/python3 read_ics.py FILE
"""
import json
import sys

import icalendar

with open(sys.argv[1], "rb") as f:
    calendar = icalendar.Calendar.from_ical(f.read())

out = {
    "prodid": str(calendar.get("PRODID")),
    "version": str(calendar.get("VERSION")),
    "calscale": str(calendar.get("CALSCALE")),
    "timezones": [str(tz.get("TZID")) for tz in calendar.walk("VTIMEZONE")],
    "timezone_parts": sorted(c.name for tz in calendar.walk("VTIMEZONE") for c in tz.subcomponents),
    "events": [],
}
for event in calendar.walk("VEVENT"):
    start = event.decoded("DTSTART")
    end = event.decoded("DTEND")
    out["events"].append({
        "uid": str(event.get("UID")),
        "summary": str(event.get("SUMMARY")),
        "location": str(event.get("LOCATION", "")),
        "description": str(event.get("DESCRIPTION", "")),
        "status": str(event.get("STATUS", "")),
        "start": start.isoformat(),
        "end": end.isoformat(),
        "start_tzid": event.get("DTSTART").params.get("TZID", ""),
        "end_tzid": event.get("DTEND").params.get("TZID", ""),
        "start_utc_offset": int(start.utcoffset().total_seconds()),
        "dtstamp": event.decoded("DTSTAMP").isoformat(),
    })
print(json.dumps(out, ensure_ascii=False))
