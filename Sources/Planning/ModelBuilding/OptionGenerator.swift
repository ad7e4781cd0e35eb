import Calendars
import Scenarios

/// Lists the placements of one meeting that break no hard rule of its own
/// (window, weekends and holidays, venue closures, fixed events, opening
/// hours, remote hours), with their soft costs, and counts why the others
/// were left out. Rules between meetings (precedence, rooms, delegations
/// in two places) are the solver's.
struct OptionGenerator {
    let scenario: Scenario
    let facts: CalendarFacts
    let clock: ZoneClock
    let fixedDays: [FixedDay]

    /// A day taken by a fixed event, with whom and where it binds.
    struct FixedDay {
        let title: String
        let day: Day
        let delegations: Set<DelegationID>
        let venue: VenueID?
    }

    /// The comfortable and acceptable local hours for remote delegations.
    static let acceptableHours = RuleConstants.acceptableRemoteMinutes
    static let comfortableHours = RuleConstants.comfortableRemoteMinutes

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
        let attendees = scenario.attendees(of: meeting)
        let attendeeIDs = Set(attendees.map(\.id))
        let countries = Array(Set(attendees.map(\.country))).sorted()
        let window = meeting.window?.value ?? scenario.horizon
        let span = meeting.dayCount
        guard window.count >= span else { return result }
        let weights = scenario.weights

