import Foundation

/// The Chinese-style lunisolar calendar reckoned in any zone. Viet Nam's is
/// the one reckoned in UTC+7 (`vietnamese`), the official basis of
/// Vietnamese calendars since 1968; Korea's is reckoned in UTC+9 (`korean`).
/// Convene computes Korea's itself because ICU before 75 shares one cache of
/// new years between its `chinese` and `dangi` calendars, so that either
/// answers wrongly once the other has been used (ICU-9972).
///
/// The rules are the traditional ones (as laid out, for instance, in Ho Ngoc
/// Duc's notes on the Vietnamese calendar and Helmer Aslaksen's "The
/// Mathematics of the Chinese Calendar"): a month starts on the local day
/// of a new moon; the 11th month contains the December solstice; a year
/// between two 11th months with 13 months has a leap month, the first one
/// in which the Sun enters no new 30° sign of longitude, and it takes the
/// number of the month before it. The astronomy is `Astronomy`'s.
public final class LunisolarCalculator: @unchecked Sendable {
    /// The Vietnamese calendar: UTC+7, years numbered by the Gregorian year of their Tet.
    public static let vietnamese = LunisolarCalculator(system: .vietnamese, offsetMinutes: 7 * 60, yearOffset: 0)
    /// The Korean calendar: UTC+9 (Korea Standard Time since 1961), years of
    /// the Dangi era as ICU numbers them (Gregorian year of Seollal + 2333).
    public static let korean = LunisolarCalculator(system: .dangi, offsetMinutes: 9 * 60, yearOffset: 2333)
    /// The Chinese calendar reckoned in UTC+8, for checking ICU's.
    public static let chinese = LunisolarCalculator(system: .chinese, offsetMinutes: 8 * 60, yearOffset: 2637)

    /// Which calendar the dates it makes belong to.
    public let system: CalendarSystem
    /// Minutes east of UTC of the zone whose days the calendar counts.
    public let offsetMinutes: Int
    /// Added to the Gregorian year of a lunar year's first day to number it.
    public let yearOffset: Int

    /// The months from one 11th month to the next: the start day (days
    /// since 1970) of each month, 13 or 14 entries with the next 11th month
    /// last, and the index of the leap month, if any.
    struct Span {
        let lunations: [Int]
        let starts: [Int]
        let leapIndex: Int?
    }

    private let spans = LockedCache<Int, Span>()

    public init(system: CalendarSystem, offsetMinutes: Int, yearOffset: Int) {
        self.system = system
        self.offsetMinutes = offsetMinutes
        self.yearOffset = yearOffset
    }

    /// A calculator for the zone `offsetMinutes` east of UTC that numbers
    /// years like the Vietnamese one, for lunar phases seen from that zone.
    static func zone(_ offsetMinutes: Int) -> LunisolarCalculator {
        switch offsetMinutes {
        case 7 * 60: vietnamese
        default: sharedZones.calculator(offsetMinutes)
        }
    }

    private static let sharedZones = ZoneCalculators()

    /// Calculators by zone, made once each (their caches are worth keeping).
    private final class ZoneCalculators: @unchecked Sendable {
        private let lock = NSLock()
        private var byOffset: [Int: LunisolarCalculator] = [:]
        func calculator(_ offset: Int) -> LunisolarCalculator {
            lock.lock()
            defer { lock.unlock() }
            if let found = byOffset[offset] { return found }
            let made = LunisolarCalculator(system: .vietnamese, offsetMinutes: offset, yearOffset: 0)
            byOffset[offset] = made
            return made
        }
    }

    /// The local day of the new moon of lunation `k`.
    func newMoonDay(_ k: Int) -> Int {
        Astronomy.localDay(Astronomy.moonPhase(k, .new), offsetMinutes: offsetMinutes)
    }

    /// The local day of the full moon of lunation `k`.
    func fullMoonDay(_ k: Int) -> Int {
        Astronomy.localDay(Astronomy.moonPhase(k, .full), offsetMinutes: offsetMinutes)
    }

    /// The lunation that starts the 11th month of `year` (the month holding
    /// that December's solstice).
    func eleventhMonth(of year: Int) -> Int {
        let solstice = Astronomy.dayOfSolarLongitude(270, year: year, offsetMinutes: offsetMinutes).daysSince1970
        var k = Astronomy.lunation(near: Double(solstice) + Astronomy.unixEpochJD)
        while newMoonDay(k) > solstice { k -= 1 }
        while newMoonDay(k + 1) <= solstice { k += 1 }
        return k
    }

    /// The months from the 11th month of `year` to that of `year + 1`, cached.
    func span(from year: Int) -> Span {
        spans.value(for: year) { computeSpan(from: year) }
    }

