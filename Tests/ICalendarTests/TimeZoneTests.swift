import Foundation
import Testing
@testable import ICalendar

/// Resolving zoned DATE-TIMEs with the calendar's own VTIMEZONEs (RFC 5545
/// §3.6.5), around DST transitions, and the fallback hook.
struct TimeZoneTests {
    let resolver: TimeZoneResolver

    init() throws {
        resolver = try ICalendarParser().parseCalendar(try Fixture.text("timezones.ics")).resolver()
    }

    func resolve(_ value: ICalDateTime?) throws -> Int {
        try resolver.utcSeconds(for: try #require(value))
    }

    @Test func yangonIsSixThirtyAllYear() throws {
        #expect(try resolve(local("Asia/Yangon", 2024, 6, 5, 9)) == utc(2024, 6, 5, 2, 30))
        #expect(try resolve(local("Asia/Yangon", 2024, 1, 1, 0)) == utc(2023, 12, 31, 17, 30))
        #expect(try resolve(local("Asia/Yangon", 1960, 1, 1, 12)) == utc(1960, 1, 1, 5, 30))
    }

    @Test func sydneyDaylightSavingStarts() throws {
        // 2024-10-06 02:00 AEST becomes 03:00 AEDT, at 2024-10-05T16:00Z.
        #expect(try resolve(local("Australia/Sydney", 2024, 10, 6, 1, 59, 59)) == utc(2024, 10, 5, 15, 59, 59))
        #expect(try resolve(local("Australia/Sydney", 2024, 10, 6, 3, 0, 0)) == utc(2024, 10, 5, 16, 0, 0))
        // 02:30 does not exist: read with the offset before the gap (+10).
        #expect(try resolve(local("Australia/Sydney", 2024, 10, 6, 2, 30)) == utc(2024, 10, 5, 16, 30))
        let zone = try #require(resolver.timeZones["Australia/Sydney"])
        #expect(try zone.offset(atUTC: utc(2024, 10, 5, 15, 59, 59)) == 10 * 3600)
        #expect(try zone.offset(atUTC: utc(2024, 10, 5, 16)) == 11 * 3600)
    }

    @Test func sydneyDaylightSavingEnds() throws {
        // 2024-04-07 03:00 AEDT becomes 02:00 AEST, at 2024-04-06T16:00Z.
        #expect(try resolve(local("Australia/Sydney", 2024, 4, 7, 1, 59, 59)) == utc(2024, 4, 6, 14, 59, 59))
        // 02:30 happens twice: the first (AEDT) is meant.
        #expect(try resolve(local("Australia/Sydney", 2024, 4, 7, 2, 30)) == utc(2024, 4, 6, 15, 30))
        #expect(try resolve(local("Australia/Sydney", 2024, 4, 7, 3, 0)) == utc(2024, 4, 6, 17, 0))
        let zone = try #require(resolver.timeZones["Australia/Sydney"])
        #expect(try zone.offset(atUTC: utc(2024, 4, 6, 15, 59, 59)) == 11 * 3600)
        #expect(try zone.offset(atUTC: utc(2024, 4, 6, 16)) == 10 * 3600)
        // Mid-winter and mid-summer.
        #expect(try resolve(local("Australia/Sydney", 2024, 7, 1, 12)) == utc(2024, 7, 1, 2))
        #expect(try resolve(local("Australia/Sydney", 2025, 1, 15, 12)) == utc(2025, 1, 15, 1))
    }

    @Test func torontoSpringForwardAndFallBack() throws {
        // 2024-03-10 02:00 EST becomes 03:00 EDT, at 07:00Z.
        #expect(try resolve(local("America/Toronto", 2024, 3, 10, 1, 59, 59)) == utc(2024, 3, 10, 6, 59, 59))
        #expect(try resolve(local("America/Toronto", 2024, 3, 10, 3, 0, 0)) == utc(2024, 3, 10, 7, 0, 0))
        // 2024-11-03 02:00 EDT becomes 01:00 EST, at 06:00Z.
        #expect(try resolve(local("America/Toronto", 2024, 11, 3, 0, 59, 59)) == utc(2024, 11, 3, 4, 59, 59))
        #expect(try resolve(local("America/Toronto", 2024, 11, 3, 1, 30)) == utc(2024, 11, 3, 5, 30))
        #expect(try resolve(local("America/Toronto", 2024, 11, 3, 2, 0)) == utc(2024, 11, 3, 7, 0))
        let zone = try #require(resolver.timeZones["America/Toronto"])
        #expect(try zone.offset(atUTC: utc(2024, 11, 3, 5, 59, 59)) == -4 * 3600)
        #expect(try zone.offset(atUTC: utc(2024, 11, 3, 6)) == -5 * 3600)
    }

    @Test func observancesEndedByUntil() throws {
        // Before 2007 Toronto kept DST from the first Sunday of April to the
        // last Sunday of October; UNTIL (in UTC) ends those rules.
        let resolver = try ICalendarParser().parseCalendar(try Fixture.text("toronto-history.ics")).resolver()
        func resolve(_ value: ICalDateTime?) throws -> Int { try resolver.utcSeconds(for: try #require(value)) }
        #expect(try resolve(local("America/Toronto", 2006, 4, 2, 1, 59, 59)) == utc(2006, 4, 2, 6, 59, 59))
        #expect(try resolve(local("America/Toronto", 2006, 4, 2, 3)) == utc(2006, 4, 2, 7))
        #expect(try resolve(local("America/Toronto", 2006, 10, 29, 1, 30)) == utc(2006, 10, 29, 5, 30))
        #expect(try resolve(local("America/Toronto", 2006, 10, 29, 2)) == utc(2006, 10, 29, 7))
        // 2007-10-28 would be the old rule's fall-back day: still EDT under the new rules.
        #expect(try resolve(local("America/Toronto", 2007, 10, 30, 12)) == utc(2007, 10, 30, 16))
        #expect(try resolve(local("America/Toronto", 2007, 11, 5, 12)) == utc(2007, 11, 5, 17))
        #expect(try resolve(local("America/Toronto", 1990, 7, 1, 12)) == utc(1990, 7, 1, 16))
        #expect(try resolve(local("America/Toronto", 1990, 1, 1, 12)) == utc(1990, 1, 1, 17))
    }

    @Test func icuPartialVTimeZone() throws {
        let resolver = try ICalendarParser().parseCalendar(try Fixture.text("icu-vtimezone-lf.ics")).resolver()
        #expect(try resolver.utcSeconds(for: try #require(local("Australia/Sydney", 2024, 10, 6, 1, 59, 59))) == utc(2024, 10, 5, 15, 59, 59))
        #expect(try resolver.utcSeconds(for: try #require(local("Australia/Sydney", 2024, 10, 6, 3))) == utc(2024, 10, 5, 16))
        #expect(try resolver.utcSeconds(for: try #require(local("Australia/Sydney", 2025, 4, 6, 3, 30))) == utc(2025, 4, 5, 17, 30))
    }

    @Test func eventStartResolvesToAnInstant() throws {
        let calendar = try ICalendarParser().parseCalendar(try Fixture.text("timezones.ics"))
        guard case .dateTime(let start)? = try calendar.events[0].start() else {
            Issue.record("expected a DATE-TIME")
            return
        }
        #expect(try calendar.resolver().instant(for: start) == Date(timeIntervalSince1970: TimeInterval(utc(2024, 6, 5, 2, 30))))
    }

    @Test func fallbackHookForZonesWithoutVTimeZone() throws {
        let value = try #require(local("Asia/Bangkok", 2024, 5, 1, 9))
        let withHook = TimeZoneResolver(timeZones: []) { tzid, local in
            tzid == "Asia/Bangkok" ? Date(timeIntervalSince1970: TimeInterval(local.civilSeconds - 7 * 3600)) : nil
        }
        #expect(try withHook.utcSeconds(for: value) == utc(2024, 5, 1, 2))
        let error = icalError { () throws(ICalendarError) in try TimeZoneResolver(timeZones: []).utcSeconds(for: value) }
        #expect(error?.kind == .timeZone)
        #expect(error?.message.contains("Asia/Bangkok") == true)
    }

    @Test func utcAndFloating() throws {
        let resolver = TimeZoneResolver(timeZones: [])
        #expect(try resolver.utcSeconds(for: try #require(ICalDateTime(icalText: "20240501T090000Z"))) == utc(2024, 5, 1, 9))
        let floating = try #require(ICalDateTime(icalText: "20240501T090000"))
        #expect(icalError { () throws(ICalendarError) in try resolver.utcSeconds(for: floating) }?.kind == .timeZone)
    }

    @Test func builtVTimeZoneResolves() throws {
        let yangon = VTimeZone(id: "Asia/Yangon", observances: [
            TimeZoneObservance(.standard, start: try #require(ICalDateTime(icalText: "19700101T000000")),
                               offsetFrom: UTCOffset(seconds: 23_400), offsetTo: UTCOffset(seconds: 23_400), name: "MMT"),
        ])
        let resolver = TimeZoneResolver(timeZones: [yangon])
        #expect(try resolver.utcSeconds(for: try #require(local("Asia/Yangon", 2024, 6, 5, 9))) == utc(2024, 6, 5, 2, 30))
    }
}
