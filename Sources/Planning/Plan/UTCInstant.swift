import Calendars
import Scenarios

/// An instant to the minute, written in RFC 3339 UTC form
/// (`2023-03-06T01:00:00Z`), as plan.json stores a meeting's start and end.
public struct UTCInstant: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Minutes since 1970-01-01T00:00Z.
    public let minutesSince1970: Int

    public init(minutesSince1970: Int) { self.minutesSince1970 = minutesSince1970 }

    /// The instant `minutes` after the start (UTC midnight) of `day`.
    public init(day: Day, minutes: Int) { minutesSince1970 = day.daysSince1970 * 1440 + minutes }

    /// Parses `YYYY-MM-DDTHH:MM:00Z`: plans place meetings to the minute.
    public init?(text: String) {
        guard text.utf8.count == 20, text.hasSuffix(":00Z") else { return nil }
        let parts = text.dropLast(4).split(separator: "T", omittingEmptySubsequences: false)
        guard parts.count == 2, let day = Day(iso: parts[0]), let time = LocalTime(text: String(parts[1])),
              time.minutes < 1440 else { return nil }
        self.init(day: day, minutes: time.minutes)
    }

    /// The UTC day and the minute within it.
    public var day: Day { Day(daysSince1970: Int((Double(minutesSince1970) / 1440).rounded(.down))) }
    public var minuteOfDay: Int { minutesSince1970 - day.daysSince1970 * 1440 }
    /// Seconds since 1970-01-01T00:00Z.
    public var unixSeconds: Int64 { Int64(minutesSince1970) * 60 }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let instant = UTCInstant(text: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "expected an instant YYYY-MM-DDTHH:MM:00Z, found \"\(text)\""))
        }
        self = instant
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public var description: String { "\(day)T\(LocalTime(minutes: minuteOfDay)):00Z" }

    public static func < (lhs: UTCInstant, rhs: UTCInstant) -> Bool { lhs.minutesSince1970 < rhs.minutesSince1970 }
}
