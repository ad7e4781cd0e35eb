import Calendars
import Scenarios

/// Works each placed meeting's run-up back from its first day onto the
/// working days of the chair's country: a deadline on a weekend or a
/// holiday (certain or possible) moves to the working day before it, never
/// after, so that the time the lead promises is never cut. Pure.
public struct RunupPlanner: Sendable {
    public let scenario: Scenario
    /// Holidays imported by the scenario (`holidays: - ics:`), which count as
    /// the built-in ones do.
    public let extraHolidays: [Holiday]

    public init(scenario: Scenario, extraHolidays: [Holiday] = []) {
        self.scenario = scenario
        self.extraHolidays = extraHolidays
    }

    /// A meeting as placed: all the run-up needs of a schedule.
    public struct Placed: Sendable, Hashable {
        public let meeting: MeetingID
        public let venue: VenueID
        public let firstDay: Day

        public init(meeting: MeetingID, venue: VenueID, firstDay: Day) {
            self.meeting = meeting
            self.venue = venue
            self.firstDay = firstDay
        }
    }

    /// A deadline never moves further back than this in search of a working
    /// day; no country rests that long.
    static let maximumShift = 60

    /// Every task of every placed meeting, by due day, then meeting order,
    /// then task order. Meetings the scenario does not know are skipped.
    public func deadlines(for items: [Placed]) throws -> [RunupDeadline] {
        let known = items.compactMap { item in scenario.meeting(item.meeting).map { (item, $0) } }
        guard let first = known.map(\.0.firstDay).min(), let last = known.map(\.0.firstDay).max() else { return [] }
        let longest = known.map { item, meeting in
            scenario.leadTimes(of: meeting, mode: scenario.mode(of: meeting, at: scenario.venue(item.venue)))
                .values.map(\.days).max() ?? 0
        }.max() ?? 0
        let range = DayRange(first.adding(days: -longest - Self.maximumShift), last)!
        let chair = scenario.chair
        let facts = try CalendarFacts(countries: [chair], range: range, extraHolidays: extraHolidays)
        let countryName = Countries.named(chair)?.name ?? chair.rawValue
        let order = Dictionary(scenario.meetings.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })

        var result: [(deadline: RunupDeadline, order: Int)] = []
        for (item, meeting) in known {
            let mode = scenario.mode(of: meeting, at: scenario.venue(item.venue))
            for (task, lead) in scenario.leadTimes(of: meeting, mode: mode) {
                let nominal = item.firstDay.adding(days: -lead.days)
                var due = nominal
                var skipped: [RunupDeadline.Skipped] = []
                while skipped.count < Self.maximumShift, let reason = Self.restReason(facts.on(due, for: chair), day: due, country: countryName) {
                    skipped.append(.init(day: due, reason: reason))
                    due = due.adding(days: -1)
                }
                let deadline = RunupDeadline(meeting: meeting.id, meetingTitle: meeting.title, meetingDay: item.firstDay,
                                             task: task, leadDays: lead.days, source: lead.source,
                                             nominal: nominal, due: due, skipped: skipped)
                result.append((deadline, order[meeting.id] ?? 0))
            }
        }
        return result.sorted { a, b in
            if a.deadline.due != b.deadline.due { return a.deadline.due < b.deadline.due }
            if a.order != b.order { return a.order < b.order }
            return a.deadline.task < b.deadline.task
        }.map(\.deadline)
    }

    /// Why `day` is not a working day in the chair's country, or nil when it is.
    static func restReason(_ facts: CalendarFacts.DayFacts, day: Day, country: String) -> String? {
        if facts.isWeekend { return "\(day.weekday.name), a weekend day in \(country)" }
        let holidays = facts.major + facts.minor
        guard let holiday = holidays.first else { return nil }
        let possible = holiday.date != day ? " (possible date)" : ""
        return "\(holiday.name)\(possible), a holiday in \(country)"
    }
}
