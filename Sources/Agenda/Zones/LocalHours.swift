/// One delegation's view of a session: when it starts and ends on the
/// delegation's own clock and how that rates.
public struct LocalHours: Sendable, Hashable {
    public let clock: DelegationClock
    /// Local minutes after midnight of the delegation's day of the start;
    /// `end` may pass 1440 when the session runs past midnight.
    public let start: Int
    public let end: Int
    /// Days between the reference date (see `init`) and the delegation's
    /// date at the start.
    public let dayShift: Int
    public let rating: ZoneRating
    public let minutesOutsideComfortable: Int

    /// The hours of a session running `utcStart..<utcEnd`, in UTC minutes
    /// from midnight UTC of a reference date (the venue's date), for `clock`.
    public init(clock: DelegationClock, utcStart: Int, utcEnd: Int) {
        self.clock = clock
        let shift = clock.offsetSeconds / 60
        let localStart = utcStart + shift
        let dayOffset = Int((Double(localStart) / 1440).rounded(.down))
        start = localStart - dayOffset * 1440
        end = utcEnd + shift - dayOffset * 1440
        dayShift = dayOffset
        rating = ZoneRating.rate(start: start, end: end)
        minutesOutsideComfortable = ZoneRating.minutesOutsideComfortable(start: start, end: end)
    }
}
