import Calendars
import ConveneTestSupport
import Testing
@testable import Planning
@testable import Scenarios
@testable import Checking

/// Each holiday on each day is priced once, by the strongest rule that
/// applies, in the planner and the checker alike (Rules/DayRules.swift).
@Suite struct OnePricePerFactTests {
    static func scenario(chair: String = "BN", members: String = "[BN, SG]", venues: String, meetings: String) throws -> Scenario {
        let text = """
        body: { name: Test Body, short: TB }
        chair: \(chair)
        members: \(members)
        horizon: { from: 2023-01-01, to: 2032-12-31 }
        venues:
        \(venues)meetings:
        \(meetings)
        """
        let loaded = ScenarioFixtures.load(text)
        return try #require(loaded.scenario, "\(loaded.diagnostics.map(\.description))")
    }

    static func check(_ scenario: Scenario, _ items: [Schedule.Item]) throws -> CheckReport {
        try ScheduleChecker(scenario: scenario).check(Schedule(items: items))
    }

    // MARK: A host's holiday is hard, not also a soft holiday

    @Test func hostHolidayIsNotAlsoAMinorHoliday() throws {
        // Nyepi (22 March 2023, a Wednesday) is not a major holiday in
        // Indonesia, but at an Indonesian venue every holiday is hard.
        let scenario = try Self.scenario(chair: "ID", members: "[ID, SG]", venues: "  - { id: jcc, rooms: 2 }\n",
                                         meetings: "  - { id: prep, kind: preparatory, days: 1, venues: [jcc] }\n")
        let report = try Self.check(scenario, [ScheduleCheckerTests.aPlacement("prep", "jcc", "2023-03-22")])
        #expect(report.hard.map(\.rule) == [.hostHoliday])
        #expect(report.hard[0].message.contains("Day of Silence (Nyepi)"))
        #expect(report.hard[0].message.hasSuffix("a holiday in the host country Indonesia"))
        #expect(report.soft.isEmpty, "\(report.soft.map(\.message))")
        #expect(report.objective == 0)
    }

    @Test func hostHolidayAwayFromHomeIsAMinorHoliday() throws {
        // The same day at a Singapore venue: Nyepi costs as Indonesia's holiday.
        let scenario = try Self.scenario(chair: "ID", members: "[ID, SG]", venues: "  - { id: sg, country: SG, city: Singapore }\n",
                                         meetings: "  - { id: prep, kind: preparatory, days: 1, venues: [sg] }\n")
        let report = try Self.check(scenario, [ScheduleCheckerTests.aPlacement("prep", "sg", "2023-03-22")])
        #expect(report.hard.isEmpty)
        #expect(report.soft.map(\.rule) == [.minorHoliday])
        #expect(report.objective == 30)
    }

    // MARK: One holiday several times on one day

    /// A festival of two days whose first day may fall a day late (as
    /// lunar forecasts do): on 10 May 2023 both of its days may fall.
    static let festival: [Holiday] = {
        let first = Day(iso: "2023-05-09") ?? Day(daysSince1970: 0), second = first.adding(days: 1)
        return [Holiday(country: "MM", date: first, name: "Festival", isUncertain: true, possibleDates: [first, second]),
                Holiday(country: "MM", date: second, name: "Festival", isUncertain: true, possibleDates: [second, second.adding(days: 1)])]
    }()

    static let withMyanmar = "  - { id: prep, kind: preparatory, days: 1, venues: [icc], attendees: [BN, MM] }\n"

    @Test func festivalOfSeveralDaysIsPricedOncePerDay() throws {
        let scenario = try Self.scenario(members: "[BN, MM]", venues: "  - { id: icc, rooms: 2 }\n", meetings: Self.withMyanmar)
        let report = try ScheduleChecker(scenario: scenario, extraHolidays: Self.festival)
            .check(Schedule(items: [ScheduleCheckerTests.aPlacement("prep", "icc", "2023-05-10")]))
        #expect(report.hard.isEmpty)
        #expect(report.soft.map(\.rule) == [.minorHoliday], "\(report.soft.map(\.message))")
        #expect(report.objective == 30)
    }

