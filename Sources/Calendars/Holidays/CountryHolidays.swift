import Foundation

/// One country's holiday rules: its holidays, its substitute-day rule and
/// the per-year decisions of its government. `Holidays` asks it for a year.
struct CountryHolidays: Sendable {
    let code: CountryCode
    let definitions: [HolidayDefinition]
    let substitution: Substitution?
    /// Japan's "citizens' holiday": a day between two holidays is one too
    /// (Act on National Holidays, art. 3(3)).
    var sandwichedDaysAreHolidays = false
    /// Decisions for single years, by year.
    var overrides: [Int: [YearOverride]] = [:]
    /// The law the rules follow: the provenance of every computed day.
    var law = "the country's holiday law"
    /// The government's lists the published tables come from.
    var lists = "the government's yearly list of public holidays"
    /// The instrument behind each year's decisions (overrides), by year.
    var decisions: [Int: String] = [:]
    /// Each year's occurrences, computed once: a year is needed again for
    /// the days in lieu of its neighbours.
    private let memo = LockedCache<Int, ([Occurrence], [Holiday])>()

    /// The days of one holiday in one year, kept together because a
    /// holiday earns at most one substitute.
    private struct Occurrence: Sendable {
        let definition: Int
        let days: [Holiday]
        /// Whether a government decision fixed the days (no substitute then).
        let isDecided: Bool
    }

    /// Every holiday in `year`: the rules' days, the year's decisions, the
    /// days in lieu (including those a late-December holiday of the year
    /// before pushes into January, or an early-January one of the next
    /// year pulls back to 31 December), sorted by date, then name.
    func holidays(in year: Int, weekend: Set<Weekday>) throws(CalendarError) -> [Holiday] {
        var occurrences: [Occurrence] = []
        var extras: [Holiday] = []
        for y in (year - 1)...(year + 1) {
            let (found, added) = try self.occurrences(in: y)
            occurrences += found.filter { y == year || $0.days.contains { abs($0.date.days(to: Self.newYear(year, y))) <= 15 } }
            extras += added
        }
        occurrences.sort { lhs, rhs in
            let l = lhs.days.first?.date.daysSince1970 ?? 0, r = rhs.days.first?.date.daysSince1970 ?? 0
            return l != r ? l < r : lhs.definition < rhs.definition
        }
        var result = occurrences.flatMap(\.days) + extras
        result += substitutes(for: occurrences, extras: extras, weekend: weekend)
        if sandwichedDaysAreHolidays {
            result += sandwiched(result)
        }
        return result.filter { $0.date.year == year }.sorted { ($0.date, $0.name) < ($1.date, $1.name) }
    }

    /// 1 January of the later of two adjacent years: the seam around which
    /// the neighbouring years' holidays matter.
    private static func newYear(_ year: Int, _ other: Int) -> Day {
        Day(year: max(year, other), month: 1, day: 1) ?? Day(daysSince1970: 0)
    }

    /// The rules' days and the decisions of one year, before substitutes.
    private func occurrences(in year: Int) throws(CalendarError) -> ([Occurrence], [Holiday]) {
        try memo.value(for: year) { () throws(CalendarError) in try computeOccurrences(in: year) }
    }

    /// A holiday's days as a decision of the year gives them, and the source.
    private struct Decision {
        let days: [Day]
        let source: String
    }

