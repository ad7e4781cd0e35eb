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
    /// One file's text, read by the caller.
    public struct Source: Sendable {
        public let file: String
        public let text: String

        public init(file: String, text: String) {
            self.file = file
            self.text = text
        }
    }

    private struct Candidate {
        let item: Schedule.Item
        let sequence: Int
        let location: SourceLocation
    }

    public static func read(_ sources: [Source], scenario: Scenario) -> ScheduleBuilder.Result {
        var diagnostics: [Diagnostic] = []
        var chosen: [MeetingID: Candidate] = [:]
        var order: [MeetingID] = []
        var zones = ZoneOffsets()
        let meetings = Matcher(scenario: scenario)
        for source in sources {
            let calendar: VCalendar
            do {
                calendar = try ICalendarParser().parseCalendar(source.text)
            } catch {
                diagnostics.append(.error(error.message, at: SourceLocation(file: source.file, line: error.line ?? 1, column: 1)))
                continue
            }
            let resolver = calendar.resolver(fallback: ICUZoneFallback.resolve)
            for event in calendar.events {
                let place = SourceLocation(file: source.file, line: event.component.line ?? 1, column: 1)
                guard let meeting = meetings.match(event) else {
                    let name = event.summary ?? event.uid ?? "without UID or SUMMARY"
                    diagnostics.append(.warning("event '\(name)' matches no meeting of \(scenario.file) by UID or title; ignored", at: place))
                    continue
                }
                do {
                    guard let item = try item(for: event, meeting: meeting, scenario: scenario, resolver: resolver, zones: &zones) else {
                        diagnostics.append(.error("event '\(event.summary ?? meeting.id.rawValue)' (meeting '\(meeting.id)'): LOCATION names none of its venues \(meeting.venues.map(\.value.rawValue).joined(separator: ", "))", at: place))
                        continue
                    }
                    let candidate = Candidate(item: item, sequence: (try? event.sequence()) ?? 0, location: place)
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
        return ScheduleBuilder.Result(schedule: Schedule(items: items, unplaced: unplaced), diagnostics: diagnostics)
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
