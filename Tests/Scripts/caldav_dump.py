#!/usr/bin/env python3
"""Reads calendar collections back from a CalDAV server with python caldav.

Usage: caldav_dump.py BASE_URL LOGIN PASSWORD COLLECTION...

Prints JSON: {collection: {resource name: {uid, sequence, status, dtstart,
dtend, data}}}, where dtstart/dtend are UTC ISO 8601 instants read by
python icalendar and data is the resource's text exactly as served.
"""
import datetime
import json
import sys

import caldav
import icalendar


def instant(value):
    if isinstance(value, datetime.datetime) and value.tzinfo is not None:
        return value.astimezone(datetime.timezone.utc).isoformat()
    return value.isoformat()


def main(base, login, password, collections):
    client = caldav.DAVClient(url=base, username=login, password=password)
    result = {}
    for name in collections:
        calendar = client.calendar(url=base.rstrip("/") + "/" + name + "/")
        resources = {}
        for item in calendar.events():
            data = item.data
            parsed = icalendar.Calendar.from_ical(data)
            for event in parsed.walk("VEVENT"):
                resources[str(item.url).rstrip("/").split("/")[-1]] = {
                    "uid": str(event["UID"]),
                    "sequence": int(event.get("SEQUENCE", 0)),
                    "status": str(event.get("STATUS", "")),
                    "dtstart": instant(event.decoded("DTSTART")),
                    "dtend": instant(event.decoded("DTEND")),
                    "data": data,
                }
        result[name] = resources
    json.dump(result, sys.stdout, indent=1, sort_keys=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:])
