import Calendars

/// UTC offsets of IANA zones from ICU, kept per zone and UTC hour: a
/// schedule of thousands of meetings asks the same few zones again and
/// again, and ICU calls are the checker's costliest step. The offset is
/// taken at the instant itself, so a daylight-saving change is honoured.
struct ZoneOffsets {
    private var cache: [String: [Int: Int]] = [:]

    /// Minutes east of UTC in `zone` at `utcMinute` (minutes since 1970 UTC).
    mutating func offset(_ zone: String, atUTCMinute utcMinute: Int) throws -> Int {
        let hour = Int((Double(utcMinute) / 60).rounded(.down))
        if let cached = cache[zone]?[hour] { return cached }
        let seconds = try ICU.offset(zone: zone, at: Int64(hour) * 3600)
        cache[zone, default: [:]][hour] = seconds / 60
        return seconds / 60
    }

    /// The UTC minute of local `minute` on local `day` in `zone`: guess
    /// with the offset at the same clock reading in UTC, then correct.
    mutating func utcMinute(_ zone: String, day: Day, minute: Int) throws -> Int {
        let local = day.daysSince1970 * 1440 + minute
        let guess = try offset(zone, atUTCMinute: local)
        return local - (try offset(zone, atUTCMinute: local - guess))
    }

    /// The local day and minute in `zone` of an instant.
    mutating func local(_ zone: String, utcMinute: Int) throws -> (day: Day, minute: Int) {
        let local = utcMinute + (try offset(zone, atUTCMinute: utcMinute))
        let days = Int((Double(local) / 1440).rounded(.down))
        return (Day(daysSince1970: days), local - days * 1440)
    }

    /// `+08:00`, `+06:30`, `-04:00`.
    static func text(_ minutes: Int) -> String {
        (minutes < 0 ? "-" : "+") + LocalTime(minutes: abs(minutes)).description
    }
}
