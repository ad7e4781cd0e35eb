/// What a `HolidayRule` yields: a day, and when the day is not certain, the
/// offsets (in days) of the other days it may fall on.
struct RuleDate: Hashable, Sendable {
    /// How the day was found, which becomes the holiday's provenance.
    enum Basis: Hashable, Sendable {
        /// Computed by the rule from the law or its calendar.
        case computed
        /// Read from the government's published table.
        case published
        /// An expectation awaiting the year's decision (moon sighting, a list not yet out).
        case forecast
    }

    let day: Day
    let basis: Basis
    let isUncertain: Bool
    /// Offsets from `day` of every possible day, 0 included.
    let possibleOffsets: [Int]

    init(_ day: Day, uncertain: Bool = false, possibleOffsets: [Int] = [0], basis: Basis? = nil) {
        self.day = day
        self.basis = basis ?? (uncertain ? .forecast : .computed)
        self.isUncertain = uncertain
        self.possibleOffsets = uncertain ? possibleOffsets : [0]
    }
}
