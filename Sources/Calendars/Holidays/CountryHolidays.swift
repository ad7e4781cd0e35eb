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

    private func computeOccurrences(in year: Int) throws(CalendarError) -> ([Occurrence], [Holiday]) {
        let decisions = overrides[year] ?? []
        var replaced: [String: [Day]] = [:]
        var moved: [String: [Day]] = [:]
        var removed = Set<String>()
        var extras: [Holiday] = []
        for decision in decisions {
            switch decision {
            case .replace(let name, let days): replaced[name] = days
            case .move(let name, let days): moved[name] = days
            case .remove(let name): removed.insert(name)
            case .add(let name, let localName, let major, let days):
                extras += days.map { Holiday(country: code, date: $0, name: name, localName: localName, isMajor: major) }
            }
        }
        var result: [Occurrence] = []
        for (index, definition) in definitions.enumerated()
        where definition.years.contains(year) && !removed.contains(definition.name) {
            if let days = replaced[definition.name] {
                result.append(Occurrence(definition: index, days: days.map { holiday(definition, $0, RuleDate($0)) }, isDecided: true))
                continue
            }
            if let days = moved[definition.name] {
                result.append(Occurrence(definition: index, days: days.map { holiday(definition, $0, RuleDate($0)) }, isDecided: false))
                continue
            }
            for date in try definition.rule.dates(in: year) {
                let days = (0..<definition.length).map { i in
                    let day = date.day.adding(days: i)
                    return holiday(definition, day, RuleDate(day, uncertain: date.isUncertain, possibleOffsets: date.possibleOffsets))
                }
                result.append(Occurrence(definition: index, days: days, isDecided: false))
            }
        }
        return (result, extras)
    }

    private func holiday(_ definition: HolidayDefinition, _ day: Day, _ date: RuleDate) -> Holiday {
        Holiday(country: code, date: day, name: definition.name, localName: definition.localName,
                isMajor: definition.isMajor, isUncertain: date.isUncertain,
                possibleDates: date.possibleOffsets.map { day.adding(days: $0) })
    }

    /// Days in lieu, in date order so that an earlier holiday's substitute
    /// is taken before a later one looks for a free day.
    private func substitutes(for occurrences: [Occurrence], extras: [Holiday], weekend: Set<Weekday>) -> [Holiday] {
        var taken = Set(extras.map(\.date))
        for occurrence in occurrences where definitions[occurrence.definition].occupiesDay {
            occurrence.days.forEach { taken.insert($0.date) }
        }
        var claimed = Set<Day>()
        var compensated = Set<Day>()
        var result: [Holiday] = []
        for occurrence in occurrences {
            let definition = definitions[occurrence.definition]
            let days = occurrence.days
            defer { if definition.occupiesDay { days.forEach { claimed.insert($0.date) } } }
            guard definition.substitutes, !occurrence.isDecided,
                  let rule = definition.substitution ?? substitution,
                  let first = days.first, let last = days.last, first.date.year >= rule.since else { continue }
            let lost = days.map(\.date).filter {
                (rule.triggers.contains($0.weekday) && !compensated.contains($0)) || (rule.onClash && claimed.contains($0))
            }
            guard !lost.isEmpty else { continue }
            for day in lost {
                compensated.insert(day)
                if rule.grouping == .perWeekend {
                    // The rest of the same weekend is covered by this day in lieu.
                    var before = day.adding(days: -1), after = day.adding(days: 1)
                    while rule.triggers.contains(before.weekday) { compensated.insert(before); before = before.adding(days: -1) }
                    while rule.triggers.contains(after.weekday) { compensated.insert(after); after = after.adding(days: 1) }
                }
            }
            let count = rule.grouping == .perDay ? lost.count : 1
            var target = last.date
            for index in 0..<count {
                switch rule.placement {
                case .nearestWeekday:
                    target = first.date.weekday == .saturday ? first.date.adding(days: -1) : last.date.adding(days: 1)
                case .nextFreeDay:
                    target = target.adding(days: 1)
                    while weekend.contains(target.weekday) || taken.contains(target) { target = target.adding(days: 1) }
                }
                if index > 0 && rule.placement == .nearestWeekday { break }
                taken.insert(target)
                result.append(Holiday(country: code, date: target, name: rule.name(for: definition.name), localName: nil,
                                      isMajor: false, isUncertain: first.isUncertain,
                                      possibleDates: first.isUncertain ? [target, target.adding(days: 1)] : [target]))
            }
        }
        return result
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
