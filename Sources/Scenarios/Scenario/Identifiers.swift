/// An id written in a scenario, typed by what it names, so that a venue id
/// cannot be passed where a meeting id is meant. `Kind` is a tag only.
public struct Identifier<Kind>: Hashable, Comparable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { rawValue = value }

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Tags of `Identifier`.
public enum MeetingTag {}
public enum VenueTag {}
public enum DelegationTag {}
public enum BodyTag {}

/// The id of a meeting in a scenario ("som", "prep").
public typealias MeetingID = Identifier<MeetingTag>
/// The id of a venue in a scenario ("icc", "online").
public typealias VenueID = Identifier<VenueTag>
/// The id of a delegation ("VN", or a name of the scenario's own).
public typealias DelegationID = Identifier<DelegationTag>
/// The id of a body declared under `bodies:` ("accsm").
public typealias BodyID = Identifier<BodyTag>
