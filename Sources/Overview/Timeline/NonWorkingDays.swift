import Calendars

/// The days a country does not work in a horizon, for shading a timeline
/// row: its weekly weekend days, and its holidays as runs of consecutive
/// days, apart those whose date is not yet certain (moon-sighted or
/// provisional: every possible date is marked).
public struct NonWorkingDays: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case holiday
        case uncertainHoliday = "uncertain"
    }

    public struct Run: Sendable, Hashable {
        public let days: DayRange
        public let kind: Kind
        /// The holidays' names, for the shading's tooltip.
        public let names: String
    }

    public let country: CountryCode
    public let weekend: Set<Weekday>
    public let runs: [Run]

    /// `country`'s weekends and holidays within `horizon`, with `extra`
    /// holidays (imported feeds) added. A country Convene has no holiday
    /// rules for is shaded for its weekends only.
    public init(country: CountryCode, horizon: DayRange, extra: [Holiday] = []) {
        self.country = country
        weekend = Countries.named(country).map(Weekends.of) ?? []
        var holidays: [Day: (names: [String], uncertain: Bool)] = [:]
        let known = (try? Holidays.of(country, in: horizon)) ?? []
        for holiday in known + extra.filter({ $0.country == country }) {
            let dates = holiday.isUncertain ? Set([holiday.date] + holiday.possibleDates) : [holiday.date]
            for day in dates where horizon.contains(day) {
                var entry = holidays[day] ?? ([], false)
                if !entry.names.contains(holiday.name) { entry.names.append(holiday.name) }
                entry.uncertain = entry.uncertain || holiday.isUncertain
                holidays[day] = entry
            }
        }
        var runs: [Run] = []
        var open: (first: Day, last: Day, kind: Kind, names: String)?
        for day in horizon {
            let kind: Kind?
            let names: String
            if let holiday = holidays[day] {
                kind = holiday.uncertain ? .uncertainHoliday : .holiday
                names = holiday.names.joined(separator: "; ")
            } else {
                kind = nil
                names = ""
            }
            if let current = open, let kind, current.kind == kind, current.names == names,
                current.last.adding(days: 1) == day
            {
                open = (current.first, day, kind, names)
                continue
            }
            if let current = open, let range = DayRange(current.first, current.last) {
                runs.append(Run(days: range, kind: current.kind, names: current.names))
            }
            open = kind.map { (day, day, $0, names) }
        }
        if let current = open, let range = DayRange(current.first, current.last) {
            runs.append(Run(days: range, kind: current.kind, names: current.names))
        }
        self.runs = runs
    }
}
