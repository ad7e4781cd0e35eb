#!/usr/bin/python3
"""Checks iCalendar files against RFC 5546 (iTIP) with libical's own
restriction tables, through its GObject bindings (Debian: gir1.2-ical-3.0
and python3-gi, for the system python3).

Usage: itip_check.py FILE.ics|DIR ...   (a DIR: every *.ics below it)

Each file must parse in libical, carry a METHOD, and pass
icalrestriction_check (the property and component counts RFC 5546 sets
for that METHOD: PUBLISH forbids ATTENDEE, REQUEST needs ORGANIZER and
ATTENDEE, CANCEL needs SEQUENCE ...). libical records each failure as an
X-LIC-ERROR property, which is printed. Exits 1 on any problem.
"""
import glob
import os
import sys

import gi

gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib  # noqa: E402


def errors_of(component):
    """Every X-LIC-ERROR libical attached below `component`."""
    found = []
    kind = ICalGLib.PropertyKind.XLICERROR_PROPERTY
    prop = component.get_first_property(kind)
    while prop is not None:
        found.append(prop.get_xlicerror())
        prop = component.get_next_property(kind)
    child = component.get_first_component(ICalGLib.ComponentKind.ANY_COMPONENT)
    while child is not None:
        found += errors_of(child)
        child = component.get_next_component(ICalGLib.ComponentKind.ANY_COMPONENT)
    return found


def check(path):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    component = ICalGLib.Component.new_from_string(text)
    if component is None:
        return ["libical cannot parse it"]
    problems = [f"parse: {e}" for e in errors_of(component)]
    if component.get_first_property(ICalGLib.PropertyKind.METHOD_PROPERTY) is None:
        problems.append("no METHOD: not an iTIP object")
    if not ICalGLib.restriction_check(component):
        problems += [f"iTIP: {e}" for e in errors_of(component)] or ["iTIP restrictions fail"]
    return problems


def files(arguments):
    for argument in arguments:
        if os.path.isdir(argument):
            yield from sorted(glob.glob(os.path.join(argument, "**", "*.ics"), recursive=True))
        else:
            yield argument


def main(arguments):
    paths = list(files(arguments))
    failed = 0
    for path in paths:
        problems = check(path)
        if problems:
            failed += 1
            for problem in problems:
                print(f"{path}: error: {problem}")
    print(f"itip check: {len(paths) - failed} files ok, {failed} with errors (libical {ICalGLib.__version__ if hasattr(ICalGLib, '__version__') else '3'})")
    return 1 if failed or not paths else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
