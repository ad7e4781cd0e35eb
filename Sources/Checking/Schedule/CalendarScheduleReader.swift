import Calendars
import Foundation
import ICalendar
import Scenarios
import Planning

/// Reads the schedule to check from iCalendar files (a plan's export, or a
/// calendar kept by hand). Each event is matched to a meeting of the
/// scenario by its UID, `<body>-<cycle>-<id>@...` as `convene export`
/// writes it, else by SUMMARY equal to the meeting's title; its venue is
/// the meeting's only venue or the one LOCATION names. Times are read in
/// the event's zone (VTIMEZONE, else ICU) and turned into the venue's.
public enum CalendarScheduleReader {
    /// One file's bytes, read by the caller. Bytes rather than text: lines
    /// are unfolded before UTF-8 is decoded, since a fold may fall inside
    /// a character (RFC 5545 §3.1 folds by octets).
    public struct Source: Sendable {
        public let file: String
        public let bytes: [UInt8]

        public init(file: String, bytes: [UInt8]) {
            self.file = file
            self.bytes = bytes
        }

        public init(file: String, text: String) {
            self.init(file: file, bytes: Array(text.utf8))
        }
    }

    private struct Candidate {
        let item: Schedule.Item
        let sequence: Int
        let location: SourceLocation
    }

    /// The schedule the calendars give. An event that matches no meeting is
    /// an error naming the closest meeting by title and time (part of the
    /// calendar went unchecked), or a warning when `unmatchedExpected`.
    public static func read(_ sources: [Source], scenario: Scenario, unmatchedExpected: Bool = false) -> ScheduleBuilder.Result {
        var unmatched = 0
        var diagnostics: [Diagnostic] = []
        var chosen: [MeetingID: Candidate] = [:]
        var order: [MeetingID] = []
        var zones = ZoneOffsets()
        let meetings = Matcher(scenario: scenario)
        for source in sources {
            let calendar: VCalendar
            do {
                calendar = try ICalendarParser().parseCalendar(data: Data(source.bytes))
            } catch {
                diagnostics.append(.error(error.message, at: SourceLocation(file: source.file, line: error.line ?? 1, column: 1)))
                continue
            }
            let resolver = calendar.resolver(fallback: ICUZoneFallback.resolve)
            for event in calendar.events {
                let place = SourceLocation(file: source.file, line: event.component.line ?? 1, column: 1)
                guard let meeting = meetings.match(event) else {
                    unmatched += 1
                    let name = event.summary ?? event.uid ?? "without UID or SUMMARY"
                    var eventDay: Day?
                    if let start = try? event.start() { eventDay = Self.day(start.date) }
                    var message = "event '\(name)'\(eventDay.map { " on \($0)" } ?? "") matches no meeting of \(scenario.file) by UID or title; not checked"
                    if let closest = closestMeeting(title: event.summary ?? "", day: eventDay, scenario: scenario) {
                        message += "; did you mean '\(closest.id)' (\(closest.title))?"
                    }
                    diagnostics.append(unmatchedExpected ? .warning(message, at: place) : .error(message, at: place))
                    continue
                }
                do {
                    guard let item = try item(for: event, meeting: meeting, scenario: scenario, resolver: resolver, zones: &zones) else {
                        diagnostics.append(.error("event '\(event.summary ?? meeting.id.rawValue)' (meeting '\(meeting.id)'): LOCATION names none of its venues \(meeting.venues.map(\.value.rawValue).joined(separator: ", "))", at: place))
                        continue
                    }
                    let candidate = Candidate(item: item.at(place), sequence: (try? event.sequence()) ?? 0, location: place)
                    if let earlier = chosen[meeting.id] {
                        // The same meeting in several calendars (the plan's and a delegation's): the latest revision wins.
                        if candidate.sequence > earlier.sequence {
                            chosen[meeting.id] = candidate
                        } else if candidate.sequence == earlier.sequence, candidate.item != earlier.item {
                            diagnostics.append(.warning("meeting '\(meeting.id)' is placed differently at \(earlier.location) with the same SEQUENCE; the first was checked", at: place))
                        }
                    } else {
                        chosen[meeting.id] = candidate
                        order.append(meeting.id)
                    }
                } catch let error as ICalendarError {
                    diagnostics.append(.error(error.message, at: SourceLocation(file: source.file, line: error.line ?? place.line, column: 1)))
                } catch {
                    diagnostics.append(.error("meeting '\(meeting.id)': \(error)", at: place))
                }
            }
        }
        let items = order.compactMap { chosen[$0]?.item }
        let unplaced = scenario.meetings.filter { chosen[$0.id] == nil }
            .map { CheckReport.Unchecked(meeting: $0.id, reason: "no event in the calendars") }
        return ScheduleBuilder.Result(schedule: Schedule(items: items, unplaced: unplaced), diagnostics: diagnostics,
                                      unmatchedEvents: unmatched)
    }

