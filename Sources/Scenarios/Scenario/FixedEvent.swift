import Calendars

/// An event already set that the plan must respect: an ASEAN Summit, a
/// national event, or every event of an imported calendar.
public struct FixedEvent: Sendable {
    public enum Source: Sendable {
        /// Written in the scenario.
        case inline(title: String, days: DayRange, attendees: [Located<AttendeeReference>], venue: Located<VenueID>?)
        /// Every event of an iCalendar file, path relative to the scenario.
        case calendar(path: String)
    }

    public let source: Source
    public let location: SourceLocation

    public init(source: Source, location: SourceLocation) {
        self.source = source
        self.location = location
    }
}

/// A holiday feed: an iCalendar file whose all-day events are holidays of a country.
public struct HolidayFeed: Sendable {
    public let path: String
    public let country: CountryCode
    public let isMajor: Bool
    public let location: SourceLocation

    public init(path: String, country: CountryCode, isMajor: Bool, location: SourceLocation) {
        self.path = path
        self.country = country
        self.isMajor = isMajor
        self.location = location
    }
}
