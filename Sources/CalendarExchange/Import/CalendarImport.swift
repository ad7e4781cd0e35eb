import Calendars
import Foundation
import ICalendar
import Planning

/// Reads existing calendars into what the planner respects: the events of
/// a `fixed: - ics: FILE` calendar become fixed days that bind every
/// member, and the all-day events of a `holidays: - ics: FILE` feed become
/// holidays of its country. Pure: the caller reads the files and passes
/// their text; every error names the file and, from the parser, the line.
///
/// Days are civil days in the event's own zone (RFC 5545 §3.3.5): an
/// event at 20:00 in Jakarta blocks that Jakarta day, whatever the
/// venue's zone. A UTC time is read in the calendar's X-WR-TIMEZONE when
/// it names a zone ICU knows, else in UTC; a floating time as written.
public struct CalendarImport: Sendable {
    /// At most this many occurrences of one recurring event are expanded
    /// (§3.3.10 rules can be unbounded); a rule that reaches it before the
    /// horizon ends is an error rather than a silent truncation.
    public static let maxOccurrences = 5_000

    /// The planning horizon: occurrences outside it are dropped, and those
    /// that cross its edges are clipped.
    public let horizon: DayRange

    public init(horizon: DayRange) {
        self.horizon = horizon
    }

    /// Every occurrence of every event of `text` within the horizon
    /// (cancelled events skipped, recurring ones expanded, overridden
    /// instances taken from their RECURRENCE-ID event).
    public func events(_ text: String, file: String) throws(CalendarImportError) -> [ImportedEvent] {
        try events(bytes: Array(text.utf8), file: file)
    }

    /// `events` of a file's bytes: lines are unfolded before UTF-8 is
    /// decoded, since a fold may fall inside a character (RFC 5545 §3.1).
    public func events(bytes: [UInt8], file: String) throws(CalendarImportError) -> [ImportedEvent] {
        let calendar: VCalendar
        do {
            calendar = try ICalendarParser().parseCalendar(data: Data(bytes))
        } catch {
            throw CalendarImportError(file: file, error)
        }
        do {
            return try occurrences(in: calendar, file: file)
        } catch {
            throw CalendarImportError(file: file, error)
        }
    }

    /// The fixed days of a `fixed: - ics:` calendar, as `ModelBuilder`
    /// takes them.
    public func fixedDays(_ text: String, file: String) throws(CalendarImportError) -> [(title: String, days: DayRange)] {
        try fixedDays(bytes: Array(text.utf8), file: file)
    }

    public func fixedDays(bytes: [UInt8], file: String) throws(CalendarImportError) -> [(title: String, days: DayRange)] {
        try events(bytes: bytes, file: file).map { ($0.title, $0.days) }
    }

    /// The holidays of a `holidays: - ics:` feed: one per day of each
    /// all-day event (timed events are not holidays and are ignored).
    public func holidays(_ text: String, file: String, country: CountryCode, isMajor: Bool) throws(CalendarImportError) -> [Holiday] {
        try holidays(bytes: Array(text.utf8), file: file, country: country, isMajor: isMajor)
    }

    public func holidays(bytes: [UInt8], file: String, country: CountryCode, isMajor: Bool) throws(CalendarImportError) -> [Holiday] {
        var seen: Set<String> = []
        var result: [Holiday] = []
        for event in try events(bytes: bytes, file: file) where event.isAllDay {
            for day in event.days where seen.insert("\(day)\u{0}\(event.title)").inserted {
                result.append(Holiday(country: country, date: day, name: event.title, isMajor: isMajor))
            }
        }
        return result.sorted { ($0.date, $0.name) < ($1.date, $1.name) }
    }

