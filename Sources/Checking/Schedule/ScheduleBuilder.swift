import Calendars
import Scenarios
import Planning

/// Builds the schedule to check from a plan or from a scenario whose
/// meetings are pinned. Problems that make an item impossible to read are
/// returned as diagnostics with their place; meetings the source does not
/// place are listed as unplaced, not guessed.
public enum ScheduleBuilder {
    /// A schedule and what was wrong with the source.
    public struct Result: Sendable {
        public var schedule: Schedule
        public var diagnostics: [Diagnostic]
        /// Calendar events that matched no meeting, each also a diagnostic.
        public var unmatchedEvents = 0

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    /// The placements of a plan. `planFile` and `planText` let a problem
    /// point at the plan's line (the meeting's `"id"` entry).
    public static func fromPlan(_ plan: Plan, scenario: Scenario, planFile: String, planText: String) -> Result {
        var items: [Schedule.Item] = []
        var diagnostics: [Diagnostic] = []
        let known = Set(scenario.meetings.map(\.id.rawValue))
        for entry in plan.meetings {
            let place = locate(entry.id, file: planFile, in: planText)
            guard known.contains(entry.id) else {
                diagnostics.append(.error("the plan places '\(entry.id)', which is not a meeting of \(scenario.file)", at: place))
                continue
            }
            guard let first = Day(iso: entry.date), let last = Day(iso: entry.lastDate) else {
                diagnostics.append(.error("meeting '\(entry.id)': expected dates YYYY-MM-DD, found '\(entry.date)' and '\(entry.lastDate)'", at: place))
                continue
            }
            guard let start = LocalTime(text: entry.localStart), let end = LocalTime(text: entry.localEnd) else {
                diagnostics.append(.error("meeting '\(entry.id)': expected times HH:MM, found '\(entry.localStart)' and '\(entry.localEnd)'", at: place))
                continue
            }
            items.append(Schedule.Item(meeting: MeetingID(entry.id), venue: VenueID(entry.venue), firstDay: first,
                                       lastDay: last, start: start, end: end, source: place))
        }
        let placed = Set(plan.meetings.map(\.id))
        let unplaced = scenario.meetings.filter { !placed.contains($0.id.rawValue) }
            .map { CheckReport.Unchecked(meeting: $0.id, reason: "not in the plan") }
        return Result(schedule: Schedule(items: items, unplaced: unplaced), diagnostics: diagnostics)
    }

    /// The meetings pinned with `date:`, at their only venue, from their
    /// `start:` (a meeting in days starts at the venue's opening hour
    /// without one; a session without one is left out with a warning).
    /// Meetings with no date are left unplaced: a record may not know every day.
    public static func fromPinned(_ scenario: Scenario) -> Result {
        var items: [Schedule.Item] = []
        var unplaced: [CheckReport.Unchecked] = []
        var diagnostics: [Diagnostic] = []
        for meeting in scenario.meetings {
            guard let date = meeting.date?.value else {
                unplaced.append(.init(meeting: meeting.id, reason: "no date: in the scenario"))
                continue
            }
            guard meeting.venues.count == 1, let venue = scenario.venue(meeting.venues[0].value) else {
                diagnostics.append(.error("meeting '\(meeting.id)' is pinned to \(date) but lists \(meeting.venues.count) venues; give it one venue to check it", at: meeting.location))
                continue
            }
            switch meeting.length {
            case .days(let count):
                let start = meeting.start ?? venue.hours.opens
                items.append(Schedule.Item(meeting: meeting.id, venue: venue.id, firstDay: date, lastDay: date.adding(days: count - 1),
                                           start: start, end: venue.hours.closes, source: meeting.date?.location ?? meeting.location))
            case .minutes(let length):
                // A record may know the day of a session but not its hour:
                // check the rest, and say what was left out.
                guard let start = meeting.start else {
                    diagnostics.append(.warning("meeting '\(meeting.id)' is pinned to \(date) but has no start: a session needs one to be checked; it is left out", at: meeting.date?.location ?? meeting.location))
                    unplaced.append(.init(meeting: meeting.id, reason: "a session with no start: in the scenario"))
                    continue
                }
                let endMinute = start.minutes + length
                let days = endMinute / 1440
                let end = endMinute - days * 1440
                items.append(Schedule.Item(meeting: meeting.id, venue: venue.id, firstDay: date,
                                           lastDay: date.adding(days: end == 0 && days > 0 ? days - 1 : days),
                                           start: start, end: LocalTime(minutes: end == 0 && days > 0 ? 1440 : end),
                                           source: meeting.date?.location ?? meeting.location))
            }
        }
        return Result(schedule: Schedule(items: items, unplaced: unplaced), diagnostics: diagnostics)
    }

    /// The line and column of a meeting's `"id"` entry in a plan's text.
    static func locate(_ id: String, file: String, in text: String) -> SourceLocation {
        var line = 1
        for row in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = row.drop { $0 == " " }
            if trimmed.hasPrefix("\"id\""), trimmed.contains("\"\(id)\"") {
                return SourceLocation(file: file, line: line, column: row.count - trimmed.count + 1)
            }
            line += 1
        }
        return SourceLocation(file: file, line: 1, column: 1)
    }
}
