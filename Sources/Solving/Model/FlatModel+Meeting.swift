extension FlatModel {
    /// A meeting to place: who attends and where and when it may happen.
    /// Options that break a hard rule of the scenario never enter the model,
    /// so every option is acceptable on its own.
    public struct Meeting: Hashable, Sendable, Codable {
        public var id: ModelMeetingID
        public var attendees: [ModelAttendeeID]
        public var options: [Option]

        public init(id: ModelMeetingID, attendees: [ModelAttendeeID], options: [Option]) {
            self.id = id
            self.attendees = attendees
            self.options = options
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case id, attendees, options }
    }

    /// One way to place a meeting: a venue, its first and last local day,
    /// and its UTC interval `[start, end)` in minutes from the epoch.
    public struct Option: Hashable, Sendable, Codable {
        public var venue: ModelVenueID
        /// First venue-local day, counted from the epoch.
        public var day: Int
        /// Last venue-local day (equal to `day` for a one-day meeting).
        public var lastDay: Int
        /// UTC minutes from the epoch at 00:00 UTC; the meeting uses `[start, end)`.
        public var start: Int
        public var end: Int
        public var cost: Int

        public init(venue: ModelVenueID, day: Int, lastDay: Int, start: Int, end: Int, cost: Int) {
            self.venue = venue
            self.day = day
            self.lastDay = lastDay
            self.start = start
            self.end = end
            self.cost = cost
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case venue, day, lastDay, start, end, cost }
    }
}
