import Calendars
import Scenarios

/// Lists the placements of one meeting that break no hard rule of its own
/// (window, weekends and holidays, venue closures, fixed events, opening
/// hours, remote hours), with their soft costs, and counts why the others
/// were left out. Rules between meetings (precedence, rooms, delegations
/// in two places) are the solver's.
struct OptionGenerator {
    let scenario: Scenario
    let clock: ZoneClock
    /// The hard and soft rules of the days (Rules/DayRules.swift).
    let dayRules: DayRules

    init(scenario: Scenario, facts: CalendarFacts, clock: ZoneClock, fixed: FixedDays) {
        self.scenario = scenario
        self.clock = clock
        dayRules = DayRules(facts: facts, fixed: fixed, weights: scenario.weights)
    }

    /// Thrown when a meeting's placements pass the budget it was given.
    struct OverBudget: Error {}

    struct Result {
        var placements: [Placement] = []
        var exclusions: [Exclusion: Int] = [:]
    }

    /// `firstDays` narrows the first days tried (from `DayBounds`); nil tries
    /// the whole window. More than `budget` placements throw `OverBudget`
    /// at once, before they fill memory.
    func placements(for meeting: Meeting, firstDays: DayRange? = nil, budget: Int = .max) throws -> Result {
        var result = Result()
        let window = meeting.window?.value ?? scenario.horizon
        let span = meeting.dayCount
        guard window.count >= span else { return result }
        let weights = scenario.weights

        for venueID in meeting.venues.map(\.value) {
            guard let venue = scenario.venue(venueID) else { continue }
            let attendance = Attendance(scenario: scenario, meeting: meeting, venue: venue)
            let remote = attendance.remote
            let venueClock = clock.table(venue.timeZone)
            let remoteClocks = remote.map { clock.table($0.home) }

            var firstDay = max(window.first, firstDays?.first ?? window.first)
            let lastFirstDay = min(window.last.adding(days: -(span - 1)), firstDays?.last ?? window.last)
            while firstDay <= lastFirstDay {
                defer { firstDay = firstDay.adding(days: 1) }
                if let pinned = meeting.date?.value, pinned != firstDay { continue }
                let days = (0..<span).map { firstDay.adding(days: $0) }
                if let exclusion = dayExclusion(days, venue: venue, attendance: attendance) {
                    result.exclusions[exclusion, default: 0] += 1
                    continue
                }
                var dayCosts: [CostItem] = []
                if let charge = TimeRules.preferredWindow(meeting, first: firstDay, last: days[span - 1], weights: weights) {
                    dayCosts.append(charge.costItem)
                }
                dayCosts += dayRules.charges(days, venue: venue, attendance: attendance).map(\.costItem)
                let starts = try startTimes(meeting: meeting, venue: venue)
                if starts.isEmpty {
                    result.exclusions[meeting.start != nil ? .pinned : .openingHours, default: 0] += 1
                    continue
                }
                let dayIndex = clock.index(of: firstDay)
                let lastIndex = dayIndex + span - 1
                var worstRemote: DelegationID?
                var placedAny = false
                let allowed = try remoteWindow(remote, venue: venue, day: dayIndex, length: meeting.length)
                for (start, end) in starts {
                    let utcStart = try venueClock.utcMinutes(day: dayIndex, minute: start.minutes)
                    if let allowed, !allowed.starts.contains(utcStart) {
                        worstRemote = utcStart < allowed.starts.lowerBound ? allowed.earliestLimitedBy : allowed.latestLimitedBy
                        continue
                    }
                    let utcEnd = try venueClock.utcMinutes(day: lastIndex, minute: end.minutes)
                    var remoteCosts: [CostItem] = []
                    if !remote.isEmpty {
                        // Each day's sitting in UTC, then as each remote delegation sees it.
                        let sittings = try TimeRules.sittings(days: span, venue: venue, start: start, end: end).map {
                            (try venueClock.utcMinutes(day: dayIndex + $0.day, minute: $0.from.minutes),
                             try venueClock.utcMinutes(day: dayIndex + $0.day, minute: $0.to.minutes))
                        }
                        var worstOutside = 0
                        var fits = true
                        delegations: for (delegation, home) in zip(remote, remoteClocks) {
                            var outside = 0
                            for sitting in sittings {
                                guard let minutes = TimeRules.minutesOutsideComfort(from: try home.local(utcMinutes: sitting.0),
                                                                                    to: try home.local(utcMinutes: sitting.1)) else {
                                    fits = false
                                    worstRemote = delegation.id
                                    break delegations
                                }
                                outside += minutes
                            }
                            if let charge = TimeRules.remoteComfort(delegation.id, minutes: outside, day: firstDay, local: nil, weights: weights) {
                                remoteCosts.append(charge.costItem)
                            }
                            worstOutside = max(worstOutside, outside)
                        }
                        guard fits else { continue }
                        if let charge = TimeRules.remoteFairness(worstOff: [], minutes: worstOutside, day: firstDay, weights: weights) {
                            remoteCosts.append(charge.costItem)
                        }
                    }
                    var costs = dayCosts + remoteCosts
                    if let charge = TimeRules.preferredStart(meeting, start: start, day: firstDay, weights: weights) {
                        costs.append(charge.costItem)
                    }
                    guard result.placements.count < budget else {
                        throw OverBudget()
                    }
                    result.placements.append(Placement(
                        venue: venue.id, firstDay: firstDay, lastDay: days[days.count - 1], dayIndex: dayIndex,
                        lastDayIndex: lastIndex, localStart: start, localEnd: end, utcStart: utcStart, utcEnd: utcEnd,
                        costs: costs.filter { $0.points > 0 }))
                    placedAny = true
                }
                if !placedAny, let worstRemote { result.exclusions[.remoteHours(worstRemote), default: 0] += 1 }
            }
        }
        return result
    }

