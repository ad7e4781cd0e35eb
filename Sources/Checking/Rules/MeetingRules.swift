import Calendars
import Scenarios
import Planning

/// The rules a meeting breaks or pays for on its own, wherever the others
/// are: horizon, window and pinned date and start, the venue, and the
/// rules of its days and hours. The rules themselves are the planner's
/// (Rules/DayRules.swift, Rules/TimeRules.swift): the checker evaluates
/// each on the placement it is given and words every finding, so that a
/// plan's objective and the check of it agree rule by rule.
struct MeetingRules {
    let scenario: Scenario
    let dayRules: DayRules

    init(scenario: Scenario, facts: CalendarFacts, extraFixed: [(title: String, days: DayRange)]) {
        self.scenario = scenario
        dayRules = DayRules(facts: facts, fixed: FixedDays(scenario: scenario, imported: extraFixed), weights: scenario.weights)
    }

    /// Every finding of one placed meeting.
    func findings(_ placed: PlacedMeeting, zones: inout ZoneOffsets) throws -> [Finding] {
        var found: [Finding] = []
        found += calendarBounds(placed)
        found += length(placed)
        found += venueRules(placed)
        found += dayFindings(placed)
        found += try remoteTimes(placed, zones: &zones)
        if let charge = TimeRules.preferredWindow(placed.meeting, first: placed.firstDay, last: placed.lastDay, weights: scenario.weights) {
            found.append(finding(charge, placed))
        }
        if let charge = TimeRules.preferredStart(placed.meeting, start: placed.start, day: placed.firstDay, weights: scenario.weights) {
            found.append(finding(charge, placed))
        }
        return found
    }

    private func finding(_ rule: CheckRule, _ placed: PlacedMeeting, dates: [Day], who: [String], _ message: String) -> Finding {
        Finding(rule: rule, meetings: [placed.id], dates: dates, who: who, message: message)
    }

    private func finding(_ charge: Charge, _ placed: PlacedMeeting) -> Finding {
        Finding(rule: CheckRule(charge.rule), meetings: [placed.id], dates: charge.dates, who: charge.who,
                message: charge.sentence(headline: placed.headline, onDay: { label(placed, $0) }), cost: charge.points)
    }

    // MARK: Hard rules of the placement itself

