extension FlatModel {
    /// A place where meetings happen. `rooms` is how many meetings it holds
    /// at once (a virtual platform may say 1000).
    public struct Venue: Hashable, Sendable, Codable {
        public var id: ModelVenueID
        /// Index into `FlatModel.sites`.
        public var site: Int
        public var rooms: Int

        public init(id: ModelVenueID, site: Int, rooms: Int) {
            self.id = id
            self.site = site
            self.rooms = rooms
        }

        enum CodingKeys: String, CodingKey, CaseIterable { case id, site, rooms }
    }
}
