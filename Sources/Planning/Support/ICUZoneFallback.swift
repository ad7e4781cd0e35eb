import Calendars
import Foundation
import ICalendar

/// Resolves a TZID that an iCalendar file names without a VTIMEZONE with
/// ICU's zone data, as real feeds expect (imported calendars, checked
/// .ics schedules).
package enum ICUZoneFallback {
    package static let resolve: TimeZoneResolver.Fallback = { tzid, local in
        guard ICU.isKnownZone(tzid) else { return nil }
        let civil = Int64(local.civilSeconds)
        guard let guess = try? ICU.offset(zone: tzid, at: civil),
              let offset = try? ICU.offset(zone: tzid, at: civil - Int64(guess)) else { return nil }
        return Date(timeIntervalSince1970: TimeInterval(civil - Int64(offset)))
    }
}