    @Test func plannerPricesTheFestivalOncePerDayToo() throws {
        let pinned = "  - { id: prep, kind: preparatory, days: 1, venues: [icc], attendees: [BN, MM], date: 2023-05-10 }\n"
        let scenario = try Self.scenario(members: "[BN, MM]", venues: "  - { id: icc, rooms: 2 }\n", meetings: pinned)
        let model = try ModelBuilder(scenario: scenario).build(extraHolidays: Self.festival)
        let placement = try #require(model.placements[0].first)
        #expect(placement.costs.map(\.rule) == [.minorHoliday], "\(placement.costs.map(\.note))")
        #expect(placement.cost == 30)
    }

    @Test func festivalDayAloneIsPricedOnce_unpenalized() throws {
        // 11 May: only the second day may fall there.
        let scenario = try Self.scenario(members: "[BN, MM]", venues: "  - { id: icc, rooms: 2 }\n", meetings: Self.withMyanmar)
        let report = try ScheduleChecker(scenario: scenario, extraHolidays: Self.festival)
            .check(Schedule(items: [ScheduleCheckerTests.aPlacement("prep", "icc", "2023-05-11")]))
        #expect(report.soft.map(\.rule) == [.minorHoliday])
    }

    // MARK: A holiday on a meeting day is not also next to it

    static let inSingapore = "  - { id: sg, country: SG, city: Singapore }\n"
    static let withVietNam = "  - { id: prep, kind: preparatory, days: 1, venues: [sg], attendees: [SG, VN] }\n"

    @Test func tetDayIsNotAlsoNextToTet() throws {
        // 25 January 2023, the sixth of Viet Nam's seven Tet days, a
        // Wednesday in Singapore: a major holiday of Viet Nam, and only that.
        let scenario = try Self.scenario(chair: "SG", members: "[SG, VN]", venues: Self.inSingapore, meetings: Self.withVietNam)
        let report = try Self.check(scenario, [ScheduleCheckerTests.aPlacement("prep", "sg", "2023-01-25")])
        #expect(Set(report.hard.map(\.rule)) == [.majorHoliday])
        #expect(report.hard.allSatisfy { $0.who == ["VN"] })
        #expect(!report.soft.contains { $0.who == ["VN"] }, "\(report.soft.map(\.message))")
    }

    @Test func dayAfterTetIsNextToTet() throws {
        // 27 January 2023, a Friday, the day after Viet Nam's last Tet day.
        let scenario = try Self.scenario(chair: "SG", members: "[SG, VN]", venues: Self.inSingapore, meetings: Self.withVietNam)
        let report = try Self.check(scenario, [ScheduleCheckerTests.aPlacement("prep", "sg", "2023-01-27")])
        #expect(report.hard.isEmpty)
        #expect(report.soft.map(\.rule) == [.nextToMajorHoliday])
        #expect(report.soft.map(\.who) == [["VN"]])
        #expect(report.objective == 15)
    }

    // MARK: The host's weekend is hard, not also a remote country's weekend

    @Test func hostWeekendIsNotAlsoAnAttendeeWeekend() throws {
        // Friday online, Brunei's platform: a weekend day in Brunei, hard; Brunei also joins remotely.
        let scenario = try Self.scenario(venues: "  - { id: online, virtual: true }\n",
                                         meetings: "  - { id: a, kind: other, hours: 2, venues: [online] }\n")
        let report = try Self.check(scenario, [ScheduleCheckerTests.aPlacement("a", "online", "2023-05-12", "10:00", "12:00")])
        #expect(report.hard.map(\.rule) == [.weekend])
        #expect(report.soft.isEmpty, "\(report.soft.map(\.message))")
    }
}