    private func computeOccurrences(in year: Int) throws(CalendarError) -> ([Occurrence], [Holiday]) {
        var replaced: [String: Decision] = [:]
        var moved: [String: Decision] = [:]
        var official: [String: Decision] = [:]
        var removed = Set<String>()
        var extras: [Holiday] = []
        let decree = decisions[year] ?? lists
        for decision in overrides[year] ?? [] {
            switch decision {
            case .replace(let name, let days): replaced[name] = Decision(days: days, source: decree)
            case .move(let name, let days): moved[name] = Decision(days: days, source: decree)
            case .remove(let name): removed.insert(name)
            case .add(let name, let localName, let major, let days):
                extras += days.map { Holiday(country: code, date: $0, name: name, localName: localName, isMajor: major,
                                             provenance: .official(decree)) }
            case .expect(let name, let localName, let major, let days, let awaiting):
                extras += days.map { Holiday(country: code, date: $0, name: name, localName: localName, isMajor: major,
                                             provenance: .provisional(awaiting)) }
            }
        }
        let names = Set(definitions.map(\.name))
        for row in try HolidayTables.rows(for: code) where row.year == year {
            let decision = Decision(days: row.days, source: row.source)
            switch row.action {
            case .official, .decided, .remove:
                guard names.contains(row.name) else {
                    throw .badTable(HolidayTableError(
                        file: "HolidayTables/\(code.rawValue).txt", line: row.line, column: 1,
                        message: "no holiday named '\(row.name)' in \(code.rawValue)'s rules; known: "
                            + definitions.map(\.name).joined(separator: ", "), sourceLine: ""))
                }
                switch row.action {
                case .official: official[row.name] = decision
                case .decided: replaced[row.name] = decision
                default: removed.insert(row.name)
                }
            case .add, .addMajor:
                extras += row.days.map { Holiday(country: code, date: $0, name: row.name, localName: row.localName,
                                                 isMajor: row.action == .addMajor, provenance: .official(row.source)) }
            case .expect, .expectMajor:
                extras += row.days.map { Holiday(country: code, date: $0, name: row.name, localName: row.localName,
                                                 isMajor: row.action == .expectMajor, provenance: .provisional(row.source)) }
            }
        }
        var result: [Occurrence] = []
        for (index, definition) in definitions.enumerated()
        where definition.years.contains(year) && !removed.contains(definition.name) {
            if let decision = replaced[definition.name] {
                result.append(Occurrence(definition: index, days: decision.days.map { decided(definition, $0, decision.source) },
                                         isDecided: true))
                continue
            }
            if let decision = moved[definition.name] {
                result.append(Occurrence(definition: index, days: decision.days.map { decided(definition, $0, decision.source) },
                                         isDecided: false))
                continue
            }
            if let decision = official[definition.name] {
                // Each listed day starts the holiday, which lasts its usual length.
                for first in decision.days {
                    let days = (0..<definition.length).map { decided(definition, first.adding(days: $0), decision.source) }
                    result.append(Occurrence(definition: index, days: days, isDecided: false))
                }
                continue
            }
            for date in try definition.rule.dates(in: year) {
                let days = (0..<definition.length).map { i in
                    let day = date.day.adding(days: i)
                    return holiday(definition, day, RuleDate(day, uncertain: date.isUncertain, possibleOffsets: date.possibleOffsets,
                                                             basis: date.basis))
                }
                result.append(Occurrence(definition: index, days: days, isDecided: false))
            }
        }
        return (result, extras)
    }

    private func holiday(_ definition: HolidayDefinition, _ day: Day, _ date: RuleDate) -> Holiday {
        let provenance: HolidayProvenance
        switch date.basis {
        case .computed: provenance = .rule(definition.source ?? law)
        case .published: provenance = .official(definition.lists ?? lists)
        case .forecast: provenance = .provisional(definition.awaiting ?? Self.awaiting(date))
        }
        return Holiday(country: code, date: day, name: definition.name, localName: definition.localName,
                       isMajor: definition.isMajor, isUncertain: date.isUncertain,
                       possibleDates: date.possibleOffsets.map { day.adding(days: $0) }, provenance: provenance)
    }

    /// A day a year's decision gave (the published day of a lunar holiday,
    /// Tet's days, a holiday moved by proclamation), with its source.
    private func decided(_ definition: HolidayDefinition, _ day: Day, _ source: String) -> Holiday {
        Holiday(country: code, date: day, name: definition.name, localName: definition.localName,
                isMajor: definition.isMajor, provenance: .official(source))
    }

    /// What a forecast waits for, when its definition does not say.
    private static func awaiting(_ date: RuleDate) -> String {
        "awaiting the year's official list; possible days: "
            + date.possibleOffsets.map { date.day.adding(days: $0).description }.joined(separator: ", ")
    }

