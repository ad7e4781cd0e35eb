import Calendars

/// Turns a venue's local day and minute into an instant, through ICU's
/// zone data (no ASEAN zone has daylight saving time, but partners' do).
public enum LocalClock {
    /// Unix seconds of `minute` after local midnight of `day` in `zone`.
    public static func unixSeconds(day: Day, minute: Int, zone: String) throws(ICUError) -> Int64 {
        let wall = day.unixSecondsAtMidnightUTC + Int64(minute) * 60
        let first = try ICU.offset(zone: zone, at: wall)
        let guess = wall - Int64(first)
        let second = try ICU.offset(zone: zone, at: guess)
        return second == first ? guess : wall - Int64(second)
    }
}
