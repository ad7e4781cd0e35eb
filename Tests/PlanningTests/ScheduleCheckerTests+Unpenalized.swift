import Calendars
import ConveneTestSupport
import Testing
@testable import Planning
@testable import Scenarios
@testable import Checking

/// The other half of each rule's pair: the smallest change that keeps the
/// rule (next day, other venue, in its hours, ...) finds nothing under it.
/// With the `_penalized` tests, each rule of Docs/Rules.md is tested alone.
extension ScheduleCheckerTests {
    static func rules(_ report: CheckReport) -> Set<CheckRule> { Set((report.hard + report.soft).map(\.rule)) }

    static func expectClear(_ rule: CheckRule, _ scenario: Scenario, _ items: [Schedule.Item]) throws {
        let report = try check(scenario, items)
        #expect(!rules(report).contains(rule), "\((report.hard + report.soft).map(\.message))")
        #expect(report.unchecked.isEmpty)
    }

    // MARK: Hard

    @Test func horizonMissed_unpenalized() throws {
        try Self.expectClear(.horizonMissed, try Self.scenario(meetings: Self.day), [Self.aPlacement("prep", "icc", "2025-12-31")])
    }

    @Test func windowMissed_unpenalized() throws {
        let meetings = "  - { id: prep, kind: preparatory, days: 1, venues: [icc], window: 2023-05-08..2023-05-19 }\n"
        try Self.expectClear(.windowMissed, try Self.scenario(meetings: meetings), [Self.aPlacement("prep", "icc", "2023-05-18")])
    }

    @Test func venueNotAllowed_unpenalized() throws {
        try Self.expectClear(.venueNotAllowed, try Self.scenario(meetings: Self.day), [Self.aPlacement("prep", "icc", "2023-05-10")])
    }

    @Test func venueClosed_unpenalized() throws {
        let venues = "  - { id: icc, rooms: 2, closed: [2023-05-08..2023-05-19] }\n"
        try Self.expectClear(.venueClosed, try Self.scenario(venues: venues, meetings: Self.day), [Self.aPlacement("prep", "icc", "2023-05-22")])
    }

    @Test func openingHours_unpenalized() throws {
        let meetings = "  - { id: a, kind: other, hours: 2, venues: [icc] }\n"
        try Self.expectClear(.venueClosed, try Self.scenario(meetings: meetings), [Self.aPlacement("a", "icc", "2023-05-10", "15:30", "17:30")])
    }

    @Test func weekend_unpenalized() throws {
        // Saturday is a working day in Brunei.
        try Self.expectClear(.weekend, try Self.scenario(meetings: Self.day), [Self.aPlacement("prep", "icc", "2023-05-13")])
    }

    @Test func hostHoliday_unpenalized() throws {
        // The day before Brunei's National Day.
        try Self.expectClear(.hostHoliday, try Self.scenario(meetings: Self.day), [Self.aPlacement("prep", "icc", "2023-02-22")])
    }

    @Test func majorHoliday_unpenalized() throws {
        // Singapore's National Day, with Singapore not attending.
        let meetings = "  - { id: prep, kind: preparatory, days: 1, venues: [icc], attendees: [BN] }\n"
        try Self.expectClear(.majorHoliday, try Self.scenario(meetings: meetings), [Self.aPlacement("prep", "icc", "2023-08-09")])
    }

