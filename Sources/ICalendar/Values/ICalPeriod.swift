/// A PERIOD value (RFC 5545 §3.3.9): a start and either an explicit end
/// (`start/end`) or a duration (`start/duration`). Used by RDATE and
/// FREEBUSY.
public struct ICalPeriod: Hashable, Sendable, CustomStringConvertible {
    /// How the period ends.
    public enum End: Hashable, Sendable {
        /// An explicit end (`start/end`).
        case dateTime(ICalDateTime)
        /// A positive duration from the start (`start/duration`).
        case duration(ICalDuration)
    }

    /// When the period starts.
    public let start: ICalDateTime
    /// How the period ends.
    public let end: End

    /// Creates a period.
    public init(start: ICalDateTime, end: End) {
        self.start = start
        self.end = end
    }

    /// Parses `start/end` or `start/duration`; `tzid` applies to both
    /// date-times unless they are UTC. Nil when malformed.
    public init?(icalText: some StringProtocol, tzid: String? = nil) {
        let parts = icalText.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let start = ICalDateTime(icalText: parts[0], tzid: tzid) else { return nil }
        if let first = parts[1].first, first == "P" || first == "+" || first == "-" {
            guard let duration = ICalDuration(icalText: parts[1]), !duration.isNegative else { return nil }
            self.init(start: start, end: .duration(duration))
        } else {
            guard let end = ICalDateTime(icalText: parts[1], tzid: tzid) else { return nil }
            self.init(start: start, end: .dateTime(end))
        }
    }

    /// `start/end` or `start/duration`.
    public var icalText: String {
        switch end {
        case .dateTime(let end): return start.icalText + "/" + end.icalText
        case .duration(let duration): return start.icalText + "/" + duration.icalText
        }
    }

    public var description: String { icalText }
}