    /// Days in lieu, in date order so that an earlier holiday's substitute
    /// is taken before a later one looks for a free day. For a holiday whose
    /// date is uncertain, the day in lieu of every possible date is possible:
    /// a Hari Raya that may fall on Saturday or Sunday may give Monday off.
    private func substitutes(for occurrences: [Occurrence], extras: [Holiday], weekend: Set<Weekday>) -> [Holiday] {
        var state = LieuState(taken: Set(extras.map(\.date)))
        for occurrence in occurrences where definitions[occurrence.definition].occupiesDay {
            occurrence.days.forEach { state.taken.insert($0.date) }
        }
        var result: [Holiday] = []
        for occurrence in occurrences {
            let definition = definitions[occurrence.definition]
            let days = occurrence.days
            defer { if definition.occupiesDay { days.forEach { state.claimed.insert($0.date) } } }
            guard definition.substitutes, !occurrence.isDecided,
                  let rule = definition.substitution ?? substitution,
                  let first = days.first, first.date.year >= rule.since else { continue }
            let name = rule.name(for: definition.name)
            guard first.isUncertain else {
                for target in daysInLieu(of: days.map(\.date), rule: rule, weekend: weekend, state: &state) {
                    result.append(Holiday(country: code, date: target, name: name, localName: nil, isMajor: false,
                                          provenance: .rule("day in lieu under " + (rule.source ?? law))))
                }
                continue
            }
            // Every possible date of the holiday, the expected one first.
            let shifts = [0] + first.possibleDates.map { first.date.days(to: $0) }.filter { $0 != 0 }
            var expected: [Day] = []
            var possible = Set<Day>()
            for shift in shifts {
                var trial = state
                let found = daysInLieu(of: days.map { $0.date.adding(days: shift) }, rule: rule, weekend: weekend, state: &trial)
                if shift == 0 { state = trial; expected = found }
                possible.formUnion(found)
            }
            let provenance = HolidayProvenance.provisional("day in lieu of \(definition.name), whose date is provisional")
            for target in expected.isEmpty ? Array(possible.sorted().prefix(1)) : expected {
                result.append(Holiday(country: code, date: target, name: name, localName: nil, isMajor: false,
                                      isUncertain: true, possibleDates: Array(possible), provenance: provenance))
            }
        }
        return result
    }

    /// What the days in lieu of earlier holidays have used up.
    private struct LieuState {
        /// Days that are holidays or days in lieu already.
        var taken: Set<Day>
        /// Days of holidays already placed (for the clash rule).
        var claimed = Set<Day>()
        /// Weekend days already compensated.
        var compensated = Set<Day>()
    }

    /// The days in lieu that a holiday on `days` earns under `rule`.
    private func daysInLieu(of days: [Day], rule: Substitution, weekend: Set<Weekday>, state: inout LieuState) -> [Day] {
        guard let first = days.first, let last = days.last else { return [] }
        let lost = days.filter {
            (rule.triggers.contains($0.weekday) && !state.compensated.contains($0)) || (rule.onClash && state.claimed.contains($0))
        }
        guard !lost.isEmpty else { return [] }
        for day in lost {
            state.compensated.insert(day)
            if rule.grouping == .perWeekend {
                // The rest of the same weekend is covered by this day in lieu.
                var before = day.adding(days: -1), after = day.adding(days: 1)
                while rule.triggers.contains(before.weekday) { state.compensated.insert(before); before = before.adding(days: -1) }
                while rule.triggers.contains(after.weekday) { state.compensated.insert(after); after = after.adding(days: 1) }
            }
        }
        switch rule.placement {
        case .nearestWeekday:
            let target = first.weekday == .saturday ? first.adding(days: -1) : last.adding(days: 1)
            state.taken.insert(target)
            return [target]
        case .nextFreeDay:
            var result: [Day] = []
            var target = last
            for _ in 0..<(rule.grouping == .perDay ? lost.count : 1) {
                target = target.adding(days: 1)
                while weekend.contains(target.weekday) || state.taken.contains(target) { target = target.adding(days: 1) }
                state.taken.insert(target)
                result.append(target)
            }
            return result
        }
    }

    /// Japan: a weekday (not Sunday) between two holidays becomes one.
    private func sandwiched(_ holidays: [Holiday]) -> [Holiday] {
        let days = Set(holidays.map(\.date))
        var result: [Holiday] = []
        for day in days {
            let next = day.adding(days: 1), after = day.adding(days: 2)
            if !days.contains(next), days.contains(after), next.weekday != .sunday {
                result.append(Holiday(country: code, date: next, name: "Citizens' Holiday", localName: "国民の休日"))
            }
        }
        return result
    }
}
