import Calendars

/// A delegation that attends meetings: a country's representatives, with
/// the clock they live by for remote sessions.
public struct Delegation: Sendable, Identifiable {
    public let id: DelegationID
    public let country: CountryCode
    public let name: String
    /// The IANA zone of the delegation's home.
    public let home: String
    /// Where it was declared; nil for the default delegation of a member or partner.
    public let location: SourceLocation?
    /// The address calendar invitations and change notices go to
    /// (ATTENDEE in iTIP messages); nil: none known.
    public let email: String?

    public init(id: DelegationID, country: CountryCode, name: String, home: String, location: SourceLocation?,
                email: String? = nil) {
        self.id = id
        self.country = country
        self.name = name
        self.home = home
        self.location = location
        self.email = email
    }
}
