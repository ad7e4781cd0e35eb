/// The iCalendar (RFC 5545) library; see Docs/ICalendar.md.
public enum ICalendarLibrary {}
