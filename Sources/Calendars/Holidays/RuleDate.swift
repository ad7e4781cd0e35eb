/// What a `HolidayRule` yields: a day, and when the day is not certain, the
/// offsets (in days) of the other days it may fall on.
struct RuleDate: Hashable, Sendable {
    let day: Day
    let isUncertain: Bool
    /// Offsets from `day` of every possible day, 0 included.
    let possibleOffsets: [Int]

    init(_ day: Day, uncertain: Bool = false, possibleOffsets: [Int] = [0]) {
        self.day = day
        self.isUncertain = uncertain
        self.possibleOffsets = uncertain ? possibleOffsets : [0]
    }
}
