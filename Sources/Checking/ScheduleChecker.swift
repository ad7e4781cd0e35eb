import Calendars
import Scenarios
import Planning

/// Checks a schedule against its scenario: every hard rule of
/// Docs/Rules.md it breaks and every soft cost it carries, each as a
/// `Finding` with the meetings, days and delegations involved and a
/// sentence that says why. The rules are the planner's own (Rules/: one
/// definition of each rule's condition, points and words), evaluated on
/// the placements given, so a plan checks clean and its costs add up to
/// the plan's objective rule by rule; the rules between meetings are
/// evaluated directly, as the solver's `ModelChecker` does on the flat model.
///
/// Pure: the scenario, the schedule and any feeds the caller read come
/// in, findings go out; only calendar and zone data are looked up.
public struct ScheduleChecker: Sendable {
    public enum CheckError: Error, CustomStringConvertible {
        case calendars(String)

        public var description: String {
            switch self {
            case .calendars(let reason): "cannot compute the calendars: \(reason)"
            }
        }
    }

    public let scenario: Scenario
    /// Holidays from the scenario's feeds and events from its imported
    /// calendars, read by the caller (the planner takes the same).
    public let extraHolidays: [Holiday]
    public let extraFixed: [(title: String, days: DayRange)]

    public init(scenario: Scenario, extraHolidays: [Holiday] = [], extraFixed: [(title: String, days: DayRange)] = []) {
        self.scenario = scenario
        self.extraHolidays = extraHolidays
        self.extraFixed = extraFixed
    }

    public func check(_ schedule: Schedule) throws -> CheckReport {
        var zones = ZoneOffsets()
        var unchecked = schedule.unplaced
        let pairs = PairRules(scenario: scenario)
        let (placed, skipped) = try resolve(schedule, sites: pairs.siteOfVenue, zones: &zones)
        unchecked += skipped

        let facts: CalendarFacts
        do {
            facts = try CalendarFacts(countries: scenario.delegations.map(\.country) + scenario.venues.map(\.country),
                                      range: factRange(placed), extraHolidays: extraHolidays)
        } catch {
            throw CheckError.calendars("\(error)")
        }
        let rules = MeetingRules(scenario: scenario, facts: facts, extraFixed: extraFixed)
        var findings: [Finding] = []
        for meeting in placed { findings += try rules.findings(meeting, zones: &zones) }
        findings += pairs.findings(placed)

        // Sort keys computed once: by the meeting a finding is listed under,
        // then rule and first day; emission order breaks ties.
        let order = Dictionary(placed.map { ($0.id, $0.order) }, uniquingKeysWith: { a, _ in a })
        let keys = findings.map { finding in
            (finding.meetings.last.flatMap { order[$0] } ?? Int.max, finding.rule, finding.dates.first?.daysSince1970 ?? 0)
        }
        let sorted = findings.indices.sorted { a, b in
            (keys[a].0, keys[a].1, keys[a].2, a) < (keys[b].0, keys[b].1, keys[b].2, b)
        }.map { findings[$0] }
        return CheckReport(hard: sorted.filter(\.isHard), soft: sorted.filter { !$0.isHard },
                           unchecked: unchecked, meetingOrder: placed.map(\.id))
    }

    /// The horizon, widened to the days the schedule uses outside it, but
    /// by a year at most on each side: a mistyped year should be reported
    /// as outside the horizon, not make the checker compute a century of
    /// holidays. Beyond the range only weekends are known.
    private func factRange(_ placed: [PlacedMeeting]) -> DayRange {
        var first = scenario.horizon.first, last = scenario.horizon.last
        for meeting in placed {
            first = min(first, meeting.firstDay)
            last = max(last, meeting.lastDay)
        }
        first = max(first, scenario.horizon.first.adding(days: -366))
        last = min(last, scenario.horizon.last.adding(days: 366))
        return DayRange(first, last) ?? scenario.horizon
    }

    /// Where an item came from; a schedule built in code has no place, and
    /// its skipped items are still reported (at the scenario).
    private func place(_ item: Schedule.Item) -> SourceLocation {
        item.source ?? SourceLocation(file: scenario.file, line: 1, column: 1)
    }

    /// Turns items into placed meetings, in order of start. Items naming
    /// an unknown meeting or venue, or a meeting already placed, are left
    /// out and said so.
    private func resolve(_ schedule: Schedule, sites: [VenueID: Int],
                         zones: inout ZoneOffsets) throws -> ([PlacedMeeting], [CheckReport.Unchecked]) {
        let meetings = Dictionary(scenario.meetings.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let venues = Dictionary(scenario.venues.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let labels = MeetingLabels(scenario: scenario)
        var who = AttendeeIndex(scenario: scenario)
        var skipped: [CheckReport.Unchecked] = []
        var seen = Set<MeetingID>()
        var resolved: [PlacedMeeting] = []
        for item in schedule.items {
            guard let meeting = meetings[item.meeting] else {
                skipped.append(.init(meeting: item.meeting, reason: "no meeting '\(item.meeting)' in the scenario", location: place(item)))
                continue
            }
            guard let venue = venues[item.venue] else {
                skipped.append(.init(meeting: item.meeting, reason: "no venue '\(item.venue)' in the scenario", location: place(item)))
                continue
            }
            guard seen.insert(item.meeting).inserted else {
                skipped.append(.init(meeting: item.meeting, reason: "placed twice; only the first placement was checked", location: place(item)))
                continue
            }
            // A term's `chair` is its own chair: resolved per meeting.
            let attendance = Attendance(
                meeting: meeting, venue: venue,
                attendees: meeting.term == nil ? who.resolve(meeting.attendees.map(\.value)) : scenario.attendees(of: meeting),
                listedRemote: meeting.term == nil ? who.resolve(meeting.remote.map(\.value)) : scenario.remoteAttendees(of: meeting))
            let utcStart = try zones.utcMinute(venue.timeZone, day: item.firstDay, minute: item.start.minutes)
            let utcEnd = try zones.utcMinute(venue.timeZone, day: item.lastDay, minute: item.end.minutes)
            guard utcEnd > utcStart else {
                skipped.append(.init(meeting: item.meeting, reason: "ends (\(item.lastDay) \(item.end)) no later than it starts (\(item.firstDay) \(item.start))",
                                     location: place(item)))
                continue
            }
            resolved.append(PlacedMeeting(
                order: 0, meeting: meeting, venue: venue, firstDay: item.firstDay, lastDay: item.lastDay,
                start: item.start, end: item.end, utcStart: utcStart, utcEnd: utcEnd,
                startOffset: try zones.offset(venue.timeZone, atUTCMinute: utcStart),
                endOffset: try zones.offset(venue.timeZone, atUTCMinute: utcEnd),
                attendance: attendance, site: sites[venue.id] ?? 0, label: labels(meeting.id)))
        }
        let byStart = resolved.indices.sorted { a, b in
            (resolved[a].utcStart, resolved[a].utcEnd, a) < (resolved[b].utcStart, resolved[b].utcEnd, b)
        }
        var ordered: [PlacedMeeting] = []
        ordered.reserveCapacity(resolved.count)
        for index in byStart {
            var meeting = resolved[index]
            meeting.order = ordered.count
            ordered.append(meeting)
        }
        return (ordered, skipped)
    }
}