    @Test func uncertainHoliday_unpenalized() throws {
        // A possible day of a Brunei holiday that is not major, at a venue
        // in Singapore: not the host's, so a cost rather than a conflict.
        let holiday = try #require(try Holidays.of("BN", year: 2027).first { holiday in
            holiday.isUncertain && !holiday.isMajor && holiday.possibleDates.contains { ![.saturday, .sunday].contains($0.weekday) }
        })
        let day = try #require(holiday.possibleDates.first { ![.saturday, .sunday].contains($0.weekday) })
        let venues = "  - { id: sg, country: SG, city: Singapore }\n"
        let meetings = "  - { id: prep, kind: preparatory, days: 1, venues: [sg] }\n"
        try Self.expectClear(.uncertainHoliday, try Self.scenario(venues: venues, meetings: meetings, lastDay: "2027-12-31"), [Self.aPlacement("prep", "sg", day.description)])
    }

    @Test func fixedEventClash_unpenalized() throws {
        let fixed = "fixed:\n  - { title: Summit, from: 2023-05-09, to: 2023-05-10, attendees: [SG] }\n"
        let meetings = "  - { id: prep, kind: preparatory, days: 1, venues: [icc], attendees: [BN] }\n"
        try Self.expectClear(.fixedEventClash, try Self.scenario(meetings: meetings, extra: fixed), [Self.aPlacement("prep", "icc", "2023-05-10")])
    }

    @Test func remoteHours_unpenalized() throws {
        let meetings = "  - { id: call, kind: other, hours: 2, venues: [online], attendees: [BN, MM, JP] }\n"
        try Self.expectClear(.remoteHours, try Self.scenario(meetings: meetings), [Self.aPlacement("call", "online", "2023-05-09", "08:30", "10:30")])
    }

    @Test func roomsExceeded_unpenalized() throws {
        let meetings = """
          - { id: a, kind: other, days: 1, venues: [icc], attendees: [BN] }
          - { id: b, kind: other, days: 1, venues: [icc], attendees: [SG] }

        """
        try Self.expectClear(.roomsExceeded, try Self.scenario(meetings: meetings),
                             [Self.aPlacement("a", "icc", "2023-05-10"), Self.aPlacement("b", "icc", "2023-05-10")])
    }

    @Test func doubleBooked_unpenalized() throws {
        try Self.expectClear(.doubleBooked, try Self.scenario(meetings: Self.twoSessions),
                             [Self.aPlacement("a", "online", "2023-05-10", "10:00", "12:00"),
                              Self.aPlacement("b", "online", "2023-05-10", "12:00", "14:00")])
    }

    @Test func travelTooShort_unpenalized() throws {
        let venues = "  - { id: icc, rooms: 2 }\n  - { id: sg, country: SG, city: Singapore }\n"
        let meetings = "  - { id: a, kind: other, hours: 2, venues: [icc] }\n  - { id: b, kind: other, hours: 2, venues: [sg] }\n"
        try Self.expectClear(.travelTooShort, try Self.scenario(venues: venues, meetings: meetings),
                             [Self.aPlacement("a", "icc", "2023-05-10", "09:00", "11:00"),
                              Self.aPlacement("b", "sg", "2023-05-11", "14:00", "16:00")])
    }

    @Test func precedenceBroken_unpenalized() throws {
        let meetings = """
          - { id: prep, kind: preparatory, days: 1, venues: [icc] }
          - { id: som, kind: som, days: 1, venues: [icc], after: { meeting: prep, days: 1 } }

        """
        try Self.expectClear(.precedenceBroken, try Self.scenario(meetings: meetings),
                             [Self.aPlacement("prep", "icc", "2023-05-15"), Self.aPlacement("som", "icc", "2023-05-16")])
    }

    // MARK: Soft

    @Test func preferredWindow_unpenalized() throws {
        let meetings = "  - { id: prep, kind: preparatory, days: 1, venues: [icc], prefer: { window: 2023-05-10..2023-05-12 } }\n"
        try Self.expectClear(.preferredWindow, try Self.scenario(meetings: meetings), [Self.aPlacement("prep", "icc", "2023-05-10")])
    }

    @Test func preferredStart_unpenalized() throws {
        // Ten minutes off is less than a quarter hour: free.
        let meetings = "  - { id: a, kind: other, hours: 2, venues: [icc], prefer: { start: \"10:10\" } }\n"
        try Self.expectClear(.preferredStart, try Self.scenario(meetings: meetings), [Self.aPlacement("a", "icc", "2023-05-10", "10:00", "12:00")])
    }

    @Test func minorHoliday_unpenalized() throws {
        // Labour Day in Singapore, with Singapore not attending.
        let meetings = "  - { id: prep, kind: preparatory, days: 1, venues: [icc], attendees: [BN] }\n"
        try Self.expectClear(.minorHoliday, try Self.scenario(meetings: meetings), [Self.aPlacement("prep", "icc", "2023-05-01")])
    }

    @Test func nextToMajorHoliday_unpenalized() throws {
        // Two days after Singapore's National Day.
        try Self.expectClear(.nextToMajorHoliday, try Self.scenario(meetings: Self.day), [Self.aPlacement("prep", "icc", "2023-08-12")])
    }

    @Test func attendeeWeekend_unpenalized() throws {
        // Saturday in person in Brunei: Singapore travels and joins no one remotely.
        try Self.expectClear(.attendeeWeekend, try Self.scenario(meetings: Self.day), [Self.aPlacement("prep", "icc", "2023-05-13")])
    }

    @Test func ramadan_unpenalized() throws {
        let online = "  - { id: a, kind: other, hours: 2, venues: [online] }\n"
        try Self.expectClear(.ramadan, try Self.scenario(meetings: online), [Self.aPlacement("a", "online", "2023-04-05", "10:00", "12:00")])
    }

    @Test func remoteComfort_unpenalized() throws {
        let meetings = "  - { id: a, kind: other, hours: 2, venues: [online] }\n"
        let scenario = try Self.scenario(meetings: meetings)
        try Self.expectClear(.remoteComfort, scenario, [Self.aPlacement("a", "online", "2023-05-10", "10:00", "12:00")])
        try Self.expectClear(.remoteFairness, scenario, [Self.aPlacement("a", "online", "2023-05-10", "10:00", "12:00")])
    }

    @Test func sideEventGap_unpenalized() throws {
        let meetings = """
          - { id: som, kind: som, days: 1, venues: [icc] }
          - { id: forum, kind: forum, days: 1, venues: [icc], after: { meeting: som, days: 1..5 } }

        """
        try Self.expectClear(.sideEventGap, try Self.scenario(meetings: meetings),
                             [Self.aPlacement("som", "icc", "2023-05-08"), Self.aPlacement("forum", "icc", "2023-05-10")])
    }

    @Test func venueChange_unpenalized() throws {
        // Different venues, but more than a visit apart.
        let venues = "  - { id: icc, rooms: 2 }\n  - { id: hall, rooms: 1 }\n"
        let meetings = """
          - { id: som, kind: som, days: 1, venues: [icc] }
          - { id: heads, kind: heads, days: 1, venues: [icc, hall], after: { meeting: som, days: 4..10 } }

        """
        try Self.expectClear(.venueChange, try Self.scenario(venues: venues, meetings: meetings),
                             [Self.aPlacement("som", "icc", "2023-05-08"), Self.aPlacement("heads", "hall", "2023-05-15")])
    }
}
