/// A CAL-ADDRESS with its common name (RFC 5545 §3.3.3, §3.2.2), as held
/// by ORGANIZER and ATTENDEE: `ATTENDEE;CN=Viet Nam:mailto:vn@example.org`.
public struct CalendarUser: Hashable, Sendable {
    /// The address URI, usually `mailto:...`.
    public var address: String
    /// CN, the name to display.
    public var commonName: String?
    /// Other parameters (ROLE, PARTSTAT, RSVP, ...), in order.
    public var otherParameters: [Parameter]

    /// Creates a calendar user.
    public init(address: String, commonName: String? = nil, otherParameters: [Parameter] = []) {
        self.address = address
        self.commonName = commonName
        self.otherParameters = otherParameters
    }

    /// Reads ORGANIZER or ATTENDEE.
    public init(_ property: Property) {
        self.address = property.value
        self.commonName = property.parameter("CN")
        self.otherParameters = property.parameters.filter { $0.name != "CN" }
    }

    /// The property `name` (ORGANIZER or ATTENDEE) for this user, CN first.
    public func property(_ name: String) -> Property {
        Property(name, parameters: (commonName.map { [Parameter("CN", $0)] } ?? []) + otherParameters, value: address)
    }
}
