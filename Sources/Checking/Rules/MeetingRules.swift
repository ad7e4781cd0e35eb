import Calendars
import Scenarios
import Planning

/// The rules a meeting breaks or pays for on its own, wherever the others
/// are: hard ones (horizon, window, venue, weekends and holidays, fixed
/// events, remote hours 07:00-21:00) and the soft costs of its days and
/// times. The soft formulas and weights are the planner's (DESIGN.md,
/// "Soft costs"; Rules/Weights.swift), written out again here so that the
/// check is a second opinion rather than a replay of the option generator.
struct MeetingRules {
    /// A day taken by a fixed event, with whom and where it binds.
    struct FixedDay {
        let title: String
        let delegations: Set<DelegationID>
        let venue: VenueID?
    }

    /// Remote delegations must be called between these local minutes (hard)...
    static let acceptableMinutes = RuleConstants.acceptableRemoteMinutes
    /// ...and cost nothing between these (soft).
    static let comfortableMinutes = RuleConstants.comfortableRemoteMinutes

    let scenario: Scenario
    let facts: CalendarFacts
    let fixedByDay: [Day: [FixedDay]]

    init(scenario: Scenario, facts: CalendarFacts, extraFixed: [(title: String, days: DayRange)]) {
        self.scenario = scenario
        self.facts = facts
        var byDay: [Day: [FixedDay]] = [:]
        for event in scenario.fixed {
            guard case .inline(let title, let range, let attendees, let venue) = event.source else { continue }
            let delegations = Set(scenario.resolve(attendees.map(\.value)).map(\.id))
            for day in range { byDay[day, default: []].append(FixedDay(title: title, delegations: delegations, venue: venue?.value)) }
        }
        // Imported calendars bind every member, as the planner reads them.
        let members = Set(scenario.delegations.filter { scenario.members.contains($0.country) }.map(\.id))
        for event in extraFixed {
            for day in event.days { byDay[day, default: []].append(FixedDay(title: event.title, delegations: members, venue: nil)) }
        }
        fixedByDay = byDay
    }

    /// Every finding of one placed meeting.
    func findings(_ placed: PlacedMeeting, zones: inout ZoneOffsets) throws -> [Finding] {
        var found: [Finding] = []
        found += calendarBounds(placed)
        found += length(placed)
        found += venueRules(placed)
        found += dayRules(placed)
        found += fixedEvents(placed)
        found += try remoteTimes(placed, zones: &zones)
        found += preferredWindow(placed)
        found += preferredStart(placed)
        return found
    }

    private func name(_ country: CountryCode) -> String { Countries.named(country)?.name ?? country.rawValue }

    private func finding(_ rule: CheckRule, _ placed: PlacedMeeting, dates: [Day], who: [String], _ message: String,
                         cost: Int = 0) -> Finding {
        Finding(rule: rule, meetings: [placed.id], dates: dates, who: who, message: message, cost: cost)
    }

    /// Countries attending, each once, sorted: the unit of the holiday costs.
    private func countries(_ placed: PlacedMeeting) -> [CountryCode] {
        Array(Set(placed.attendees.map(\.country))).sorted()
    }

    // MARK: Hard rules

    /// Horizon and window (DESIGN.md hard rule 1); a pinned `date:` is a
    /// window of one day, and a pinned `start:` one of a single minute.
    private func calendarBounds(_ placed: PlacedMeeting) -> [Finding] {
        var found: [Finding] = []
        let days = placed.days
        let outside = days.filter { !scenario.horizon.contains($0) }
        if !outside.isEmpty {
            found.append(finding(.horizonMissed, placed, dates: outside, who: [],
                                 "\(placed.headline): \(Self.list(outside.map(\.description))) \(outside.count == 1 ? "lies" : "lie") outside the horizon \(scenario.horizon)"))
        }
        if let window = placed.meeting.window?.value {
            let out = days.filter { !window.contains($0) }
            if !out.isEmpty {
                found.append(finding(.windowMissed, placed, dates: out, who: [],
                                     "\(placed.headline): \(Self.list(out.map(\.description))) \(out.count == 1 ? "lies" : "lie") outside its window \(window)"))
            }
        }
        if let pinned = placed.meeting.date?.value, pinned != placed.firstDay {
            found.append(finding(.windowMissed, placed, dates: [placed.firstDay], who: [],
                                 "\(placed.headline): the scenario pins it to \(pinned)"))
        }
        if let pinned = placed.meeting.start, pinned != placed.start {
            found.append(finding(.windowMissed, placed, dates: [placed.firstDay], who: [],
                                 "\(placed.headline): starts at \(placed.start), but the scenario pins it to \(pinned)"))
        }
        return found
    }

