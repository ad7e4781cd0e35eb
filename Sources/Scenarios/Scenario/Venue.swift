import Calendars

/// A place where meetings can be held, or a virtual platform.
public struct Venue: Sendable, Identifiable {
    public let id: VenueID
    public let name: String
    /// Nil for a virtual venue.
    public let city: String?
    public let country: CountryCode
    public let timeZone: String
    /// Meetings it can hold at once.
    public let rooms: Int
    public let hours: OpeningHours
    public let closed: [DayRange]
    public let isVirtual: Bool
    public let joinURL: String?
    public let latitude: Double?
    public let longitude: Double?
    public let location: SourceLocation

    public init(id: VenueID, name: String, city: String?, country: CountryCode, timeZone: String, rooms: Int,
                hours: OpeningHours, closed: [DayRange], isVirtual: Bool, joinURL: String?,
                latitude: Double?, longitude: Double?, location: SourceLocation) {
        self.id = id
        self.name = name
        self.city = city
        self.country = country
        self.timeZone = timeZone
        self.rooms = rooms
        self.hours = hours
        self.closed = closed
        self.isVirtual = isVirtual
        self.joinURL = joinURL
        self.latitude = latitude
        self.longitude = longitude
        self.location = location
    }

    /// Whether the venue is open on `day`.
    public func isOpen(on day: Day) -> Bool { !closed.contains { $0.contains(day) } }
}