    private func occurrences(in calendar: VCalendar, file: String) throws(ICalendarError) -> [ImportedEvent] {
        let events = calendar.events
        // RFC 5545 §3.8.4.4: an event with RECURRENCE-ID replaces that
        // instance of the recurring event with the same UID.
        var overridden: [String: Set<Int>] = [:]
        for event in events {
            guard let uid = event.uid, let property = event.component.property("RECURRENCE-ID") else { continue }
            overridden[uid, default: []].insert(try property.dateOrDateTimeValue().asDateTime.civilSeconds)
        }
        let localZone = calendar.defaultTimeZoneID.flatMap { ICU.isKnownZone($0) ? $0 : nil }
        let resolver = calendar.resolver(fallback: ICUZoneFallback.resolve)
        var result: [ImportedEvent] = []
        for event in events {
            if event.status?.uppercased() == "CANCELLED" { continue }
            guard let start = try event.start() else {
                throw ICalendarError(.value, line: event.component.line, "VEVENT has no DTSTART")
            }
            let title = event.summary.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .flatMap { $0.isEmpty ? nil : $0 } ?? "an event of \((file as NSString).lastPathComponent)"
            let length = try Self.length(of: event, start: start, resolver: resolver)
            var starts = [start]
            let recurs = event.component.property("RRULE") != nil || event.component.property("RDATE") != nil
            if recurs && event.component.property("RECURRENCE-ID") == nil {
                guard let last = ICalDateTime(date: Self.icalDate(horizon.last.adding(days: 1)), hour: 23, minute: 59, second: 59) else { continue }
                starts = try event.occurrences(through: .dateTime(last), maxOccurrences: Self.maxOccurrences)
                if starts.count >= Self.maxOccurrences {
                    throw ICalendarError(.limit, line: event.component.property("RRULE")?.line ?? event.component.line,
                                         "'\(title)' recurs more than \(Self.maxOccurrences) times before the horizon ends (\(horizon.last))")
                }
                let skipped = event.uid.flatMap { overridden[$0] } ?? []
                starts = starts.filter { !skipped.contains($0.asDateTime.civilSeconds) }
            }
            for occurrence in starts {
                guard let days = try days(of: occurrence, length: length, localZone: localZone) else { continue }
                result.append(ImportedEvent(title: title, days: days, isAllDay: occurrence.isDate))
            }
        }
        return result
    }

    /// How long the event lasts: whole days for an all-day event (at least
    /// one), seconds for a timed one. §3.6.1: DTEND is exclusive; without
    /// DTEND or DURATION an all-day event takes its day and a timed event
    /// takes no time.
    private static func length(of event: VEvent, start: DateOrDateTime,
                               resolver: TimeZoneResolver) throws(ICalendarError) -> Int {
        if let end = try event.end() {
            switch (start, end) {
            case (.date(let first), _):
                return max(1, end.date.daysSince1970 - first.daysSince1970)
            case (.dateTime(let first), .dateTime(let last)) where first.zone != last.zone:
                return max(0, try resolver.utcSeconds(for: last) - resolver.utcSeconds(for: first))
            case (.dateTime(let first), _):
                return max(0, end.asDateTime.civilSeconds - first.civilSeconds)
            }
        }
        if let duration = try event.duration() {
            let seconds = duration.isNegative ? 0 : duration.totalSeconds
            return start.isDate ? max(1, seconds / 86_400) : seconds
        }
        return start.isDate ? 1 : 0
    }

    /// The local days one occurrence takes, clipped to the horizon; nil
    /// when it lies outside.
    private func days(of start: DateOrDateTime, length: Int, localZone: String?) throws(ICalendarError) -> DayRange? {
        var first: Day
        var last: Day
        switch start {
        case .date(let date):
            first = Self.day(date)
            last = first.adding(days: length - 1)
        case .dateTime(let time):
            var civil = time.civilSeconds
            if time.zone == .utc, let localZone {
                do {
                    civil += try ICU.offset(zone: localZone, at: Int64(civil))
                } catch {
                    throw ICalendarError(.timeZone, "\(error)")
                }
            }
            first = Day(daysSince1970: Self.floorDays(civil))
            last = Day(daysSince1970: Self.floorDays(civil + max(0, length - 1)))
        }
        first = max(first, horizon.first)
        last = min(last, horizon.last)
        return DayRange(first, last)
    }

    private static func floorDays(_ seconds: Int) -> Int {
        seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
    }

    private static func day(_ date: ICalDate) -> Day { Day(daysSince1970: date.daysSince1970) }

    private static func icalDate(_ day: Day) -> ICalDate { ICalDate(daysSince1970: day.daysSince1970) }
}