    /// The placement is no longer than the meeting: its days for a meeting
    /// in days, its minutes on the venue's clock for a session.
    private func length(_ placed: PlacedMeeting) -> [Finding] {
        let days = placed.lastDay.daysSince1970 - placed.firstDay.daysSince1970
        switch placed.meeting.length {
        case .days(let count) where days + 1 > count:
            return [finding(.longerThanMeeting, placed, dates: [placed.firstDay], who: [],
                            "\(placed.headline): is placed on \(days + 1) days, but the scenario gives it \(count)")]
        case .minutes(let minutes):
            let placedMinutes = days * 1440 + placed.end.minutes - placed.start.minutes
            guard placedMinutes > minutes else { return [] }
            return [finding(.longerThanMeeting, placed, dates: [placed.firstDay], who: [],
                            "\(placed.headline): lasts \(Self.duration(placedMinutes)), but the scenario gives it \(Self.duration(minutes))")]
        default:
            return []
        }
    }

    private static func duration(_ minutes: Int) -> String {
        minutes % 60 == 0 ? "\(minutes / 60) h" : "\(minutes / 60) h \(minutes % 60) min"
    }

    /// The venue is one the meeting may use, open on every day, and an
    /// in-person session keeps to its opening hours (DESIGN.md hard rule 3).
    private func venueRules(_ placed: PlacedMeeting) -> [Finding] {
        var found: [Finding] = []
        let venue = placed.venue
        if !placed.meeting.venues.contains(where: { $0.value == venue.id }) {
            let allowed = placed.meeting.venues.map(\.value.rawValue).joined(separator: ", ")
            found.append(finding(.venueNotAllowed, placed, dates: [placed.firstDay], who: [venue.id.rawValue],
                                 "\(placed.headline): the scenario allows only \(allowed)"))
        }
        let closed = placed.days.filter { !venue.isOpen(on: $0) }
        if !closed.isEmpty {
            found.append(finding(.venueClosed, placed, dates: closed, who: [venue.id.rawValue],
                                 "\(placed.headline): \(venue.id) is closed on \(Self.list(closed.map(\.description)))"))
        }
        if !venue.isVirtual {
            // A meeting in days may be pinned to start at another hour; the planner allows that.
            var inDays = false
            if case .days = placed.meeting.length { inDays = true }
            let earlyAllowed = inDays && placed.meeting.start == placed.start
            if (placed.start < venue.hours.opens && !earlyAllowed) || placed.end > venue.hours.closes {
                found.append(finding(.venueClosed, placed, dates: [placed.firstDay], who: [venue.id.rawValue],
                                     "\(placed.headline): \(venue.id) is open \(venue.hours), the meeting runs \(placed.start)-\(placed.end)"))
            }
        }
        return found
    }