        for venueID in meeting.venues.map(\.value) {
            guard let venue = scenario.venue(venueID) else { continue }
            let remote: [Delegation]
            if venue.isVirtual || meeting.mode == .virtual {
                remote = attendees
            } else if meeting.mode == .hybrid {
                remote = scenario.remoteAttendees(of: meeting)
            } else {
                remote = []
            }
            let inPerson = !venue.isVirtual
            let venueClock = clock.table(venue.timeZone)
            let remoteClocks = remote.map { clock.table($0.home) }

            var firstDay = max(window.first, firstDays?.first ?? window.first)
            let lastFirstDay = min(window.last.adding(days: -(span - 1)), firstDays?.last ?? window.last)
            while firstDay <= lastFirstDay {
                defer { firstDay = firstDay.adding(days: 1) }
                if let pinned = meeting.date?.value, pinned != firstDay { continue }
                let days = (0..<span).map { firstDay.adding(days: $0) }
                if let exclusion = dayExclusion(days, venue: venue, countries: countries, attendeeIDs: attendeeIDs) {
                    result.exclusions[exclusion, default: 0] += 1
                    continue
                }
                let dayCosts = dayCosts(days, countries: countries, remote: remote, inPerson: inPerson, meeting: meeting, weights: weights)
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
                    // Each day's sitting, from its start to its end, in UTC:
                    // remote delegations join every day, not the whole span.
                    var sittings: [(start: Int, end: Int)] = []
                    for offset in 0..<span {
                        let from = offset == 0 ? start : venue.hours.opens
                        let to = offset == span - 1 ? end : venue.hours.closes
                        sittings.append((try venueClock.utcMinutes(day: dayIndex + offset, minute: from.minutes),
                                         try venueClock.utcMinutes(day: dayIndex + offset, minute: to.minutes)))
                    }
                    var remoteCosts: [CostItem] = []
                    var worstOutside = 0
                    var fits = true
                    delegations: for (delegation, home) in zip(remote, remoteClocks) {
                        var outside = 0
                        for sitting in sittings {
                            let from = try home.local(utcMinutes: sitting.start)
                            let to = try home.local(utcMinutes: sitting.end)
                            let sameDay = from.day == to.day || (to.day == from.day + 1 && to.minute == 0)
                            let endMinute = to.day == from.day ? to.minute : 1440
                            guard sameDay, Self.acceptableHours.contains(from.minute), Self.acceptableHours.contains(endMinute) else {
                                fits = false
                                worstRemote = delegation.id
                                break delegations
                            }
                            outside += max(0, Self.comfortableHours.lowerBound - from.minute)
                                + max(0, endMinute - Self.comfortableHours.upperBound)
                        }
                        if outside > 0 {
                            remoteCosts.append(CostItem(.remoteComfort, (outside * weights.remoteOutsideComfortPerHour + 30) / 60,
                                                        "\(delegation.id): \(outside) minutes outside 09:00-17:00 local time"))
                        }
                        worstOutside = max(worstOutside, outside)
                    }
                    guard fits else { continue }
                    if worstOutside > 0 {
                        remoteCosts.append(CostItem(.remoteFairness, (worstOutside * weights.remoteWorstOffPerHour + 30) / 60,
                                                    "the worst-off delegation has \(worstOutside) minutes outside 09:00-17:00"))
                    }
                    var costs = dayCosts + remoteCosts
                    if let preferred = meeting.preferredStart {
                        let quarters = abs(start.minutes - preferred.minutes) / 15
                        if quarters > 0 {
                            costs.append(CostItem(.preferredStart, quarters * weights.preferredStartPerQuarterHour,
                                                  "starts at \(start), \(quarters * 15) minutes from the preferred \(preferred)"))
                        }
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
            let earliest = try clock.utcMinutes(delegation.home, day: local.day, minute: Self.acceptableHours.lowerBound)
            let latest = try clock.utcMinutes(delegation.home, day: local.day, minute: Self.acceptableHours.upperBound) - minutes
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
    func dayExclusion(_ days: [Day], venue: Venue, countries: [CountryCode], attendeeIDs: Set<DelegationID>) -> Exclusion? {
        for day in days {
            if !venue.isOpen(on: day) { return .venueClosed(venue.id, day) }
            let host = facts.on(day, for: venue.country)
            if host.isWeekend { return .weekend(venue.country, day) }
            if let holiday = host.major.first ?? host.minor.first {
                return .hostHoliday(venue.country, day, name: holiday.nameWithProvenance)
            }
            for country in countries where country != venue.country {
                if let holiday = facts.on(day, for: country).major.first {
                    return .majorHoliday(country, day, name: holiday.nameWithProvenance, uncertain: holiday.date != day || holiday.isUncertain)
                }
            }
            for fixed in fixedDays where fixed.day == day {
                if fixed.venue == venue.id || !fixed.delegations.isDisjoint(with: attendeeIDs) {
                    return .fixedEvent(title: fixed.title, day)
                }
            }
        }
        return nil
    }

    /// Soft costs that depend only on the days.
    private func dayCosts(_ days: [Day], countries: [CountryCode], remote: [Delegation], inPerson: Bool,
                          meeting: Meeting, weights: Weights) -> [CostItem] {
        var costs: [CostItem] = []
        if let preferred = meeting.preferredWindow?.value {
            let early = max(0, days[0].days(to: preferred.first))
            let late = max(0, preferred.last.days(to: days[days.count - 1]))
            if early + late > 0 {
                costs.append(CostItem(.preferredWindow, (early + late) * weights.preferredWindowPerDay,
                                      "\(early + late) day\(early + late == 1 ? "" : "s") outside the preferred window \(preferred)"))
            }
        }
        let remoteCountries = Set(remote.map(\.country))
        for day in days {
            var ramadan = false
            for country in countries {
                let dayFacts = facts.on(day, for: country)
                for holiday in dayFacts.minor {
                    let may = holiday.date != day || holiday.isUncertain
                    costs.append(CostItem(.minorHoliday, weights.minorHoliday,
                                          "\(day) \(may ? "may be" : "is") \(holiday.nameWithProvenance) in \(country)"))
                }
                if remoteCountries.contains(country), dayFacts.isWeekend {
                    costs.append(CostItem(.attendeeWeekend, weights.minorHoliday, "\(day) is a weekend day in \(country)"))
                }
                if inPerson, dayFacts.isRamadan { ramadan = true }
            }
            if ramadan {
                costs.append(CostItem(.ramadan, weights.ramadan, "\(day) falls in Ramadan"))
            }
        }
        for country in countries {
            let before = facts.on(days[0].adding(days: -1), for: country).major.first
            let after = facts.on(days[days.count - 1].adding(days: 1), for: country).major.first
            if let holiday = before ?? after {
                costs.append(CostItem(.nextToMajorHoliday, weights.nextToMajorHoliday,
                                      "next to \(holiday.name) in \(country)"))
            }
        }
        return costs
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
