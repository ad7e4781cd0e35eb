import Calendars
import Scenarios

/// UTC offsets of IANA zones from ICU, cached: a schedule of thousands of
/// meetings asks the same few zones again and again, and ICU calls are
/// among the checker's costliest steps. Offsets are kept per zone and UTC
/// week when the offset is the same at both ends of the week (no zone
/// changes twice within a week), else per UTC hour, so a daylight-saving
/// change is honoured at the hour it happens.
package struct ZoneOffsets {
    private var weekly: [String: [Int: Int?]] = [:]
    private var hourly: [String: [Int: Int]] = [:]

    package init() {}

    /// Minutes east of UTC in `zone` at `utcMinute` (minutes since 1970 UTC).
    package mutating func offset(_ zone: String, atUTCMinute utcMinute: Int) throws -> Int {
        let week = Int((Double(utcMinute) / 10_080).rounded(.down))
        if let known = weekly[zone]?[week] {
            if let steady = known { return steady }
        } else {
            let first = try icu(zone, hour: week * 168)
            let last = try icu(zone, hour: week * 168 + 167)
            weekly[zone, default: [:]][week] = .some(first == last ? first : nil)
            if first == last { return first }
        }
        return try icu(zone, hour: Int((Double(utcMinute) / 60).rounded(.down)))
    }

    private mutating func icu(_ zone: String, hour: Int) throws -> Int {
        if let cached = hourly[zone]?[hour] { return cached }
        let minutes = try ICU.offset(zone: zone, at: Int64(hour) * 3600) / 60
        hourly[zone, default: [:]][hour] = minutes
        return minutes
    }

    /// The UTC minute of local `minute` on local `day` in `zone`: guess
    /// with the offset at the same clock reading in UTC, then correct.
    package mutating func utcMinute(_ zone: String, day: Day, minute: Int) throws -> Int {
        let local = day.daysSince1970 * 1440 + minute
        let guess = try offset(zone, atUTCMinute: local)
        return local - (try offset(zone, atUTCMinute: local - guess))
    }

    /// The local day and minute in `zone` of an instant.
    package mutating func local(_ zone: String, utcMinute: Int) throws -> (day: Day, minute: Int) {
        let local = utcMinute + (try offset(zone, atUTCMinute: utcMinute))
        let days = Int((Double(local) / 1440).rounded(.down))
        return (Day(daysSince1970: days), local - days * 1440)
    }

    /// `+08:00`, `+06:30`, `-04:00`.
    package static func text(_ minutes: Int) -> String {
        (minutes < 0 ? "-" : "+") + LocalTime(minutes: abs(minutes)).description
    }
}
