/// An inclusive range of civil days, written `2023-04-01..2023-06-30` in a
/// scenario. A single day is a range whose ends are equal.
public struct DayRange: Hashable, Sendable, CustomStringConvertible, Sequence {
    public let first: Day
    public let last: Day

    /// Creates a range, or nil when `last` comes before `first`.
    public init?(_ first: Day, _ last: Day) {
        guard first <= last else { return nil }
        self.first = first
        self.last = last
    }

    /// A range of one day.
    public init(single day: Day) {
        self.first = day
        self.last = day
    }

    public func contains(_ day: Day) -> Bool { first <= day && day <= last }

    /// Whether every day of `other` lies in this range.
    public func contains(_ other: DayRange) -> Bool { first <= other.first && other.last <= last }

    public func overlaps(_ other: DayRange) -> Bool { first <= other.last && other.first <= last }

    /// The number of days in the range.
    public var count: Int { first.days(to: last) + 1 }

    public var description: String { first == last ? first.description : "\(first)..\(last)" }

    public func makeIterator() -> AnyIterator<Day> {
        var next = first.daysSince1970
        let end = last.daysSince1970
        return AnyIterator {
            guard next <= end else { return nil }
            defer { next += 1 }
            return Day(daysSince1970: next)
        }
    }
}
