import Planning

/// How a stretch of local time sits with a delegation: the bands of
/// DESIGN.md (hard rule 6 and the remote-hours soft cost).
public enum ZoneRating: String, Sendable, Hashable, Comparable, CaseIterable {
    /// Entirely within 09:00-17:00 local time.
    case comfortable
    /// Entirely within 07:00-21:00 local time.
    case acceptable
    /// Some of it before 07:00 or after 21:00.
    case outside

    static let comfortableHours = (RuleConstants.comfortableRemoteMinutes.lowerBound, RuleConstants.comfortableRemoteMinutes.upperBound)
    static let acceptableHours = (RuleConstants.acceptableRemoteMinutes.lowerBound, RuleConstants.acceptableRemoteMinutes.upperBound)

    /// Rates local minutes `start..<end`, counted from the local midnight
    /// of the day the session starts (so `end` may pass 1440).
    public static func rate(start: Int, end: Int) -> ZoneRating {
        if minutesOutside(start: start, end: end, band: comfortableHours) == 0 { return .comfortable }
        if minutesOutside(start: start, end: end, band: acceptableHours) == 0 { return .acceptable }
        return .outside
    }

    /// Minutes of `start..<end` outside 09:00-17:00 on any day.
    public static func minutesOutsideComfortable(start: Int, end: Int) -> Int {
        minutesOutside(start: start, end: end, band: comfortableHours)
    }

    /// Minutes of the stretch outside the daily band, the band repeated on
    /// the day before, the day itself and the two after.
    static func minutesOutside(start: Int, end: Int, band: (Int, Int)) -> Int {
        var inside = 0
        for day in -1...2 {
            let low = band.0 + day * 1440, high = band.1 + day * 1440
            inside += max(0, min(end, high) - max(start, low))
        }
        return (end - start) - inside
    }

    public static func < (lhs: ZoneRating, rhs: ZoneRating) -> Bool {
        lhs.rank < rhs.rank
    }

    private var rank: Int {
        switch self {
        case .comfortable: 0
        case .acceptable: 1
        case .outside: 2
        }
    }
}