    private func computeSpan(from year: Int) -> Span {
        let first = eleventhMonth(of: year)
        let last = eleventhMonth(of: year + 1)
        let lunations = Array(first...last)
        let starts = lunations.map(newMoonDay)
        var leapIndex: Int?
        if lunations.count == 14 {
            // The first month in which the Sun's longitude enters no new
            // 30° sign between the month's first day and the next month's.
            for index in 1..<13 {
                let a = Astronomy.sunLongitude(Astronomy.localMidnight(starts[index], offsetMinutes: offsetMinutes))
                let b = Astronomy.sunLongitude(Astronomy.localMidnight(starts[index + 1], offsetMinutes: offsetMinutes))
                if Int(a / 30) == Int(b / 30) {
                    leapIndex = index
                    break
                }
            }
        }
        return Span(lunations: lunations, starts: starts, leapIndex: leapIndex)
    }

    /// The month number at `index` months after an 11th month, and whether it is a leap month.
    private static func month(at index: Int, leapIndex: Int?) -> (month: Int, isLeap: Bool) {
        var shifted = index
        var isLeap = false
        if let leapIndex, index >= leapIndex {
            shifted -= 1
            isLeap = index == leapIndex
        }
        return ((10 + shifted) % 12 + 1, isLeap)
    }

    /// The lunar date of a Gregorian day.
    public func date(of day: Day) -> CalendarDate {
        let d = day.daysSince1970
        var spanYear = day.year
        var span = self.span(from: spanYear)
        if span.starts[0] > d {
            spanYear -= 1
            span = self.span(from: spanYear)
        }
        var index = 0
        while index + 1 < span.starts.count && span.starts[index + 1] <= d { index += 1 }
        let (month, isLeap) = Self.month(at: index, leapIndex: span.leapIndex)
        let year = (month >= 11 && index < 4 ? spanYear : spanYear + 1) + yearOffset
        return CalendarDate(system: system, year: year, month: month, isLeapMonth: isLeap,
                            day: d - span.starts[index] + 1)
    }

    /// Where a month lies: its lunation and first day. Throws when the year
    /// has no such (leap) month.
    func monthStart(year numbered: Int, month: Int, isLeapMonth: Bool) throws(CalendarError) -> (lunation: Int, start: Int, length: Int) {
        let year = numbered - yearOffset
        guard (1...12).contains(month), (-10_000...10_000).contains(year) else {
            throw .noSuchDate("vietnamese \(year)-\(month): month out of range")
        }
        let spanYear = month >= 11 ? year : year - 1
        let span = self.span(from: spanYear)
        let base = month >= 11 ? month - 11 : month + 1
        var index = base
        if let leap = span.leapIndex {
            if isLeapMonth {
                guard leap == base + 1 else { throw .noSuchDate("vietnamese \(year): no leap month \(month)") }
                index = leap
            } else if base >= leap {
                index = base + 1
            }
        } else if isLeapMonth {
            throw .noSuchDate("vietnamese \(year): no leap month")
        }
        guard index + 1 < span.starts.count else { throw .noSuchDate("vietnamese \(year)-\(month)") }
        return (span.lunations[index], span.starts[index], span.starts[index + 1] - span.starts[index])
    }

    /// The Gregorian day of a lunar date of this calendar.
    public func day(of date: CalendarDate) throws(CalendarError) -> Day {
        guard date.system == system else { throw .noSuchDate("\(date) is not a \(system.rawValue) date") }
        let month = try monthStart(year: date.year, month: date.month, isLeapMonth: date.isLeapMonth)
        guard date.day >= 1, date.day <= month.length else { throw .noSuchDate(date.description) }
        return Day(daysSince1970: month.start + date.day - 1)
    }

    /// The local days of the new moons that start months, from `from` to `to` inclusive.
    func newMoonDays(from: Day, to: Day) -> [Day] {
        var k = Astronomy.lunation(near: Double(from.daysSince1970) + Astronomy.unixEpochJD) - 1
        var result: [Day] = []
        while true {
            let d = newMoonDay(k)
            if d > to.daysSince1970 { break }
            if d >= from.daysSince1970 { result.append(Day(daysSince1970: d)) }
            k += 1
        }
        return result
    }

    /// The local days of the full moons from `from` to `to` inclusive.
    func fullMoonDays(from: Day, to: Day) -> [Day] {
        var k = Astronomy.lunation(near: Double(from.daysSince1970) + Astronomy.unixEpochJD) - 1
        var result: [Day] = []
        while true {
            let d = fullMoonDay(k)
            if d > to.daysSince1970 { break }
            if d >= from.daysSince1970 { result.append(Day(daysSince1970: d)) }
            k += 1
        }
        return result
    }

    /// The Gregorian days in `year` of a (non-leap) month and day of this
    /// calendar, moved by `offset` days. Looks in the lunar years starting
    /// in `year - 1` and `year`, since months 11 and 12 straddle new year.
    func gregorianDays(month: Int, day: Int, offset: Int, in year: Int) throws(CalendarError) -> [Day] {
        var result: [Day] = []
        for lunarYear in (year - 1)...year {
            let date = CalendarDate(system: system, year: lunarYear + yearOffset, month: month, day: day)
            let found: Day
            do {
                found = try self.day(of: date)
            } catch .noSuchDate {
                continue  // a 30th day in a 29-day month
            }
            let moved = found.adding(days: offset)
            if moved.year == year { result.append(moved) }
        }
        return result
    }
}
