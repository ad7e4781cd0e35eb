import Calendars

/// Converts between a zone's local clock and the flat model's time base:
/// UTC minutes from the epoch's midnight UTC. Offsets come from ICU and are
/// cached per zone and day, since a plan asks the same few zones
/// thousands of times.
final class ZoneClock {
    let epoch: Day
    private var offsets: [String: [Int: Int]] = [:]

    init(epoch: Day) {
        self.epoch = epoch
    }

    /// The zone's offset from UTC in minutes at local noon of `day` (an
    /// index from the epoch). Meetings run in daytime, after any
    /// daylight-saving switch at night, so noon's offset is the day's.
    func offsetMinutes(_ zone: String, day: Int) throws -> Int {
        if let cached = offsets[zone]?[day] { return cached }
        let noonUTC = Int64(epoch.daysSince1970 + day) * 86_400 + 12 * 3_600
        var offset = try ICU.offset(zone: zone, at: noonUTC) / 60
        // Take the offset at the real instant of local noon, not UTC noon.
        offset = try ICU.offset(zone: zone, at: noonUTC - Int64(offset) * 60) / 60
        offsets[zone, default: [:]][day] = offset
        return offset
    }

    /// UTC minutes from the epoch of local minute `minute` on local day `day`.
    func utcMinutes(_ zone: String, day: Int, minute: Int) throws -> Int {
        day * 1440 + minute - (try offsetMinutes(zone, day: day))
    }

    /// The local day index and minute in `zone` of an instant in UTC minutes from the epoch.
    func local(_ zone: String, utcMinutes: Int) throws -> (day: Int, minute: Int) {
        let guessDay = Int((Double(utcMinutes) / 1440).rounded(.down))
        let offset = try offsetMinutes(zone, day: guessDay)
        let local = utcMinutes + offset
        let day = Int((Double(local) / 1440).rounded(.down))
        return (day, local - day * 1440)
    }

    func day(_ index: Int) -> Day { epoch.adding(days: index) }
    func index(of day: Day) -> Int { epoch.days(to: day) }
}
