import Foundation

/// The few astronomical quantities the lunisolar and lunar-phase rules need:
/// instants of new and full moons and the Sun's apparent longitude, after
/// Jean Meeus, *Astronomical Algorithms* (2nd ed., 1998), chapters 25 (Sun,
/// low accuracy, about 0.01°) and 49 (phases of the Moon, periodic terms
/// without the planetary arguments, within about a minute). Times are
/// Julian Days in Universal Time; ΔT follows Espenak and Meeus's polynomials
/// (NASA eclipse pages), good to seconds over 1990-2100, which matters only
/// for a phase a few seconds from local midnight.
enum Astronomy {
    /// Julian Day of 1970-01-01 00:00 UT.
    static let unixEpochJD = 2_440_587.5
    /// Mean length of a synodic month in days (Meeus 49.1).
    static let synodicMonth = 29.530588861

    /// The phase asked of `moonPhase`.
    enum Phase: Double {
        case new = 0
        case full = 0.5
    }

    @inline(__always) private static func sind(_ degrees: Double) -> Double { sin(degrees * .pi / 180) }

    /// Julian Day (UT) of the new or full moon of lunation `k` (k = 0 is the
    /// new moon of 6 January 2000).
    static func moonPhase(_ k: Int, _ phase: Phase) -> Double {
        let kk = Double(k) + phase.rawValue
        let t = kk / 1236.85
        let t2 = t * t, t3 = t2 * t, t4 = t3 * t
        var jde = 2_451_550.09766 + 29.530588861 * kk + 0.00015437 * t2 - 0.00000015 * t3 + 0.00000000073 * t4
        let e = 1 - 0.002516 * t - 0.0000074 * t2
        let m = 2.5534 + 29.10535670 * kk - 0.0000014 * t2 - 0.00000011 * t3
        let mp = 201.5643 + 385.81693528 * kk + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4
        let f = 160.7108 + 390.67050284 * kk - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4
        let om = 124.7746 - 1.56375588 * kk + 0.0020672 * t2 + 0.00000215 * t3
        let first: (Double, Double) = phase == .new ? (-0.40720, 0.17241) : (-0.40614, 0.17302)
        let second: (Double, Double, Double) = phase == .new ? (0.01608, 0.01039, 0.00739) : (0.01614, 0.01043, 0.00734)
        var c = first.0 * sind(mp) + first.1 * e * sind(m)
        c += second.0 * sind(2 * mp) + second.1 * sind(2 * f) + second.2 * e * sind(mp - m)
        c += (phase == .new ? -0.00514 : -0.00515) * e * sind(mp + m)
        c += (phase == .new ? 0.00208 : 0.00209) * e * e * sind(2 * m)
        c += -0.00111 * sind(mp - 2 * f) - 0.00057 * sind(mp + 2 * f)
        c += 0.00056 * e * sind(2 * mp + m) - 0.00042 * sind(3 * mp)
        c += 0.00042 * e * sind(m + 2 * f) + 0.00038 * e * sind(m - 2 * f)
        c += -0.00024 * e * sind(2 * mp - m) - 0.00017 * sind(om)
        c += -0.00007 * sind(mp + 2 * m) + 0.00004 * sind(2 * mp - 2 * f) + 0.00004 * sind(3 * m)
        c += 0.00003 * sind(mp + m - 2 * f) + 0.00003 * sind(2 * mp + 2 * f)
        c += -0.00003 * sind(mp + m + 2 * f) + 0.00003 * sind(mp - m + 2 * f)
        c += -0.00002 * sind(mp - m - 2 * f) - 0.00002 * sind(3 * mp + m) + 0.00002 * sind(4 * mp)
        jde += c
        return jde - deltaT(year: 2000 + kk / 12.3685) / 86_400
    }

    /// TT − UT in seconds (Espenak & Meeus polynomial fits).
    static func deltaT(year y: Double) -> Double {
        if y < 2005 {
            let t = y - 2000
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t
                + 0.000651814 * t * t * t * t + 0.00002373599 * t * t * t * t * t
        }
        if y < 2050 {
            let t = y - 2000
            return 62.92 + 0.32217 * t + 0.005589 * t * t
        }
        let u = (y - 1820) / 100
        return -20 + 32 * u * u - 0.5628 * (2150 - y)
    }

    /// The Sun's apparent longitude in degrees [0, 360) at Julian Day `jd`
    /// (UT; the ΔT of a minute is below this formula's accuracy).
    static func sunLongitude(_ jd: Double) -> Double {
        let t = (jd - 2_451_545.0) / 36_525
        let l0 = 280.46646 + 36_000.76983 * t + 0.0003032 * t * t
        let m = 357.52911 + 35_999.05029 * t - 0.0001537 * t * t
        let c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sind(m)
            + (0.019993 - 0.000101 * t) * sind(2 * m) + 0.000289 * sind(3 * m)
        let omega = 125.04 - 1934.136 * t
        let lambda = l0 + c - 0.00569 - 0.00478 * sind(omega)
        let reduced = lambda.truncatingRemainder(dividingBy: 360)
        return reduced < 0 ? reduced + 360 : reduced
    }

    /// The lunation whose new moon comes nearest to Julian Day `jd`.
    static func lunation(near jd: Double) -> Int {
        Int(((jd - 2_451_550.09766) / synodicMonth).rounded())
    }

    /// The local civil day (days since 1970) of an instant, for a zone
    /// `offsetMinutes` east of UTC.
    static func localDay(_ jd: Double, offsetMinutes: Int) -> Int {
        Int((jd - unixEpochJD + Double(offsetMinutes) / 1440).rounded(.down))
    }

    /// The Julian Day (UT) of local midnight starting `day` (days since 1970).
    static func localMidnight(_ day: Int, offsetMinutes: Int) -> Double {
        Double(day) + unixEpochJD - Double(offsetMinutes) / 1440
    }

    /// The local day on which the Sun's apparent longitude reaches
    /// `longitude` degrees, searching the year `year`.
    static func dayOfSolarLongitude(_ longitude: Double, year: Int, offsetMinutes: Int) -> Day {
        // Start from the mean motion (about 0.9856° a day, 280° near
        // 1 January), correct once by the true longitude, then step to the
        // first local day whose end lies past the crossing.
        let start = Day(year: year, month: 1, day: 1)?.daysSince1970 ?? 0
        func ahead(_ d: Int) -> Double {
            let lon = sunLongitude(localMidnight(d + 1, offsetMinutes: offsetMinutes))
            var diff = (lon - longitude).truncatingRemainder(dividingBy: 360)
            if diff < -180 { diff += 360 }
            if diff > 180 { diff -= 360 }
            return diff
        }
        var offset = (longitude - 280).truncatingRemainder(dividingBy: 360)
        if offset < 0 { offset += 360 }
        var day = start + Int(offset / 0.9856)
        day -= Int((ahead(day) / 0.9856).rounded())
        while ahead(day - 1) >= 0 { day -= 1 }
        while ahead(day) < 0 { day += 1 }
        return Day(daysSince1970: day)
    }
}
