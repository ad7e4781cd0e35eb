import Calendars
import ConveneTestSupport
import Foundation
import Testing
@testable import Planning
@testable import Scenarios
@testable import CalendarExchange

/// Imported calendars: `fixed: - ics:` events become fixed days binding
/// every member, `holidays: - ics:` all-day events become holidays.
@Suite struct CalendarImportTests {
    static func fixture(_ name: String) throws -> String {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
        return try String(contentsOf: url, encoding: .utf8)
    }

    static let year2023 = DayRange(Day(year: 2023, month: 1, day: 1)!, Day(year: 2023, month: 12, day: 31)!)!

    static func range(_ text: String) -> DayRange? {
        let parts = text.components(separatedBy: "..")
        guard let first = Day(iso: parts[0]), let last = Day(iso: parts.count > 1 ? parts[1] : parts[0]) else { return nil }
        return DayRange(first, last)
    }

    @Test func allDayTimedRecurringAndCancelledEvents() throws {
        let events = try CalendarImport(horizon: Self.year2023).events(try Self.fixture("asean-2023.ics"), file: "asean-2023.ics")
        let found = events.map { "\($0.title) \($0.days) \($0.isAllDay ? "all-day" : "timed")" }
        #expect(found == [
            // DTEND of an all-day event is exclusive (RFC 5545 §3.6.1): 9-11 May.
            "42nd ASEAN Summit 2023-05-09..2023-05-11 all-day",
            // Timed, in its TZID: 09:00 on the 5th to 18:00 on the 7th.
            "43rd ASEAN Summit and Related Summits 2023-09-05..2023-09-07 timed",
            // Yearly since 2018: only the occurrence inside the horizon.
            "ASEAN Day 2023-08-08 all-day",
            // 23:00 UTC on the 4th is 06:00 on the 5th in Jakarta (X-WR-TIMEZONE).
            "ASEAN Coordinating Council 2023-09-05 timed",
        ])
    }

    @Test func eventsAreClippedToTheHorizon() throws {
        let horizon = try #require(Self.range("2023-05-10..2023-06-30"))
        let events = try CalendarImport(horizon: horizon).events(try Self.fixture("asean-2023.ics"), file: "asean-2023.ics")
        #expect(events.map(\.days.description) == ["2023-05-10..2023-05-11"])
    }

    @Test func holidayFeedsGiveOneHolidayPerAllDayDay() throws {
        let holidays = try CalendarImport(horizon: Self.year2023)
            .holidays(try Self.fixture("cuti-bersama-2023.ics"), file: "cuti.ics", country: "ID", isMajor: true)
        #expect(holidays.map(\.date.description) == ["2023-04-19", "2023-04-20", "2023-04-21", "2023-06-02"])
        #expect(holidays.allSatisfy { $0.country == "ID" && $0.isMajor })
        #expect(holidays.last?.name == "Cuti Bersama Hari Raya Waisak")
    }

    @Test func aBadValueIsReportedWithFileAndLine() throws {
        let text = try Self.fixture("bad-dtstart.ics")
        let error = #expect(throws: CalendarImportError.self) {
            try CalendarImport(horizon: Self.year2023).events(text, file: "bad-dtstart.ics")
        }
        #expect(error?.file == "bad-dtstart.ics")
        #expect(error?.line == 6)
        #expect(error?.description.hasPrefix("bad-dtstart.ics:6: error: ") == true)
    }

    @Test func anUnboundedDailyRuleIsAnErrorNotATruncation() throws {
        let text = """
        BEGIN:VCALENDAR\r
        VERSION:2.0\r
        PRODID:-//Test//EN\r
        BEGIN:VEVENT\r
        UID:daily@example\r
        DTSTAMP:20230101T000000Z\r
        DTSTART;VALUE=DATE:19900101\r
        RRULE:FREQ=DAILY\r
        SUMMARY:Every day\r
        END:VEVENT\r
        END:VCALENDAR\r

        """
        #expect(throws: CalendarImportError.self) {
            try CalendarImport(horizon: Self.year2023).events(text, file: "daily.ics")
        }
    }

    /// The summits block every member: a meeting whose window is only the
    /// 42nd Summit's days cannot be placed, and the reason names the Summit.
    @Test func importedSummitDaysBlockMeetings() throws {
        let text = """
        body: { name: Test Body, short: TB }
        cycle: 3
        chair: ID
        members: [ID, SG]
        horizon: { from: 2023-01-01, to: 2023-12-31 }
        venues:
          - { id: jcc, name: Jakarta Convention Center, city: Jakarta, country: ID }
        meetings:
          - { id: som, kind: som, days: 1, venues: [jcc], window: 2023-05-09..2023-05-11 }
        fixed:
          - { ics: asean-2023.ics }

        """
        let scenario = try #require(ScenarioFixtures.load(text).scenario)
        let fixed = try CalendarImport(horizon: scenario.horizon).fixedDays(try Self.fixture("asean-2023.ics"), file: "asean-2023.ics")
        let planner = Planner(scenario: scenario, scenarioText: text)
        guard case .infeasible(let why, _, _) = try planner.plan(extraFixed: fixed) else {
            Issue.record("expected no plan: the window is the Summit's days")
            return
        }
        #expect(why.reasons.contains { $0.message.contains("42nd ASEAN Summit") }, "\(why.reasons.map(\.message))")

        // Without the import the same window has room.
        guard case .planned(let plan, _, _) = try planner.plan() else {
            Issue.record("expected a plan without the imported calendar")
            return
        }
        #expect(plan.meetings.first?.date.description.hasPrefix("2023-05-") == true)
    }

    @Test func importedHolidaysAreHonoured() throws {
        let text = """
        body: { name: Test Body, short: TB }
        cycle: 3
        chair: ID
        members: [ID, SG]
        horizon: { from: 2023-01-01, to: 2023-12-31 }
        venues:
          - { id: jcc, name: Jakarta Convention Center, city: Jakarta, country: ID }
        meetings:
          - { id: som, kind: som, days: 1, venues: [jcc], window: 2023-06-02 }
        holidays:
          - { ics: cuti-bersama-2023.ics, country: ID, major: true }

        """
        let scenario = try #require(ScenarioFixtures.load(text).scenario)
        let holidays = try CalendarImport(horizon: scenario.horizon)
            .holidays(try Self.fixture("cuti-bersama-2023.ics"), file: "cuti.ics", country: "ID", isMajor: true)
        let planner = Planner(scenario: scenario, scenarioText: text)
        guard case .infeasible(let why, _, _) = try planner.plan(extraHolidays: holidays) else {
            Issue.record("expected no plan: 2 June 2023 is collective leave in Indonesia")
            return
        }
        #expect(why.reasons.contains { $0.message.contains("Cuti Bersama Hari Raya Waisak") }, "\(why.reasons.map(\.message))")
    }
}
