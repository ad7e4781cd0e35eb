import CICU

/// A day written in one of the `CalendarSystem`s: year, month (from 1),
/// whether the month is a leap (intercalary) month, and day of the month.
///
/// Years are the calendar's own: ICU's extended year for the ICU calendars
/// (Chinese 4661 is the year that began on 10 February 2024; Dangi 4357 the
/// same year in Korea), the Buddhist era for `buddhist` (2567 = 2024), and
/// for `vietnamese` the Gregorian year in which that lunar year's Tet falls.
public struct CalendarDate: Hashable, Sendable, CustomStringConvertible {
    public let system: CalendarSystem
    /// The era where the calendar has one (ICU's era field, 0 otherwise).
    public let era: Int
    public let year: Int
    public let month: Int
    public let isLeapMonth: Bool
    public let day: Int

    public init(system: CalendarSystem, era: Int = 0, year: Int, month: Int, isLeapMonth: Bool = false, day: Int) {
        self.system = system
        self.era = era
        self.year = year
        self.month = month
        self.isLeapMonth = isLeapMonth
        self.day = day
    }

    /// The date of `day` in `system`.
    public init(_ day: Day, in system: CalendarSystem) throws(CalendarError) {
        if let calculator = Self.calculator(system) {
            self = calculator.date(of: day)
            return
        }
        var out = CICUCalendarDate()
        do {
            _ = try ICU.call("convert \(day) to \(system.rawValue)") { error, capacity in
                cicu_from_gregorian(system.rawValue, Int32(day.year), Int32(day.month), Int32(day.day), &out, error, capacity)
            }
        } catch {
            throw .icu(error)
        }
        let year = system == .buddhist ? Int(out.year) + Self.buddhistEraOffset : Int(out.year)
        self.init(system: system, era: Int(out.era), year: year, month: Int(out.month),
                  isLeapMonth: out.isLeapMonth != 0, day: Int(out.day))
    }

    /// The Gregorian day of this date; throws when the fields name no day.
    public func gregorian() throws(CalendarError) -> Day {
        if let calculator = Self.calculator(system) {
            return try calculator.day(of: self)
        }
        let icuYear = system == .buddhist ? year - Self.buddhistEraOffset : year
        guard let y = Int32(exactly: icuYear), let m = Int32(exactly: month), let d = Int32(exactly: day) else {
            throw .noSuchDate(description)
        }
        var input = CICUCalendarDate(era: Int32(truncatingIfNeeded: era), year: y, month: m,
                                     isLeapMonth: isLeapMonth ? 1 : 0, day: d)
        var gy: Int32 = 0, gm: Int32 = 0, gd: Int32 = 0
        do {
            _ = try ICU.call("convert \(description) to Gregorian") { error, capacity in
                cicu_to_gregorian(system.rawValue, &input, &gy, &gm, &gd, error, capacity)
            }
        } catch {
            if error.reason.contains("no such day") || error.reason.contains("ILLEGAL_ARGUMENT") {
                throw .noSuchDate(description)
            }
            throw .icu(error)
        }
        guard let result = Day(year: Int(gy), month: Int(gm), day: Int(gd)) else { throw .noSuchDate(description) }
        return result
    }

    /// ICU's extended year of the Buddhist calendar is the Gregorian year;
    /// Thai documents count the Buddhist era, 543 years more.
    static let buddhistEraOffset = 543

    /// The Swift calculator of a system ICU does not serve (well).
    static func calculator(_ system: CalendarSystem) -> LunisolarCalculator? {
        switch system {
        case .vietnamese: .vietnamese
        case .dangi: .korean
        default: nil
        }
    }

    /// `chinese 4661-01-01`, with `L` before a leap month (`4660-L06-01`).
    public var description: String {
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(system.rawValue) \(year)-\(isLeapMonth ? "L" : "")\(pad(month))-\(pad(day))"
    }
}

/// The name the issue uses for dates of the lunar and lunisolar calendars.
public typealias LunarDate = CalendarDate