    /// Horizon and window (hard rule 1); a pinned `date:` is a window of
    /// one day, and a pinned `start:` one of a single minute. The planner
    /// only ever tries days and starts within them.
    private func calendarBounds(_ placed: PlacedMeeting) -> [Finding] {
        var found: [Finding] = []
        let days = placed.days
        let outside = days.filter { !scenario.horizon.contains($0) }
        if !outside.isEmpty {
            found.append(finding(.horizonMissed, placed, dates: outside, who: [],
                                 "\(placed.headline): \(Words.list(outside.map(\.description))) \(outside.count == 1 ? "lies" : "lie") outside the horizon \(scenario.horizon)"))
        }
        if let window = placed.meeting.window?.value {
            let out = days.filter { !window.contains($0) }
            if !out.isEmpty {
                found.append(finding(.windowMissed, placed, dates: out, who: [],
                                     "\(placed.headline): \(Words.list(out.map(\.description))) \(out.count == 1 ? "lies" : "lie") outside its window \(window)"))
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

    /// The venue is one the meeting may use, and an in-person session keeps
    /// to its opening hours (hard rule 3, `TimeRules.keepsOpeningHours`).
    private func venueRules(_ placed: PlacedMeeting) -> [Finding] {
        var found: [Finding] = []
        let venue = placed.venue
        if !placed.meeting.venues.contains(where: { $0.value == venue.id }) {
            let allowed = placed.meeting.venues.map(\.value.rawValue).joined(separator: ", ")
            found.append(finding(.venueNotAllowed, placed, dates: [placed.firstDay], who: [venue.id.rawValue],
                                 "\(placed.headline): the scenario allows only \(allowed)"))
        }
        if !TimeRules.keepsOpeningHours(placed.meeting, at: venue, start: placed.start, end: placed.end) {
            found.append(finding(.venueClosed, placed, dates: [placed.firstDay], who: [venue.id.rawValue],
                                 "\(placed.headline): \(venue.id) is open \(venue.hours), the meeting runs \(placed.start)-\(placed.end)"))
        }
        return found
    }

    /// The hard and soft rules of every day (`DayRules`). Closures and
    /// fixed events are reported once over all the days they take.
    private func dayFindings(_ placed: PlacedMeeting) -> [Finding] {
        var found: [Finding] = []
        var closed: [Day] = []
        var clashes: [(title: String, days: [Day], who: Set<String>)] = []
        for day in placed.days {
            for breach in dayRules.breaches(on: day, venue: placed.venue, attendance: placed.attendance, firstOnly: false) {
                switch breach {
                case .venueClosed:
                    closed.append(day)
                case .fixedEvent(let title, _, let who):
                    if let index = clashes.firstIndex(where: { $0.title == title }) {
                        clashes[index].days.append(day)
                        clashes[index].who.formUnion(who)
                    } else {
                        clashes.append((title, [day], Set(who)))
                    }
                default:
                    let sentence = breach.checkSentence(label: label(placed, day), host: placed.venue.country) ?? breach.sentence
                    found.append(finding(breach.checkRule, placed, dates: [day], who: breach.who, sentence))
                }
            }
        }
        if !closed.isEmpty {
            found.insert(finding(.venueClosed, placed, dates: closed, who: [placed.venue.id.rawValue],
                                 "\(placed.headline): \(placed.venue.id) is closed on \(Words.list(closed.map(\.description)))"), at: 0)
        }
        found += clashes.map { clash in
            let who = clash.who.sorted()
            return finding(.fixedEventClash, placed, dates: clash.days, who: who,
                           "\(placed.headline): \(clash.title) takes \(Words.list(clash.days.map(\.description))) and binds \(Words.list(who))")
        }
        found += dayRules.charges(placed.days, venue: placed.venue, attendance: placed.attendance).map { finding($0, placed) }
        return found
    }

    private func label(_ placed: PlacedMeeting, _ day: Day) -> String {
        "\(placed.label) on \(day.weekday.name) \(day) at \(placed.venue.id)"
    }

    /// Remote delegations' local hours on every sitting (hard rule 6,
    /// `TimeRules.minutesOutsideComfort`), and their costs.
    private func remoteTimes(_ placed: PlacedMeeting, zones: inout ZoneOffsets) throws -> [Finding] {
        guard !placed.remote.isEmpty else { return [] }
        let weights = scenario.weights
        let span = placed.firstDay.days(to: placed.lastDay) + 1
        var sittings: [(start: Int, end: Int)] = []
        for sitting in TimeRules.sittings(days: span, venue: placed.venue, start: placed.start, end: placed.end) {
            let day = placed.firstDay.adding(days: sitting.day)
            sittings.append((try zones.utcMinute(placed.venue.timeZone, day: day, minute: sitting.from.minutes),
                             try zones.utcMinute(placed.venue.timeZone, day: day, minute: sitting.to.minutes)))
        }
        var found: [Finding] = []
        var comfort: [Charge] = []
        var worst = 0
        var worstWho: [DelegationID] = []
        for delegation in placed.remote {
            var outside = 0
            var broken = false
            var first: (text: String, day: Day)?
            for sitting in sittings {
                let from = try zones.local(delegation.home, utcMinute: sitting.start)
                let to = try zones.local(delegation.home, utcMinute: sitting.end)
                let local = Self.localText(from, to)
                if first == nil { first = (local, from.day) }
                guard let minutes = TimeRules.minutesOutsideComfort(from: (from.day.daysSince1970, from.minute),
                                                                    to: (to.day.daysSince1970, to.minute)) else {
                    found.append(finding(.remoteHours, placed, dates: [from.day], who: [delegation.id.rawValue],
                                         "\(placed.headline): \(delegation.id) would join \(local) local time (\(delegation.home)), outside \(RuleConstants.acceptableRemoteHours)"))
                    broken = true
                    break
                }
                outside += minutes
            }
            guard !broken else { continue }
            if let charge = TimeRules.remoteComfort(delegation.id, minutes: outside, day: first?.day ?? placed.firstDay,
                                                 local: first?.text, weights: weights) {
                comfort.append(charge)
            }
            if outside > 0 {
                if outside > worst { (worst, worstWho) = (outside, [delegation.id]) } else if outside == worst { worstWho.append(delegation.id) }
            }
        }
        found += comfort.map { finding($0, placed) }
        // The planner drops an option with any delegation outside its acceptable hours, so fairness only counts when all fit.
        if !found.contains(where: { $0.rule == .remoteHours }),
           let charge = TimeRules.remoteFairness(worstOff: worstWho, minutes: worst, day: placed.firstDay, weights: weights) {
            found.append(finding(charge, placed))
        }
        return found
    }

    /// "2023-05-09 06:00-08:00", or with both days when it runs past midnight.
    private static func localText(_ from: (day: Day, minute: Int), _ to: (day: Day, minute: Int)) -> String {
        let endsMidnight = to.day == from.day.adding(days: 1) && to.minute == 0
        let end = to.day == from.day || endsMidnight ? LocalTime(minutes: to.day == from.day ? to.minute : 1440).description
            : "\(to.day) \(LocalTime(minutes: to.minute))"
        return "\(from.day) \(LocalTime(minutes: from.minute))-\(end)"
    }

    /// "a, b and c".
    static func list(_ items: [String], conjunction: String = "and") -> String { Words.list(items, conjunction: conjunction) }
}