    /// The meeting an unmatched event most likely meant: the most words of
    /// its title shared with the meeting's id, kind or title, then the
    /// nearest window (or pinned date) to the event's day.
    static func closestMeeting(title: String, day: Day?, scenario: Scenario) -> Meeting? {
        func words(_ text: String) -> Set<String> {
            Set(text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init).filter { $0.count > 1 })
        }
        let wanted = words(title)
        // Days from the event to the meeting's pinned date or window; nil
        // when the meeting has neither (its time says nothing).
        func distance(_ meeting: Meeting) -> Int? {
            guard let day, let range = meeting.date.flatMap({ DayRange($0.value, $0.value.adding(days: meeting.dayCount - 1)) })
                ?? meeting.window?.value else { return nil }
            if range.contains(day) { return 0 }
            return min(abs(range.first.daysSince1970 - day.daysSince1970), abs(range.last.daysSince1970 - day.daysSince1970))
        }
        let scored = scenario.meetings.enumerated().compactMap { index, meeting -> (Meeting, Int, Int, Int)? in
            let shared = wanted.intersection(words(meeting.title + " " + meeting.id.rawValue + " " + meeting.kind.rawValue)).count
            let days = distance(meeting)
            // A suggestion needs a word in common or a window holding the event's day.
            guard shared > 0 || days == 0 else { return nil }
            return (meeting, -shared, days ?? Int.max, index)
        }
        return scored.min { ($0.1, $0.2, $0.3) < ($1.1, $1.2, $1.3) }?.0
    }

    /// Matches events to meetings: UID first (it survives a renamed title), then title.
    private struct Matcher {
        let byID: [String: Meeting]
        let byTitle: [String: Meeting]
        let prefixes: [String]

        init(scenario: Scenario) {
            byID = Dictionary(scenario.meetings.map { ($0.id.rawValue.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
            byTitle = Dictionary(scenario.meetings.map { (Self.fold($0.title), $0) }, uniquingKeysWith: { a, _ in a })
            let body = scenario.body.short.lowercased()
            prefixes = (scenario.cycle.map { ["\(body)-\($0)-"] } ?? []) + ["\(body)-"]
        }

        func match(_ event: VEvent) -> Meeting? {
            if let uid = event.uid {
                let local = String(uid.prefix { $0 != "@" }).lowercased()
                for prefix in prefixes where local.hasPrefix(prefix) {
                    if let meeting = byID[String(local.dropFirst(prefix.count))] { return meeting }
                }
            }
            return event.summary.flatMap { byTitle[Self.fold($0)] }
        }

        static func fold(_ text: String) -> String {
            text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
    }

    /// The placement an event gives its meeting, or nil when its venue cannot be told.
    private static func item(for event: VEvent, meeting: Meeting, scenario: Scenario, resolver: TimeZoneResolver,
                             zones: inout ZoneOffsets) throws -> Schedule.Item? {
        guard let venue = venue(of: event, meeting: meeting, scenario: scenario) else { return nil }
        guard let start = try event.start() else {
            throw ICalendarError(.value, line: event.component.line, "event '\(event.summary ?? meeting.id.rawValue)' has no DTSTART")
        }
        switch start {
        case .date(let date):
            // An all-day event: the venue's day, from opening to closing.
            let first = day(date)
            var last = first
            if case .date(let end)? = try event.end() { last = max(first, day(end).adding(days: -1)) }
            return Schedule.Item(meeting: meeting.id, venue: venue.id, firstDay: first, lastDay: last,
                                 start: meeting.start ?? venue.hours.opens, end: venue.hours.closes)
        case .dateTime(let startTime):
            let startUTC = try utcMinute(startTime, venue: venue, resolver: resolver, zones: &zones)
            var endUTC = startUTC
            if let end = try event.end() {
                endUTC = try utcMinute(end.asDateTime, venue: venue, resolver: resolver, zones: &zones)
            } else if let duration = try event.duration() {
                endUTC = startUTC + duration.totalSeconds / 60
            }
            let from = try zones.local(venue.timeZone, utcMinute: startUTC)
            var to = try zones.local(venue.timeZone, utcMinute: endUTC)
            if to.minute == 0, to.day > from.day { to = (to.day.adding(days: -1), 1440) }
            return Schedule.Item(meeting: meeting.id, venue: venue.id, firstDay: from.day, lastDay: to.day,
                                 start: LocalTime(minutes: from.minute), end: LocalTime(minutes: to.minute))
        }
    }

    /// The meeting's only venue, else the first of its venues whose id,
    /// name, city or join link LOCATION mentions.
    private static func venue(of event: VEvent, meeting: Meeting, scenario: Scenario) -> Venue? {
        let venues = meeting.venues.compactMap { scenario.venue($0.value) }
        if venues.count == 1 { return venues[0] }
        guard let location = event.location?.lowercased(), !location.isEmpty else { return nil }
        return venues.first { venue in
            [venue.id.rawValue, venue.name, venue.joinURL].compactMap { $0?.lowercased() }.contains { location.contains($0) }
        } ?? venues.first { venue in venue.city.map { location.contains($0.lowercased()) } ?? false }
    }

    /// A floating time (no zone) is read as the venue's clock.
    private static func utcMinute(_ value: ICalDateTime, venue: Venue, resolver: TimeZoneResolver,
                                  zones: inout ZoneOffsets) throws -> Int {
        if value.zone == .floating {
            return try zones.utcMinute(venue.timeZone, day: day(value.date), minute: value.hour * 60 + value.minute)
        }
        return Int((Double(try resolver.utcSeconds(for: value)) / 60).rounded(.down))
    }

    private static func day(_ date: ICalDate) -> Day { Day(daysSince1970: date.daysSince1970) }
}
