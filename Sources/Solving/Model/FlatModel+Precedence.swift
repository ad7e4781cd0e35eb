extension FlatModel {
    /// `then` follows `first`: with g = then.day − first.lastDay, the hard
    /// rule is `minDays <= g <= maxDays` (no upper limit when `maxDays` is
    /// nil) and, when g = 0, `then.start >= first.end`. The soft part costs
    /// `costPerDay` for each day g lies outside `[preferMinDays, preferMaxDays]`.
    public struct Precedence: Hashable, Sendable, Codable {
        public var first: ModelMeetingID
        public var then: ModelMeetingID
        public var minDays: Int
        public var maxDays: Int?
        public var preferMinDays: Int
        public var preferMaxDays: Int?
        public var costPerDay: Int

        public init(
            first: ModelMeetingID, then: ModelMeetingID, minDays: Int, maxDays: Int?,
            preferMinDays: Int? = nil, preferMaxDays: Int?? = nil, costPerDay: Int = 0
        ) {
            self.first = first
            self.then = then
            self.minDays = minDays
            self.maxDays = maxDays
            self.preferMinDays = preferMinDays ?? minDays
            self.preferMaxDays = preferMaxDays ?? maxDays
            self.costPerDay = costPerDay
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case first, then, minDays, maxDays, preferMinDays, preferMaxDays, costPerDay
        }

        public init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            first = try c.decode(ModelMeetingID.self, forKey: .first)
            then = try c.decode(ModelMeetingID.self, forKey: .then)
            minDays = try c.decode(Int.self, forKey: .minDays)
            maxDays = try c.decodeIfPresent(Int.self, forKey: .maxDays)
            preferMinDays = try c.decode(Int.self, forKey: .preferMinDays)
            preferMaxDays = try c.decodeIfPresent(Int.self, forKey: .preferMaxDays)
            costPerDay = try c.decode(Int.self, forKey: .costPerDay)
        }

        /// Writes `maxDays` and `preferMaxDays` as explicit nulls: the format
        /// has every key present, so "no limit" is never confused with "forgotten".
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(first, forKey: .first)
            try c.encode(then, forKey: .then)
            try c.encode(minDays, forKey: .minDays)
            try c.encode(maxDays, forKey: .maxDays)
            try c.encode(preferMinDays, forKey: .preferMinDays)
            try c.encode(preferMaxDays, forKey: .preferMaxDays)
            try c.encode(costPerDay, forKey: .costPerDay)
        }
    }

    /// A soft link: `cost` when `a` and `b` are placed at different venues.
    public struct SameVenue: Hashable, Sendable, Codable {
        public var a: ModelMeetingID
        public var b: ModelMeetingID
        public var cost: Int

        public init(a: ModelMeetingID, b: ModelMeetingID, cost: Int) {
            self.a = a
            self.b = b
            self.cost = cost
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case a, b, cost }
    }
}
