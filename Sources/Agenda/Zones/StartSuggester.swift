/// Ranks start times for a remote session so that no delegation is badly
/// off: every candidate keeps all delegations within 07:00-21:00, and the
/// ranking puts first the start whose worst-off delegation spends the
/// fewest minutes outside 09:00-17:00, then the smallest total, then the
/// earliest start.
public enum StartSuggester {
    /// A candidate start and what it costs each delegation.
    public struct Suggestion: Sendable, Hashable {
        /// Venue-local minutes after midnight.
        public let start: Int
        public let hours: [LocalHours]
        public let worstMinutesOutside: Int
        public let totalMinutesOutside: Int
    }

    /// Candidates on a `step`-minute grid of the venue's day.
    /// - Parameters:
    ///   - venueOffsetSeconds: the venue's UTC offset that day.
    ///   - duration: the session's length in minutes.
    public static func suggest(clocks: [DelegationClock], venueOffsetSeconds: Int, duration: Int,
                               step: Int = 15, limit: Int = 5) -> [Suggestion] {
        var found: [Suggestion] = []
        let venueShift = venueOffsetSeconds / 60
        var start = 0
        while start + duration <= 1440 {
            // Venue-local day 0 start → UTC minutes from the venue day's UTC midnight.
            let utcStart = start - venueShift
            let hours = clocks.map { LocalHours(clock: $0, utcStart: utcStart, utcEnd: utcStart + duration) }
            if hours.allSatisfy({ $0.rating != .outside }) {
                let outside = hours.map(\.minutesOutsideComfortable)
                found.append(Suggestion(start: start, hours: hours, worstMinutesOutside: outside.max() ?? 0,
                                        totalMinutesOutside: outside.reduce(0, +)))
            }
            start += step
        }
        found.sort {
            ($0.worstMinutesOutside, $0.totalMinutesOutside, $0.start) < ($1.worstMinutesOutside, $1.totalMinutesOutside, $1.start)
        }
        return Array(found.prefix(limit))
    }
}
