#!/usr/bin/env python3
"""Independent check of Convene's iCalendar output with python icalendar.

Usage: check_ics.py (FILE.ics | DIR) ...

Each file must parse (RFC 5545), hold at least one VCALENDAR, and every
TZID used by a property must have a VTIMEZONE in the same calendar
(RFC 5545 section 3.2.19). Each event's start and end must resolve to
instants with end after start. A DIR is the output folder of
`convene plan`: its calendar.ics and calendars/*.ics are checked, and each
event's start and end, resolved by python through the embedded VTIMEZONE,
must be the instants plan.json's calendar state gives for that UID (else
within the hours plan.json reserves for the meeting), and
recurring-ical-events must expand the feed to exactly those instants, one
occurrence per event. Prints one line per file; exits 1 on any problem.
"""
import datetime
import importlib.metadata
import glob
import json
import os
import sys

import icalendar
import recurring_ical_events


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


def parse_instant(text):
    return datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))


def planned_instants(plan_path):
    """Meeting id -> (utcStart, utcEnd) from plan.json's meetings."""
    with open(plan_path, encoding="utf-8") as handle:
        plan = json.load(handle)
    return {m["id"]: (parse_instant(m["utcStart"]), parse_instant(m["utcEnd"])) for m in plan["meetings"]}


def event_instants(plan_path):
    """UID -> (utcStart, utcEnd) from plan.json's calendar state, if any."""
    with open(plan_path, encoding="utf-8") as handle:
        plan = json.load(handle)
    state = plan.get("calendar") or {}
    return {e["uid"]: (parse_instant(e["utcStart"]), parse_instant(e["utcEnd"])) for e in state.get("events", [])}


def is_runup(event):
    """Whether the event is one of the run-up's deadlines (CATEGORIES Run-up)."""
    categories = event.get("CATEGORIES")
    values = []
    for item in categories if isinstance(categories, list) else [categories]:
        if item is not None:
            values += [str(c) for c in getattr(item, "cats", [item])]
    return "Run-up" in values


def check_expansion(calendar, events):
    """recurring-ical-events must give each event once, at the instants given."""
    problems = []
    if not events:
        return problems
    low = min(start for start, _ in events.values()) - datetime.timedelta(days=1)
    high = max(end for _, end in events.values()) + datetime.timedelta(days=1)
    seen = {}
    for occurrence in recurring_ical_events.of(calendar).between(low, high):
        uid = str(occurrence.get("UID"))
        seen.setdefault(uid, []).append((occurrence.decoded("DTSTART"), occurrence.decoded("DTEND")))
    for uid, expected in events.items():
        got = seen.get(uid, [])
        if got != [expected]:
            problems.append(f"event {uid}: recurring-ical-events expands it to {[(a.isoformat(), b.isoformat()) for a, b in got]}, "
                            f"plan.json gives {expected[0].isoformat()}..{expected[1].isoformat()}")
    return problems


def meeting_of(uid, instants):
    """The meeting id a UID names: the longest id with `-<id>@` in it."""
    matches = [mid for mid in instants if str(uid).endswith(f"-{mid}@convene.asean")]
    return max(matches, key=len) if matches else None


def check(path, instants=None, exact=None):
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
        if exact:
            uids = {str(event.get("UID")) for event in calendar.walk("VEVENT") if not is_runup(event)}
            missing = sorted(uid for uid in uids if uid not in exact)
            for uid in missing:
                problems.append(f"event {uid}: not in plan.json's calendar state")
            problems += check_expansion(calendar, {uid: exact[uid] for uid in uids if uid in exact})
        zones = {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}
        # The zones as the file itself defines them, not python's zoneinfo:
        # this is what checks the VTIMEZONE rules, DST included.
        embedded = {}
        for tz in calendar.walk("VTIMEZONE"):
            try:
                embedded[str(tz["TZID"])] = tz.to_tz(lookup_tzid=False)
            except Exception as error:
                problems.append(f"VTIMEZONE {tz['TZID']}: cannot be read: {error}")
        for tzid in sorted(tzids_used(calendar) - zones):
            problems.append(f"TZID {tzid} has no VTIMEZONE")
        for event in calendar.walk("VEVENT"):
            events += 1
            uid = event.get("UID", "?")
            if is_runup(event):
                # A run-up deadline (Docs/Runup.md): an all-day event, not a meeting.
                if not isinstance(event.decoded("DTSTART"), datetime.date) or isinstance(event.decoded("DTSTART"), datetime.datetime):
                    problems.append(f"event {uid}: a run-up deadline must be an all-day event")
                continue
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
            meeting = str(event.get("X-CONVENE-MEETING", "")) or (meeting_of(uid, instants) if instants else None)
            if instants and meeting not in instants and event.get("STATUS") != "CANCELLED":
                problems.append(f"event {uid}: no meeting of plan.json has this UID")
            if exact and str(uid) in exact and end is not None:
                if (start, end) != exact[str(uid)]:
                    problems.append(f"event {uid}: {start.isoformat()}..{end.isoformat()} but plan.json's calendar state "
                                    f"says {exact[str(uid)][0].isoformat()}..{exact[str(uid)][1].isoformat()}")
            elif instants and meeting in instants and end is not None and event.get("STATUS") != "CANCELLED":
                # One event per meeting day, within the hours the plan
                # reserves for the meeting.
                expected = instants[meeting]
                if not (expected[0] <= start and end <= expected[1]):
                    problems.append(f"event {uid}: {start.isoformat()}..{end.isoformat()} is not within the "
                                    f"{expected[0].isoformat()}..{expected[1].isoformat()} plan.json gives")
                tzid = event["DTSTART"].params.get("TZID")
                if tzid in embedded:
                    own = (start.replace(tzinfo=embedded[tzid]), end.replace(tzinfo=embedded[tzid]))
                    if own != (start, end):
                        problems.append(f"event {uid}: through its VTIMEZONE {tzid} it is {own[0].isoformat()}.."
                                        f"{own[1].isoformat()}, but plan.json says {expected[0].isoformat()}")
    if events == 0:
        problems.append("holds no VEVENT")
    return problems


def expand(arguments):
    """(file, planned instants or None, event instants or None) for every file to check."""
    for argument in arguments:
        if os.path.isdir(argument):
            instants = planned_instants(os.path.join(argument, "plan.json"))
            exact = event_instants(os.path.join(argument, "plan.json"))
            files = [os.path.join(argument, "calendar.ics")] + sorted(glob.glob(os.path.join(argument, "calendars", "*.ics")))
            for path in files:
                yield path, instants, exact
        else:
            yield argument, None, None


def main(arguments):
    failed = 0
    paths = list(expand(arguments))
    for path, instants, exact in paths:
        problems = check(path, instants, exact) if os.path.exists(path) else ["no such file"]
        if problems:
            failed += 1
            for problem in problems:
                print(f"{path}: error: {problem}")
        else:
            print(f"{path}: ok")
    print(f"ics check: {len(paths) - failed} files ok, {failed} with errors (icalendar {icalendar.__version__}, "
          f"recurring-ical-events {importlib.metadata.version('recurring-ical-events')})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
