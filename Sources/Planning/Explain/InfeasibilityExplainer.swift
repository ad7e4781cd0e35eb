import Calendars
import Solving

/// Finds a minimal set of scenario rules that cannot hold together.
///
/// First, a meeting with no placement at all is its own explanation: every
/// candidate day was ruled out, and the exclusions say by what. Otherwise
/// the rules that can be dropped one by one (each `after`, each window,
/// each pinned date) are labels for a deletion-based search: a subset is
/// kept only if the model without the other labels stays infeasible, so
/// the result is minimal.
struct InfeasibilityExplainer {
    let model: PlanningModel
    /// Search limits for each feasibility test.
    let limits: SolveOptions
    /// The imported holidays and calendar days the model was built with,
    /// so that relaxed meetings respect them too.
    var extraHolidays: [Holiday] = []
    var extraFixed: [(title: String, days: DayRange)] = []

    enum Label: Hashable {
        case after(meeting: Int, rule: Int)
        case window(Int)
        case date(Int)

        var meeting: Int {
            switch self {
            case .after(let meeting, _), .window(let meeting), .date(let meeting): meeting
            }
        }
    }

    func explain() throws -> Infeasibility {
        let scenario = model.scenario
        let empty = model.placements.indices.filter { model.placements[$0].isEmpty }
        if !empty.isEmpty {
            return Infeasibility(reasons: empty.map { calendarReason($0) }, isMinimal: true)
        }

        var labels: [Label] = []
        for (index, meeting) in scenario.meetings.enumerated() {
            for rule in meeting.after.indices { labels.append(.after(meeting: index, rule: rule)) }
            if meeting.window != nil { labels.append(.window(index)) }
            if meeting.date != nil { labels.append(.date(index)) }
        }
        // Placements of each meeting with its window or date dropped, built once.
        var relaxedOptions: [Int: [Placement]] = [:]
        func placements(_ index: Int, keepWindow: Bool, keepDate: Bool) throws -> [Placement] {
            if keepWindow && keepDate { return model.placements[index] }
            let key = index * 4 + (keepWindow ? 1 : 0) + (keepDate ? 2 : 0)
            if let cached = relaxedOptions[key] { return cached }
            let meeting = scenario.meetings[index].relaxed(window: !keepWindow, date: !keepDate)
            let built = try ModelBuilder(scenario: scenario.replacing(meetings: [meeting]))
                .build(extraHolidays: extraHolidays, extraFixed: extraFixed)
            relaxedOptions[key] = built.placements[0]
            return built.placements[0]
        }

        var searchLimited = false
        func isInfeasible(_ kept: [Label]) throws -> Bool {
            let keptSet = Set(kept)
            var flat = model.flat
            for index in scenario.meetings.indices {
                let keepWindow = scenario.meetings[index].window == nil || keptSet.contains(.window(index))
                let keepDate = scenario.meetings[index].date == nil || keptSet.contains(.date(index))
                let options = try placements(index, keepWindow: keepWindow, keepDate: keepDate)
                flat.meetings[index].options = options.map { placement in
                    FlatModel.Option(venue: .init(placement.venue.rawValue), day: placement.dayIndex,
                                     lastDay: placement.lastDayIndex, start: placement.utcStart,
                                     end: placement.utcEnd, cost: 0)
                }
            }
            var precedences: [FlatModel.Precedence] = []
            var position = 0
            for (index, meeting) in scenario.meetings.enumerated() {
                for rule in meeting.after.indices {
                    if keptSet.contains(.after(meeting: index, rule: rule)) { precedences.append(model.flat.precedences[position]) }
                    position += 1
                }
            }
            flat.precedences = precedences
            flat.sameVenue = []
            switch try Solver.isFeasible(flat, limits: limits) {
            case .feasible: return false
            case .infeasible: return true
            case .unknown:
                searchLimited = true
                return false
            }
        }

        // With every window, date and precedence dropped, what is left is
        // rooms and delegations' time: if that alone fails, it is the cause.
        if try isInfeasible([]) {
            return Infeasibility(reasons: [capacityReason()], isMinimal: !searchLimited)
        }
        let core = try MinimalConflict.find(labels: labels) { try !isInfeasible($0) }
        if core.isEmpty {
            return Infeasibility(reasons: [.init(rule: "unknown", meetings: [],
                message: "the search limits ran out before a conflict could be proven; raise --time-limit")], isMinimal: false)
        }
        // When the meetings in the core could each be placed alone, what
        // makes them clash is rooms or delegations' time.
        let meetingsInCore = Set(core.map(\.meeting))
        let background = meetingsInCore.count > 1 || core.allSatisfy({ if case .after = $0 { false } else { true } })
            ? "given each venue's rooms, and that no delegation attends two meetings at once (with travel time between cities)"
            : nil
        return Infeasibility(reasons: core.map { reason(for: $0, core: core) }, isMinimal: !searchLimited, background: background)
    }

