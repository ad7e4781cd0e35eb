import Calendars

/// An IANA time zone identifier ("Asia/Bangkok") as a plan stores it.
/// Decoding refuses a zone the system's ICU does not know, so every reader
/// of a plan can ask ICU about it without checking again.
public struct ZoneID: Hashable, Sendable, Codable, CustomStringConvertible {
    public let identifier: String

    /// A zone taken from a validated scenario (venues and delegations).
    public init(_ identifier: String) { self.identifier = identifier }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard ICU.isKnownZone(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "expected an IANA time zone, found \"\(text)\""))
        }
        identifier = text
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(identifier)
    }

    public var description: String { identifier }
}