    /// The UTC starts (model minutes) at which every remote delegation is
    /// within its acceptable hours on its own date around the venue's
    /// midday, and which delegation limits each end (nil when no one is
    /// remote). A quick bound that spares checking every start of the day
    /// against every delegation; each start within it is still checked in full.
    private func remoteWindow(_ remote: [Delegation], venue: Venue, day: Int, length: Meeting.Length) throws -> RemoteWindow? {
        guard let first = remote.first, case .minutes(let minutes) = length else { return nil }
        let venueNoon = try clock.utcMinutes(venue.timeZone, day: day, minute: 720)
        var window = RemoteWindow(starts: Int.min..<Int.max, earliestLimitedBy: first.id, latestLimitedBy: first.id)
        var lower = Int.min, upper = Int.max
        for delegation in remote {
            let local = try clock.local(delegation.home, utcMinutes: venueNoon)
            let earliest = try clock.utcMinutes(delegation.home, day: local.day, minute: RuleConstants.acceptableRemoteMinutes.lowerBound)
            let latest = try clock.utcMinutes(delegation.home, day: local.day, minute: RuleConstants.acceptableRemoteMinutes.upperBound) - minutes
            if earliest > lower { lower = earliest; window.earliestLimitedBy = delegation.id }
            if latest < upper { upper = latest; window.latestLimitedBy = delegation.id }
        }
        window.starts = lower <= upper ? lower..<(upper + 1) : lower..<lower
        return window
    }

    /// Where remote delegations' acceptable hours leave room to start.
    struct RemoteWindow {
        var starts: Range<Int>
        var earliestLimitedBy: DelegationID
        var latestLimitedBy: DelegationID
    }

    /// The first hard rule that rules out holding the meeting on `days`.
    func dayExclusion(_ days: [Day], venue: Venue, attendance: Attendance) -> Exclusion? {
        for day in days {
            if let first = dayRules.breaches(on: day, venue: venue, attendance: attendance, firstOnly: true).first {
                return first
            }
        }
        return nil
    }

    /// The local (start, end) times the meeting may take at the venue:
    /// whole days from opening to closing; in-person sessions on a 30-minute
    /// grid within opening hours; virtual and hybrid sessions on a 15-minute
    /// grid (within opening hours when there is a room).
    private func startTimes(meeting: Meeting, venue: Venue) throws -> [(LocalTime, LocalTime)] {
        switch meeting.length {
        case .days:
            if let start = meeting.start, start != venue.hours.opens {
                return start < venue.hours.closes ? [(start, venue.hours.closes)] : []
            }
            return [(venue.hours.opens, venue.hours.closes)]
        case .minutes(let length):
            let range: ClosedRange<Int>
            let step: Int
            if venue.isVirtual {
                range = 0...(1440 - length)
                step = 15
            } else {
                guard venue.hours.minutes >= length else { return [] }
                range = venue.hours.opens.minutes...(venue.hours.closes.minutes - length)
                step = meeting.mode == .hybrid ? 15 : 30
            }
            if let start = meeting.start {
                return range.contains(start.minutes) ? [(start, LocalTime(minutes: start.minutes + length))] : []
            }
            let first = (range.lowerBound + step - 1) / step * step
            return stride(from: first, through: range.upperBound, by: step).map {
                (LocalTime(minutes: $0), LocalTime(minutes: $0 + length))
            }
        }
    }
}
