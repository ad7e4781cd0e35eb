/// An id in a flat model, typed by what it names, so that a venue id cannot
/// be passed where a meeting id is meant. `Kind` is a tag only.
public struct ModelIdentifier<Kind>: Hashable, Comparable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }
    public init(from decoder: any Decoder) throws { rawValue = try decoder.singleValueContainer().decode(String.self) }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Tags of `ModelIdentifier`.
public enum ModelMeetingTag {}
public enum ModelVenueTag {}
public enum ModelAttendeeTag {}

/// The id of a meeting in a flat model.
public typealias ModelMeetingID = ModelIdentifier<ModelMeetingTag>
/// The id of a venue in a flat model.
public typealias ModelVenueID = ModelIdentifier<ModelVenueTag>
/// The id of an attendee (a delegation) in a flat model.
public typealias ModelAttendeeID = ModelIdentifier<ModelAttendeeTag>
