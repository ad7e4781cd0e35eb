/// A time of day on a local clock, `HH:MM`, with no date and no zone (the
/// zone comes from the venue or delegation it belongs to).
public struct LocalTime: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Minutes after local midnight, 0..<1440 (1440 allowed only as an end).
    public let minutes: Int

    public init(minutes: Int) { self.minutes = minutes }

    public init?(hour: Int, minute: Int) {
        guard (0...24).contains(hour), (0..<60).contains(minute), hour * 60 + minute <= 1440 else { return nil }
        minutes = hour * 60 + minute
    }

    /// Parses `HH:MM` (24-hour clock; `24:00` allowed as a closing time).
    public init?(text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, parts[1].count == 2,
              let hour = Int(parts[0]), let minute = Int(parts[1]) else { return nil }
        self.init(hour: hour, minute: minute)
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }

    public var description: String {
        let h = hour < 10 ? "0\(hour)" : "\(hour)"
        let m = minute < 10 ? "0\(minute)" : "\(minute)"
        return "\(h):\(m)"
    }

    public static func < (lhs: LocalTime, rhs: LocalTime) -> Bool { lhs.minutes < rhs.minutes }
}

/// Written as its text, `HH:MM`, wherever a local time is stored (plan.json).
extension LocalTime: Codable {
    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let time = LocalTime(text: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "expected a local time HH:MM, found \"\(text)\""))
        }
        self = time
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// Opening hours of a venue, `09:00-17:30`.
public struct OpeningHours: Hashable, Sendable, CustomStringConvertible {
    public let opens: LocalTime
    public let closes: LocalTime

    public init?(opens: LocalTime, closes: LocalTime) {
        guard opens < closes else { return nil }
        self.opens = opens
        self.closes = closes
    }

    /// The default for meeting venues: 09:00 to 17:30.
    public static let standard = OpeningHours(opens: LocalTime(minutes: 540), closes: LocalTime(minutes: 1050))!

    public var minutes: Int { closes.minutes - opens.minutes }
    public var description: String { "\(opens)-\(closes)" }
}