    // MARK: Words

    private func name(_ index: Int) -> String {
        let meeting = model.scenario.meetings[index]
        return "\(meeting.title) [\(meeting.id)]"
    }

    private func reason(for label: Label, core: [Label]) -> Infeasibility.Reason {
        let scenario = model.scenario
        switch label {
        case .after(let index, let ruleIndex):
            let meeting = scenario.meetings[index]
            let rule = meeting.after[ruleIndex]
            let firstIndex = scenario.meetings.firstIndex { $0.id == rule.meeting.value } ?? index
            let days = rule.days
            let span = days.maximum == nil ? "\(days.minimum) days or more" :
                (days.minimum == days.maximum ? "exactly \(days.minimum) day\(days.minimum == 1 ? "" : "s")" : "\(days.minimum) to \(days.maximum!) days")
            var message = "\(name(index)) must come \(span) after \(name(firstIndex)) ends"
            let firstEnd = model.placements[firstIndex].map(\.lastDay).min()
            let thenStart = model.placements[index].map(\.firstDay).max()
            if let firstEnd, let thenStart, firstEnd.days(to: thenStart) < days.minimum {
                message += ", but its latest possible day, \(thenStart), is \(firstEnd.days(to: thenStart)) days after the earliest possible end of \(scenario.meetings[firstIndex].id), \(firstEnd)"
                if !core.contains(.window(index)) {
                    message += " (the horizon ends \(scenario.horizon.last))"
                }
            }
            return .init(rule: "after", meetings: [rule.meeting.value.rawValue, meeting.id.rawValue], message: message)
        case .window(let index):
            let meeting = scenario.meetings[index]
            let window = meeting.window!.value
            let days = Set(model.placements[index].map(\.firstDay)).sorted()
            let when = days.isEmpty ? "no day" : "\(days.count) possible day\(days.count == 1 ? "" : "s") (\(days.first!)..\(days.last!)) after weekends and holidays"
            return .init(rule: "window", meetings: [meeting.id.rawValue],
                         message: "\(name(index)) must fall within its window \(window): \(when)")
        case .date(let index):
            let meeting = scenario.meetings[index]
            return .init(rule: "date", meetings: [meeting.id.rawValue],
                         message: "\(name(index)) is pinned to \(meeting.date!.value)")
        }
    }

    /// "every day of W at V is ruled out: ...".
    private func calendarReason(_ index: Int) -> Infeasibility.Reason {
        let scenario = model.scenario
        let meeting = scenario.meetings[index]
        let window = meeting.window?.value ?? scenario.horizon
        let venues = meeting.venues.map(\.value.rawValue).joined(separator: ", ")
        var groups: [String: Int] = [:]
        for (exclusion, count) in model.exclusions[index] {
            groups[Self.group(exclusion), default: 0] += count
        }
        let parts = groups.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .map { "\($0.key) (\($0.value))" }
        let detail = parts.isEmpty ? "the window is shorter than the meeting" : parts.joined(separator: "; ")
        let what = meeting.date.map { "its pinned date \($0.value)" } ?? "every day of \(window)"
        return .init(rule: "calendar", meetings: [meeting.id.rawValue],
                     message: "\(name(index)) cannot be held: \(what) at \(venues) is ruled out: \(detail)")
    }

    /// Groups exclusions by kind and country for a short sentence.
    static func group(_ exclusion: Exclusion) -> String {
        func country(_ code: CountryCode) -> String { Countries.named(code)?.name ?? code.rawValue }
        switch exclusion {
        case .weekend(let code, _): return "a weekend day in \(country(code))"
        case .hostHoliday(let code, _, let name): return "\(name), a holiday in \(country(code))"
        case .majorHoliday(let code, _, let name, let uncertain):
            return "\(name), a major holiday in \(country(code))\(uncertain ? " (or may be)" : "")"
        case .venueClosed(let venue, _): return "venue \(venue) closed"
        case .fixedEvent(let title, _): return "\(title)"
        case .remoteHours(let delegation): return "no start within 07:00-21:00 for \(delegation)"
        case .openingHours: return "longer than the venue's opening hours"
        case .pinned: return "pinned start does not fit"
        }
    }

    private func capacityReason() -> Infeasibility.Reason {
        let ids = model.scenario.meetings.map(\.id.rawValue)
        return .init(rule: "capacity", meetings: ids,
                     message: "the meetings cannot all fit: even with every window, pinned date and 'after' rule dropped, the venues' rooms and the delegations' time (no delegation in two meetings at once, with travel between cities) leave no plan")
    }
}