    /// Weekends and holidays of the host, and major holidays of any
    /// attending country, on every day (DESIGN.md hard rule 2). A holiday
    /// whose date is uncertain rules out each day it may fall on.
    private func dayRules(_ placed: PlacedMeeting) -> [Finding] {
        var found: [Finding] = []
        let host = placed.venue.country
        let weights = scenario.weights
        let countries = countries(placed)
        let remoteCountries = Set(placed.remote.map(\.country))
        for day in placed.days {
            let hostFacts = facts.on(day, for: host)
            if hostFacts.isWeekend {
                found.append(finding(.weekend, placed, dates: [day], who: [host.rawValue],
                                     "\(label(placed, day)): \(day.weekday.name) is a weekend day in \(name(host))"))
            }
            for holiday in hostFacts.major + hostFacts.minor {
                if isUncertain(holiday, on: day) {
                    found.append(uncertain(holiday, placed, day))
                } else {
                    found.append(finding(.hostHoliday, placed, dates: [day], who: [host.rawValue],
                                         "\(label(placed, day)): \(day) is \(holiday.nameWithProvenance), a holiday in the host country \(name(host))"))
                }
            }
            var ramadan = false
            for country in countries {
                let dayFacts = facts.on(day, for: country)
                if country != host {
                    for holiday in dayFacts.major {
                        if isUncertain(holiday, on: day) {
                            found.append(uncertain(holiday, placed, day))
                        } else {
                            found.append(finding(.majorHoliday, placed, dates: [day], who: [country.rawValue],
                                                 "\(label(placed, day)): \(day) is \(holiday.nameWithProvenance), a major holiday in \(name(country))"))
                        }
                    }
                }
                // Soft: the planner charges every attending country's non-major holidays, the host's included.
                for holiday in dayFacts.minor {
                    let may = isUncertain(holiday, on: day)
                    found.append(finding(.minorHoliday, placed, dates: [day], who: [country.rawValue],
                                         "\(label(placed, day)): \(day) \(may ? "may be" : "is") \(holiday.nameWithProvenance) in \(name(country))",
                                         cost: weights.minorHoliday))
                }
                if remoteCountries.contains(country), dayFacts.isWeekend {
                    found.append(finding(.attendeeWeekend, placed, dates: [day], who: [country.rawValue],
                                         "\(label(placed, day)): \(day.weekday.name) is a weekend day in \(name(country)), which joins remotely",
                                         cost: weights.minorHoliday))
                }
                if placed.inPerson, dayFacts.isRamadan { ramadan = true }
            }
            if ramadan {
                let observing = countries.filter { facts.on(day, for: $0).isRamadan }
                found.append(finding(.ramadan, placed, dates: [day], who: observing.map(\.rawValue),
                                     "\(label(placed, day)): \(day) falls in Ramadan, observed by \(observing.map(\.rawValue).joined(separator: ", "))",
                                     cost: weights.ramadan))
            }
        }
        for country in countries {
            let before = placed.firstDay.adding(days: -1)
            let after = placed.lastDay.adding(days: 1)
            let next = facts.on(before, for: country).major.first.map { ($0, before) }
                ?? facts.on(after, for: country).major.first.map { ($0, after) }
            if let (holiday, day) = next {
                found.append(finding(.nextToMajorHoliday, placed, dates: [day], who: [country.rawValue],
                                     "\(placed.headline): next to \(holiday.name) in \(name(country)) on \(day)",
                                     cost: weights.nextToMajorHoliday))
            }
        }
        return found
    }

    /// The planner's test: a holiday counts as uncertain on a day that is
    /// only a possible date, or when its date is a forecast.
    private func isUncertain(_ holiday: Holiday, on day: Day) -> Bool { holiday.date != day || holiday.isUncertain }

    private func uncertain(_ holiday: Holiday, _ placed: PlacedMeeting, _ day: Day) -> Finding {
        let possible = Self.list(holiday.possibleDates.map(\.description), conjunction: "or")
        let major = holiday.country != placed.venue.country ? "a major holiday" : "a holiday in the host country"
        return finding(.uncertainHoliday, placed, dates: [day], who: [holiday.country.rawValue],
                       "\(label(placed, day)): \(holiday.name) in \(holiday.country) may fall on \(possible) (\(major), date set by moon sighting or not yet published; \(holiday.provenance.kind): \(holiday.provenance.source))")
    }

    private func label(_ placed: PlacedMeeting, _ day: Day) -> String {
        "\(placed.label) on \(day.weekday.name) \(day) at \(placed.venue.id)"
    }

    /// Fixed events that share attendees or the venue on any day (DESIGN.md hard rule 7).
    private func fixedEvents(_ placed: PlacedMeeting) -> [Finding] {
        var clashes: [(title: String, days: [Day], who: Set<String>)] = []
        let attendees = Set(placed.attendees.map(\.id))
        for day in placed.days {
            for event in fixedByDay[day] ?? [] {
                let shared = event.delegations.intersection(attendees).map(\.rawValue)
                let venue = event.venue == placed.venue.id
                guard venue || !shared.isEmpty else { continue }
                let who = Set(shared + (venue ? [placed.venue.id.rawValue] : []))
                if let index = clashes.firstIndex(where: { $0.title == event.title }) {
                    clashes[index].days.append(day)
                    clashes[index].who.formUnion(who)
                } else {
                    clashes.append((event.title, [day], who))
                }
            }
        }
        return clashes.map { clash in
            let who = clash.who.sorted()
            return finding(.fixedEventClash, placed, dates: clash.days, who: who,
                           "\(placed.headline): \(clash.title) takes \(Self.list(clash.days.map(\.description))) and binds \(Self.list(who))")
        }
    }

