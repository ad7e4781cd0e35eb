import Calendars

/// Converts between a zone's local clock and the flat model's time base:
/// UTC minutes from the epoch's midnight UTC. Offsets come from ICU, cached
/// per zone in a dense table by day, since building a year's model asks the
/// same few zones millions of times.
final class ZoneClock {
    let epoch: Day
    private var tables: [String: ZoneTable] = [:]

    init(epoch: Day) {
        self.epoch = epoch
    }

    /// The offset table of `zone`, made on first use. Callers in hot loops
    /// keep it rather than naming the zone every time.
    func table(_ zone: String) -> ZoneTable {
        if let table = tables[zone] { return table }
        let table = ZoneTable(zone: zone, epoch: epoch)
        tables[zone] = table
        return table
    }

    func offsetMinutes(_ zone: String, day: Int) throws -> Int { try table(zone).offsetMinutes(day: day) }
    func utcMinutes(_ zone: String, day: Int, minute: Int) throws -> Int { try table(zone).utcMinutes(day: day, minute: minute) }
    func local(_ zone: String, utcMinutes: Int) throws -> (day: Int, minute: Int) { try table(zone).local(utcMinutes: utcMinutes) }

    func day(_ index: Int) -> Day { epoch.adding(days: index) }
    func index(of day: Day) -> Int { epoch.days(to: day) }
}

/// One zone's offsets from UTC by local day (an index from the epoch).
final class ZoneTable {
    let zone: String
    private let epoch: Day
    /// Offsets in minutes for days `firstDay...`, `Int.min` where not yet asked.
    private var offsets: [Int] = []
    private var firstDay = 0

    init(zone: String, epoch: Day) {
        self.zone = zone
        self.epoch = epoch
    }

    /// The offset at local noon of `day`. Meetings run in daytime, after any
    /// daylight-saving switch at night, so noon's offset is the day's.
    func offsetMinutes(day: Int) throws -> Int {
        if offsets.isEmpty { firstDay = day }
        if day < firstDay {
            offsets.insert(contentsOf: repeatElement(Int.min, count: firstDay - day), at: 0)
            firstDay = day
        }
        let slot = day - firstDay
        if slot >= offsets.count { offsets.append(contentsOf: repeatElement(Int.min, count: slot - offsets.count + 1)) }
        if offsets[slot] != Int.min { return offsets[slot] }
        let noonUTC = Int64(epoch.daysSince1970 + day) * 86_400 + 12 * 3_600
        var offset = try ICU.offset(zone: zone, at: noonUTC) / 60
        // Take the offset at the real instant of local noon, not UTC noon.
        offset = try ICU.offset(zone: zone, at: noonUTC - Int64(offset) * 60) / 60
        offsets[slot] = offset
        return offset
    }

    /// UTC minutes from the epoch of local minute `minute` on local day `day`.
    func utcMinutes(day: Int, minute: Int) throws -> Int {
        day * 1440 + minute - (try offsetMinutes(day: day))
    }

    /// The local day index and minute of an instant in UTC minutes from the epoch.
    func local(utcMinutes: Int) throws -> (day: Int, minute: Int) {
        let guessDay = Int((Double(utcMinutes) / 1440).rounded(.down))
        let local = utcMinutes + (try offsetMinutes(day: guessDay))
        let day = Int((Double(local) / 1440).rounded(.down))
        return (day, local - day * 1440)
    }
}
