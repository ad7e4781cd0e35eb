/// How Convene's holidays for a country and year compare with an official
/// list a user holds: the days both have, the days only the list has
/// (Convene lacks them), and the days only Convene has. A Convene holiday
/// whose date is uncertain matches the list on any of its possible days.
public struct HolidayComparison: Sendable, Equatable {
    /// One day of the official list.
    public struct ListedDay: Sendable, Equatable {
        public let date: Day
        public let name: String

        public init(date: Day, name: String) {
            self.date = date
            self.name = name
        }
    }

    /// Days on both, with Convene's holiday.
    public let matched: [Holiday]
    /// Days on the list that Convene does not have.
    public let onlyInList: [ListedDay]
    /// Convene's holidays on days the list does not have.
    public let onlyInConvene: [Holiday]

    /// Compares `convene` (one country's holidays) with `list`, both
    /// limited to `range`.
    public init(convene: [Holiday], list: [ListedDay], range: DayRange) {
        let listed = list.filter { range.contains($0.date) }
        let listedDays = Set(listed.map(\.date))
        let ours = convene.filter { range.contains($0.date) }
        var covered = Set<Day>()
        var matched: [Holiday] = []
        var onlyInConvene: [Holiday] = []
        for holiday in ours {
            let days = holiday.isUncertain ? holiday.possibleDates : [holiday.date]
            let hits = days.filter { listedDays.contains($0) }
            if hits.isEmpty {
                onlyInConvene.append(holiday)
            } else {
                matched.append(holiday)
                covered.formUnion(hits)
            }
        }
        self.matched = matched
        self.onlyInConvene = onlyInConvene
        var seen = Set<Day>()
        self.onlyInList = listed.sorted { ($0.date, $0.name) < ($1.date, $1.name) }
            .filter { !covered.contains($0.date) && seen.insert($0.date).inserted }
    }

    /// Whether the two lists agree on every day.
    public var agrees: Bool { onlyInList.isEmpty && onlyInConvene.isEmpty }
}
