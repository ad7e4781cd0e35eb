import ICalendar
import Calendars

/// Local times on one zone's clock read on another's, with ICU's offsets:
/// a delegation's file gives each programme time in the delegation's own
/// zone as well as the venue's.
public enum CivilClock {
    /// The UTC instant (seconds since 1970) of `minutes` after local
    /// midnight of `day` in `zone`. A local time skipped or repeated by a
    /// daylight-saving change takes the offset in force just before.
    public static func instant(_ day: Day, minutes: Int, zone: String) -> Int64? {
        let local = day.unixSecondsAtMidnightUTC + Int64(minutes) * 60
        guard let guess = try? ICU.offset(zone: zone, at: local),
              let offset = try? ICU.offset(zone: zone, at: local - Int64(guess)) else { return nil }
        return local - Int64(offset)
    }

    /// The civil day and minutes after midnight of `instant` in `zone`.
    public static func local(_ instant: Int64, zone: String) -> (day: Day, minutes: Int)? {
        guard let offset = try? ICU.offset(zone: zone, at: instant) else { return nil }
        let local = instant + Int64(offset)
        let days = Int((local - ((local % 86_400) + 86_400) % 86_400) / 86_400)
        return (Day(daysSince1970: days), Int(((local % 86_400) + 86_400) % 86_400) / 60)
    }

    /// "UTC+08:00", "UTC+06:30".
    public static func offsetText(zone: String, at instant: Int64) -> String? {
        guard let offset = try? ICU.offset(zone: zone, at: instant) else { return nil }
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "UTC\(sign)\(two(minutes / 60)):\(two(minutes % 60))"
    }

    /// "09:00" for 540; 1440 is "24:00".
    public static func clock(_ minutes: Int) -> String {
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(two(minutes / 60)):\(two(minutes % 60))"
    }

    /// "2023-05-09T01:00:00Z" for an instant in seconds since 1970.
    public static func rfc3339(_ instant: Int64) -> String {
        let seconds = Int(((instant % 86_400) + 86_400) % 86_400)
        let day = Day(daysSince1970: Int((instant - Int64(seconds)) / 86_400))
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(day)T\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))Z"
    }

    /// The UTC date-time of "2023-05-09T01:00:00Z"; nil for any other form.
    public static func dateTime(rfc3339 text: String) -> ICalDateTime? {
        let compact = text.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
        guard compact.count == 16, compact.hasSuffix("Z") else { return nil }
        return ICalDateTime(icalText: compact)
    }
}