    /// Remote delegations' local hours: 07:00-21:00 on one day (hard,
    /// DESIGN.md hard rule 6), and the planner's costs for time outside
    /// 09:00-17:00 and for the worst-off delegation.
    private func remoteTimes(_ placed: PlacedMeeting, zones: inout ZoneOffsets) throws -> [Finding] {
        guard !placed.remote.isEmpty else { return [] }
        var found: [Finding] = []
        let weights = scenario.weights
        var worst = 0
        var worstWho: [String] = []
        for delegation in placed.remote {
            let from = try zones.local(delegation.home, utcMinute: placed.utcStart)
            let to = try zones.local(delegation.home, utcMinute: placed.utcEnd)
            let endsMidnight = to.day == from.day.adding(days: 1) && to.minute == 0
            let endMinute = to.day == from.day ? to.minute : 1440
            let local = "\(from.day) \(LocalTime(minutes: from.minute))-\(to.day == from.day || endsMidnight ? LocalTime(minutes: endMinute).description : "\(to.day) \(LocalTime(minutes: to.minute))")"
            guard to.day == from.day || endsMidnight,
                  Self.acceptableMinutes.contains(from.minute), Self.acceptableMinutes.contains(endMinute) else {
                found.append(finding(.remoteHours, placed, dates: [from.day], who: [delegation.id.rawValue],
                                     "\(placed.headline): \(delegation.id) would join \(local) local time (\(delegation.home)), outside 07:00-21:00"))
                continue
            }
            let outside = max(0, Self.comfortableMinutes.lowerBound - from.minute) + max(0, endMinute - Self.comfortableMinutes.upperBound)
            guard outside > 0 else { continue }
            found.append(finding(.remoteComfort, placed, dates: [from.day], who: [delegation.id.rawValue],
                                 "\(placed.headline): \(delegation.id) joins \(local) local time, \(outside) min outside 09:00-17:00",
                                 cost: (outside * weights.remoteOutsideComfortPerHour + 30) / 60))
            if outside > worst { (worst, worstWho) = (outside, [delegation.id.rawValue]) } else if outside == worst { worstWho.append(delegation.id.rawValue) }
        }
        // The planner drops an option with any delegation outside 07:00-21:00, so fairness only counts when all fit.
        if worst > 0, !found.contains(where: { $0.rule == .remoteHours }) {
            found.append(finding(.remoteFairness, placed, dates: [placed.firstDay], who: worstWho,
                                 "\(placed.headline): the worst-off delegation (\(Self.list(worstWho))) has \(worst) min outside 09:00-17:00",
                                 cost: (worst * weights.remoteWorstOffPerHour + 30) / 60))
        }
        return found
    }

    // MARK: Soft preferences

    /// Per day outside the preferred window.
    private func preferredWindow(_ placed: PlacedMeeting) -> [Finding] {
        guard let preferred = placed.meeting.preferredWindow?.value else { return [] }
        let early = max(0, placed.firstDay.days(to: preferred.first))
        let late = max(0, preferred.last.days(to: placed.lastDay))
        guard early + late > 0 else { return [] }
        return [finding(.preferredWindow, placed, dates: [placed.firstDay], who: [],
                        "\(placed.headline): \(early + late) day\(early + late == 1 ? "" : "s") outside the preferred window \(preferred)",
                        cost: (early + late) * scenario.weights.preferredWindowPerDay)]
    }

    /// Per whole quarter hour away from the preferred start.
    private func preferredStart(_ placed: PlacedMeeting) -> [Finding] {
        guard let preferred = placed.meeting.preferredStart else { return [] }
        let quarters = abs(placed.start.minutes - preferred.minutes) / 15
        guard quarters > 0 else { return [] }
        return [finding(.preferredStart, placed, dates: [placed.firstDay], who: [],
                        "\(placed.headline): starts at \(placed.start), \(quarters * 15) min from the preferred \(preferred)",
                        cost: quarters * scenario.weights.preferredStartPerQuarterHour)]
    }

    /// "a, b and c".
    static func list(_ items: [String], conjunction: String = "and") -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " \(conjunction) " + (items.last ?? "")
        }
    }
}
