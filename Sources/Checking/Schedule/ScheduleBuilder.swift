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

    /// The placements of a plan read from a file; a problem points at the
    /// meeting's `"id"` entry in it (located once, when the file was read).
    public static func fromPlan(_ file: PlanFile, scenario: Scenario) -> Result {
        fromPlan(file.plan, scenario: scenario) { file.entryLocations[$0] }
    }

    /// The placements of a plan made in this run (not read from a file).
    public static func fromPlan(_ plan: Plan, scenario: Scenario) -> Result {
        fromPlan(plan, scenario: scenario) { _ in SourceLocation(file: scenario.file, line: 1, column: 1) }
    }

    private static func fromPlan(_ plan: Plan, scenario: Scenario, entryLocation: (Int) -> SourceLocation) -> Result {
        var items: [Schedule.Item] = []
        var diagnostics: [Diagnostic] = []
        let known = Set(scenario.meetings.map(\.id))
        for (index, entry) in plan.meetings.enumerated() {
            guard known.contains(entry.id) else {
                diagnostics.append(.error("the plan places '\(entry.id)', which is not a meeting of \(scenario.file)",
                                          at: entryLocation(index)))
                continue
            }
            items.append(Schedule.Item(meeting: entry.id, venue: entry.venue, firstDay: entry.date,
                                       lastDay: entry.lastDate, start: entry.localStart, end: entry.localEnd,
                                       source: entryLocation(index)))
        }
        let placed = Set(plan.meetings.map(\.id))
        let unplaced = scenario.meetings.filter { !placed.contains($0.id) }
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
}
