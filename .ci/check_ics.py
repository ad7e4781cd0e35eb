#!/usr/bin/env python3
"""Independent check of Convene's iCalendar output with python icalendar.

Usage: check_ics.py FILE.ics ...

Each file must parse (RFC 5545), hold at least one VCALENDAR, and every
TZID used by a property must have a VTIMEZONE in the same calendar
(RFC 5545 section 3.2.19). Each event's start and end must resolve to
instants with end after start. Prints one line per file; exits 1 on any
problem.
"""
import sys

import icalendar


def tzids_used(component):
    """Every TZID parameter of every property below `component`."""
    found = set()
    for sub in component.walk():
        if sub.name == "VTIMEZONE":
            continue
        for name, value in sub.property_items(recursive=False):
            params = getattr(value, "params", None)
            if params and "TZID" in params:
                found.add(params["TZID"])
    return found


def check(path):
    problems = []
    with open(path, "rb") as handle:
        data = handle.read()
    if b"\r\n" not in data or data.replace(b"\r\n", b"").find(b"\n") != -1:
        problems.append("line ends are not all CRLF (RFC 5545 section 3.1)")
    for number, line in enumerate(data.split(b"\r\n"), start=1):
        if len(line) > 75:
            problems.append(f"line {number} is {len(line)} octets, over 75 (RFC 5545 section 3.1)")
            break
    try:
        calendars = icalendar.Calendar.from_ical(data, multiple=True)
    except Exception as error:  # the parser's own error is the message
        return [f"does not parse: {error}"]
    if not calendars:
        return ["holds no VCALENDAR"]
    events = 0
    for calendar in calendars:
        zones = {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}
        for tzid in sorted(tzids_used(calendar) - zones):
            problems.append(f"TZID {tzid} has no VTIMEZONE")
        for event in calendar.walk("VEVENT"):
            events += 1
            uid = event.get("UID", "?")
            try:
                start = event.decoded("DTSTART")
                end = event.decoded("DTEND") if "DTEND" in event else None
            except Exception as error:
                problems.append(f"event {uid}: cannot read DTSTART/DTEND: {error}")
                continue
            if end is not None and not end > start:
                problems.append(f"event {uid}: DTEND {end} is not after DTSTART {start}")
            if hasattr(start, "tzinfo") and start.tzinfo is None and "TZID" in event["DTSTART"].params:
                problems.append(f"event {uid}: DTSTART has a TZID but no zone was resolved")
    if events == 0:
        problems.append("holds no VEVENT")
    return problems


def main(paths):
    failed = 0
    for path in paths:
        problems = check(path)
        if problems:
            failed += 1
            for problem in problems:
                print(f"{path}: error: {problem}")
        else:
            print(f"{path}: ok")
    print(f"ics check: {len(paths) - failed} files ok, {failed} with errors (icalendar {icalendar.__version__})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
