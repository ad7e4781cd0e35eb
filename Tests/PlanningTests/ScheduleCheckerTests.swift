import Calendars
import ConveneTestSupport
import Foundation
import Testing
@testable import Planning
@testable import Scenarios
@testable import Checking

/// The checker on tiny scenarios: each hard rule broken alone is reported
/// under that rule and nothing else hard; each soft rule costs what the
/// planner's formula says; every plan checks clean with the plan's own
/// objective; the shipped records are checked as a user would.
@Suite struct ScheduleCheckerTests {
    // MARK: Fixtures

    /// Brunei chairs, members BN and SG only, clear of holidays in mid-May
    /// 2023 unless a test picks one on purpose.
    static func scenario(venues: String = "  - { id: icc, rooms: 2 }\n  - { id: online, virtual: true }\n",
                         meetings: String, extra: String = "", lastDay: String = "2025-12-31") throws -> Scenario {
        let text = """
        body: { name: Test Body, short: TB }
        cycle: 3
        chair: BN
        members: [BN, SG]
        horizon: { from: 2023-01-01, to: \(lastDay) }
        venues:
        \(venues)meetings:
        \(meetings)\(extra)
        """
        let loaded = ScenarioFixtures.load(text)
        return try #require(loaded.scenario, "\(loaded.diagnostics.map(\.description))")
    }

    /// A placement written as text: `aPlacement("som", "icc", "2023-05-12")`.
    static func aPlacement(_ meeting: String, _ venue: String, _ date: String, _ start: String = "09:00",
                           _ end: String = "17:30", last: String? = nil) -> Schedule.Item {
        let first = Day(iso: date) ?? Day(daysSince1970: 0)
        return Schedule.Item(meeting: MeetingID(meeting), venue: VenueID(venue), firstDay: first,
                             lastDay: last.flatMap { Day(iso: $0) } ?? first,
                             start: LocalTime(text: start) ?? LocalTime(minutes: 0), end: LocalTime(text: end) ?? LocalTime(minutes: 0))
    }

    static func check(_ scenario: Scenario, _ items: [Schedule.Item]) throws -> CheckReport {
        try ScheduleChecker(scenario: scenario).check(Schedule(items: items))
    }

    static let day = "  - { id: prep, kind: preparatory, days: 1, venues: [icc] }\n"
    static let twoSessions = """
      - { id: a, kind: other, hours: 2, venues: [icc, online] }
      - { id: b, kind: other, hours: 2, venues: [icc, online] }

    """

    /// The hard rules of a report, each once, in order.
    static func hardRules(_ report: CheckReport) -> [String] {
        var seen: [String] = []
        for finding in report.hard where !seen.contains(finding.rule.rawValue) { seen.append(finding.rule.rawValue) }
        return seen
    }

    // MARK: A clean schedule

    @Test func cleanDayHasNoFindings() throws {
        let report = try Self.check(try Self.scenario(meetings: Self.day), [Self.aPlacement("prep", "icc", "2023-05-10")])
        #expect(report.hard.isEmpty)
        #expect(report.soft.isEmpty)
        #expect(report.objective == 0)
        #expect(report.meetingOrder == ["prep"])
    }

    // MARK: Hard rules, each broken alone

    @Test func weekend_penalized() throws {
        let report = try Self.check(try Self.scenario(meetings: Self.day), [Self.aPlacement("prep", "icc", "2023-05-12")])
        #expect(Self.hardRules(report) == ["weekend"])
        #expect(report.hard[0].message == "preparatory meeting on Friday 2023-05-12 at icc: Friday is a weekend day in Brunei Darussalam")
        #expect(report.hard[0].who == ["BN"])
        #expect(report.hard[0].dates == [Day(iso: "2023-05-12")])
        #expect(report.hard[0].cost == 0)
    }

    @Test func hostHoliday_penalized() throws {
        // Brunei's National Day, a Thursday in 2023.
        let report = try Self.check(try Self.scenario(meetings: Self.day), [Self.aPlacement("prep", "icc", "2023-02-23")])
        #expect(Self.hardRules(report) == ["host-holiday"])
        // The reason says where the date comes from: a fixed day of the law.
        #expect(report.hard[0].message.contains("National Day (rule), a holiday in the host country Brunei Darussalam"))
    }

    @Test func majorHoliday_penalized() throws {
        // Singapore's National Day, a Wednesday in 2023, with SG attending in Brunei.
        let report = try Self.check(try Self.scenario(meetings: Self.day), [Self.aPlacement("prep", "icc", "2023-08-09")])
        #expect(Self.hardRules(report) == ["major-holiday"])
        #expect(report.hard[0].who == ["SG"])
        #expect(report.hard[0].message.contains("National Day (rule), a major holiday in Singapore"))
    }

    @Test func uncertainHoliday_penalized() throws {
        // Beyond Brunei's published tables (2022-2025), Islamic days are
        // forecasts: each possible day is ruled out.
        let holiday = try #require(try Holidays.of("BN", year: 2027).first { holiday in
            holiday.isUncertain && !holiday.isMajor && holiday.possibleDates.contains { ![.friday, .sunday].contains($0.weekday) }
        })
        let day = try #require(holiday.possibleDates.first { ![.friday, .sunday].contains($0.weekday) })
        let report = try Self.check(try Self.scenario(meetings: Self.day, lastDay: "2027-12-31"),
                                    [Self.aPlacement("prep", "icc", day.description)])
        #expect(Self.hardRules(report) == ["uncertain-holiday"])
        #expect(report.hard[0].message.contains("\(holiday.name) in BN may fall on \(holiday.possibleDates.map(\.description).joined(separator: " or "))"))
    }

    @Test func venueClosed_penalized() throws {
        let venues = "  - { id: icc, rooms: 2, closed: [2023-05-08..2023-05-19] }\n"
        let report = try Self.check(try Self.scenario(venues: venues, meetings: Self.day), [Self.aPlacement("prep", "icc", "2023-05-10")])
        #expect(Self.hardRules(report) == ["venue-closed"])
        #expect(report.hard[0].who == ["icc"])
    }

    @Test func openingHours_penalized() throws {
        let meetings = "  - { id: a, kind: other, hours: 2, venues: [icc] }\n"
        let report = try Self.check(try Self.scenario(meetings: meetings), [Self.aPlacement("a", "icc", "2023-05-10", "08:00", "10:00")])
        #expect(Self.hardRules(report) == ["venue-closed"])
        #expect(report.hard[0].message.contains("icc is open 09:00-17:30"))
    }

    @Test func roomsExceeded_penalized() throws {
        let meetings = """
          - { id: a, kind: other, days: 1, venues: [icc], attendees: [BN] }
          - { id: b, kind: other, days: 1, venues: [icc], attendees: [SG] }

        """
        let items = [Self.aPlacement("a", "icc", "2023-05-10"), Self.aPlacement("b", "icc", "2023-05-10")]
        #expect(try Self.check(try Self.scenario(meetings: meetings), items).hard.isEmpty)
        let report = try Self.check(try Self.scenario(venues: "  - { id: icc, rooms: 1 }\n", meetings: meetings), items)
        #expect(Self.hardRules(report) == ["rooms-exceeded"])
        #expect(report.hard.count == 1)
        #expect(report.hard[0].meetings == ["a", "b"])
    }

    @Test func doubleBooked_penalized() throws {
        let items = [Self.aPlacement("a", "online", "2023-05-10", "10:00", "12:00"),
                     Self.aPlacement("b", "online", "2023-05-10", "11:00", "13:00")]
        let report = try Self.check(try Self.scenario(meetings: Self.twoSessions), items)
        #expect(Self.hardRules(report) == ["double-booked"])
        #expect(report.hard.count == 1)
        #expect(report.hard[0].who == ["BN", "SG"])
        #expect(report.hard[0].message.contains("BN and SG are in both the a"))
        let apart = [items[0], Self.aPlacement("b", "online", "2023-05-10", "12:00", "14:00")]
        #expect(try Self.check(try Self.scenario(meetings: Self.twoSessions), apart).hard.isEmpty)
    }

    @Test func travelTooShort_penalized() throws {
        let venues = """
          - { id: icc, rooms: 2 }
          - { id: sg, country: SG, city: Singapore }

        """
        let meetings = """
          - { id: a, kind: other, hours: 2, venues: [icc] }
          - { id: b, kind: other, hours: 2, venues: [sg] }

        """
        let scenario = try Self.scenario(venues: venues, meetings: meetings)
        let report = try Self.check(scenario, [Self.aPlacement("a", "icc", "2023-05-10", "09:00", "11:00"),
                                               Self.aPlacement("b", "sg", "2023-05-10", "14:00", "16:00")])
        #expect(Self.hardRules(report) == ["travel-too-short"])
        #expect(report.hard[0].message.hasPrefix("BN and SG attend both the a in Bandar Seri Begawan ending 2023-05-10 11:00 +08:00 and the b in Singapore starting 2023-05-10 14:00 +08:00: less than the"))
        let nextDay = try Self.check(scenario, [Self.aPlacement("a", "icc", "2023-05-10", "09:00", "11:00"),
                                                Self.aPlacement("b", "sg", "2023-05-11", "14:00", "16:00")])
        #expect(nextDay.hard.isEmpty)
    }

    @Test func precedenceBroken_penalized() throws {
        let meetings = """
          - { id: prep, kind: preparatory, days: 1, venues: [icc] }
          - { id: som, kind: som, days: 1, venues: [icc], after: { meeting: prep, days: 1 } }

        """
        let report = try Self.check(try Self.scenario(meetings: meetings),
                                    [Self.aPlacement("prep", "icc", "2023-05-15"), Self.aPlacement("som", "icc", "2023-05-18")])
        #expect(Self.hardRules(report) == ["precedence-broken"])
        #expect(report.hard[0].meetings == ["prep", "som"])
        #expect(report.hard[0].message == "SOM on 2023-05-18 comes 3 days after the preparatory meeting ends on 2023-05-15; the scenario asks for 1 day after it")
    }

    @Test func sameDayPrecedenceNeedsTheFirstToEnd() throws {
        let meetings = """
          - { id: a, kind: other, hours: 2, venues: [icc] }
          - { id: b, kind: other, hours: 2, venues: [icc], attendees: [BN], after: { meeting: a, days: 0 } }

        """
        let scenario = try Self.scenario(meetings: meetings)
        let report = try Self.check(scenario, [Self.aPlacement("a", "icc", "2023-05-10", "11:00", "13:00"),
                                               Self.aPlacement("b", "icc", "2023-05-10", "09:00", "11:00")])
        #expect(Self.hardRules(report) == ["precedence-broken"])
        let fine = try Self.check(scenario, [Self.aPlacement("a", "icc", "2023-05-10", "09:00", "11:00"),
                                             Self.aPlacement("b", "icc", "2023-05-10", "11:00", "13:00")])
        #expect(fine.hard.isEmpty)
    }

    @Test func windowMissed_penalized() throws {
        let meetings = "  - { id: prep, kind: preparatory, days: 1, venues: [icc], window: 2023-05-08..2023-05-19 }\n"
        let report = try Self.check(try Self.scenario(meetings: meetings), [Self.aPlacement("prep", "icc", "2023-05-22")])
        #expect(Self.hardRules(report) == ["window-missed"])
        #expect(report.hard[0].message.contains("outside its window 2023-05-08..2023-05-19"))
    }

    @Test func pinnedStartIsKept() throws {
        let meetings = "  - { id: a, kind: other, hours: 2, venues: [icc], start: \"10:00\" }\n"
        let scenario = try Self.scenario(meetings: meetings)
        let report = try Self.check(scenario, [Self.aPlacement("a", "icc", "2023-05-10", "09:00", "11:00")])
        #expect(Self.hardRules(report) == ["window-missed"])
        #expect(report.hard[0].message.hasSuffix("starts at 09:00, but the scenario pins it to 10:00"))
        #expect(try Self.check(scenario, [Self.aPlacement("a", "icc", "2023-05-10", "10:00", "12:00")]).hard.isEmpty)
    }

    @Test func horizonMissed_penalized() throws {
        let report = try Self.check(try Self.scenario(meetings: Self.day), [Self.aPlacement("prep", "icc", "2026-01-12")])
        #expect(Self.hardRules(report) == ["horizon-missed"])
    }

    @Test func remoteHours_penalized() throws {
        // 07:30 in Brunei is 06:00 in Yangon.
        let meetings = "  - { id: call, kind: other, hours: 2, venues: [online], attendees: [BN, MM, JP] }\n"
        let scenario = try Self.scenario(meetings: meetings)
        let report = try Self.check(scenario, [Self.aPlacement("call", "online", "2023-05-09", "07:30", "09:30")])
        #expect(Self.hardRules(report) == ["remote-hours"])
        #expect(report.hard.map(\.who) == [["MM"]])
        #expect(report.hard[0].message.contains("MM would join 2023-05-09 06:00-08:00 local time"))
        let later = try Self.check(scenario, [Self.aPlacement("call", "online", "2023-05-09", "08:30", "10:30")])
        #expect(later.hard.isEmpty)
    }

    @Test func fixedEventClash_penalized() throws {
        let fixed = "fixed:\n  - { title: Summit, from: 2023-05-09, to: 2023-05-10, attendees: [SG] }\n"
        let report = try Self.check(try Self.scenario(meetings: Self.day, extra: fixed), [Self.aPlacement("prep", "icc", "2023-05-10")])
        #expect(Self.hardRules(report) == ["fixed-event-clash"])
        #expect(report.hard[0].who == ["SG"])
        #expect(try Self.check(try Self.scenario(meetings: Self.day, extra: fixed), [Self.aPlacement("prep", "icc", "2023-05-11")]).hard.isEmpty)
    }

    @Test func venueNotAllowed_penalized() throws {
        let report = try Self.check(try Self.scenario(meetings: Self.day), [Self.aPlacement("prep", "online", "2023-05-10")])
        #expect(Self.hardRules(report) == ["venue-not-allowed"])
    }

    @Test func mistypedYearIsOutsideTheHorizonAndCheapToCheck() throws {
        let report = try Self.check(try Self.scenario(meetings: Self.day), [Self.aPlacement("prep", "icc", "2203-05-10")])
        #expect(Self.hardRules(report) == ["horizon-missed"])
    }

    @Test func placementsThatCannotBeCheckedAreListed() throws {
        let scenario = try Self.scenario(meetings: Self.twoSessions)
        let report = try Self.check(scenario, [Self.aPlacement("a", "icc", "2023-05-10", "12:00", "10:00"),
                                               Self.aPlacement("b", "nowhere", "2023-05-10"),
                                               Self.aPlacement("c", "icc", "2023-05-10")])
        #expect(report.meetingOrder.isEmpty)
        #expect(report.unchecked.map(\.meeting) == ["a", "b", "c"])
        #expect(report.unchecked.map(\.reason) == ["ends (2023-05-10 10:00) no later than it starts (2023-05-10 12:00)",
                                                   "no venue 'nowhere' in the scenario", "no meeting 'c' in the scenario"])
    }

    // MARK: Soft rules: the planner's formulas

    static func soft(_ report: CheckReport) -> [String: Int] {
        report.soft.reduce(into: [:]) { $0[$1.rule.rawValue, default: 0] += $1.cost }
    }

    @Test func preferredWindow_penalized() throws {
        let meetings = "  - { id: prep, kind: preparatory, days: 1, venues: [icc], prefer: { window: 2023-05-12 } }\n"
        let scenario = try Self.scenario(meetings: meetings)
        #expect(Self.soft(try Self.check(scenario, [Self.aPlacement("prep", "icc", "2023-05-10")])) == ["preferred-window": 20])
        #expect(Self.soft(try Self.check(scenario, [Self.aPlacement("prep", "icc", "2023-05-15")])) == ["preferred-window": 30])
    }

    @Test func preferredStart_penalized() throws {
        let meetings = "  - { id: a, kind: other, hours: 2, venues: [icc], prefer: { start: \"10:00\" } }\n"
        let scenario = try Self.scenario(meetings: meetings)
        #expect(Self.soft(try Self.check(scenario, [Self.aPlacement("a", "icc", "2023-05-10", "09:00", "11:00")])) == ["preferred-start": 8])
        #expect(Self.soft(try Self.check(scenario, [Self.aPlacement("a", "icc", "2023-05-10", "10:00", "12:00")])).isEmpty)
    }

    @Test func minorHoliday_penalized() throws {
        // Labour Day is a holiday in Singapore, not in Brunei.
        let report = try Self.check(try Self.scenario(meetings: Self.day), [Self.aPlacement("prep", "icc", "2023-05-01")])
        #expect(report.hard.isEmpty)
        #expect(Self.soft(report) == ["minor-holiday": 30])
        #expect(report.soft[0].message.contains("2023-05-01 is Labour Day (rule) in Singapore"))
    }

    @Test func nextToMajorHoliday_penalized() throws {
        let report = try Self.check(try Self.scenario(meetings: Self.day), [Self.aPlacement("prep", "icc", "2023-08-10")])
        #expect(report.hard.isEmpty)
        #expect(Self.soft(report) == ["next-to-major-holiday": 15])
    }

    @Test func attendeeWeekend_penalized() throws {
        // Saturday is a working day in Brunei and a weekend day in Singapore.
        let meetings = "  - { id: a, kind: other, hours: 2, venues: [online] }\n"
        let report = try Self.check(try Self.scenario(meetings: meetings), [Self.aPlacement("a", "online", "2023-05-13", "10:00", "12:00")])
        #expect(report.hard.isEmpty)
        #expect(Self.soft(report) == ["attendee-weekend": 30])
        #expect(report.soft[0].who == ["SG"])
    }

    @Test func ramadan_penalized() throws {
        let report = try Self.check(try Self.scenario(meetings: Self.day), [Self.aPlacement("prep", "icc", "2023-04-05")])
        #expect(report.hard.isEmpty)
        #expect(Self.soft(report) == ["ramadan": 40])
        let online = "  - { id: a, kind: other, hours: 2, venues: [online] }\n"
        let remote = try Self.check(try Self.scenario(meetings: online), [Self.aPlacement("a", "online", "2023-04-05", "10:00", "12:00")])
        #expect(Self.soft(remote).isEmpty)
    }

    @Test func remoteComfortAndFairness_penalized() throws {
        // One hour before 09:00 for each: 5 points each, 10 for the worst off.
        let meetings = "  - { id: a, kind: other, hours: 2, venues: [online] }\n"
        let report = try Self.check(try Self.scenario(meetings: meetings), [Self.aPlacement("a", "online", "2023-05-10", "08:00", "10:00")])
        #expect(report.hard.isEmpty)
        #expect(Self.soft(report) == ["remote-comfort": 10, "remote-fairness": 10])
    }

    @Test func sideEventGap_penalized() throws {
        let meetings = """
          - { id: som, kind: som, days: 1, venues: [icc] }
          - { id: forum, kind: forum, days: 1, venues: [icc], after: { meeting: som, days: 1..5 } }

        """
        let scenario = try Self.scenario(meetings: meetings)
        let far = try Self.check(scenario, [Self.aPlacement("som", "icc", "2023-05-08"), Self.aPlacement("forum", "icc", "2023-05-11")])
        // Three days after; the next day or the one after cost nothing: 1 day × 20.
        #expect(far.hard.isEmpty)
        #expect(Self.soft(far) == ["side-event-gap": 20])
        let near = try Self.check(scenario, [Self.aPlacement("som", "icc", "2023-05-08"), Self.aPlacement("forum", "icc", "2023-05-09")])
        #expect(Self.soft(near).isEmpty)
    }

    @Test func venueChange_penalized() throws {
        let venues = "  - { id: icc, rooms: 2 }\n  - { id: hall, rooms: 1 }\n"
        let meetings = """
          - { id: som, kind: som, days: 1, venues: [icc] }
          - { id: heads, kind: heads, days: 1, venues: [icc, hall], after: { meeting: som, days: 1 } }

        """
        let scenario = try Self.scenario(venues: venues, meetings: meetings)
        let moved = try Self.check(scenario, [Self.aPlacement("som", "icc", "2023-05-08"), Self.aPlacement("heads", "hall", "2023-05-09")])
        #expect(moved.hard.isEmpty)
        #expect(Self.soft(moved) == ["venue-change": 50])
        #expect(moved.soft[0].meetings == ["som", "heads"])
        let stayed = try Self.check(scenario, [Self.aPlacement("som", "icc", "2023-05-08"), Self.aPlacement("heads", "icc", "2023-05-09")])
        #expect(Self.soft(stayed).isEmpty)
    }

    // MARK: Plans check clean, with the plan's objective

    /// Small scenarios whose plans carry costs of every kind the planner charges.
    static let costlyScenarios: [String] = [
        """
        body: { name: Test Body, short: TB }
        chair: BN
        members: [BN, SG]
        horizon: { from: 2023-03-20, to: 2023-12-31 }
        venues:
          - { id: icc, rooms: 2 }
          - { id: hall, rooms: 1 }
          - { id: online, virtual: true }
        meetings:
          - { id: prep, kind: preparatory, days: 1, venues: [icc], window: 2023-04-03..2023-04-06, prefer: { window: 2023-04-14 } }
          - { id: som, kind: som, days: 1, venues: [hall], after: { meeting: prep, days: 1..2 } }
          - { id: forum, kind: forum, days: 1, venues: [icc], window: 2023-04-17..2023-04-20, after: { meeting: som, days: 1.. } }
          - { id: call, kind: other, hours: 6, venues: [online], window: 2023-05-13, attendees: [BN, SG, MM, JP], prefer: { start: "12:00" } }
          - { id: labour, kind: other, days: 1, venues: [icc], window: 2023-05-01 }
          - { id: after-nd, kind: other, days: 1, venues: [icc], window: 2023-08-10 }
        """,
        // Two cities, a hybrid session with Sydney in daylight saving time,
        // a fixed event, a two-day meeting in Ramadan, an early online call.
        """
        body: { name: Test Body, short: TB }
        chair: MY
        members: [MY, ID, MM, PH]
        partners: [JP, AU]
        horizon: { from: 2024-03-01, to: 2024-06-30 }
        venues:
          - { id: kl, rooms: 1 }
          - { id: jkt, country: ID, city: Jakarta, rooms: 1 }
          - { id: online, virtual: true }
        meetings:
          - { id: som, kind: som, days: 2, venues: [kl, jkt], window: 2024-03-18..2024-03-29 }
          - { id: dialogue, kind: dialogue, hours: 3, venues: [kl], mode: hybrid, remote: [JP, AU], attendees: [members, JP, AU], after: { meeting: som, days: 0..1 } }
          - { id: heads, kind: heads, days: 1, venues: [kl, jkt], after: { meeting: som, days: 2..3 }, prefer: { window: 2024-04-20..2024-04-30 } }
          - { id: p3, kind: plus-three-som, hours: 5, venues: [online], attendees: [members, JP], after: { meeting: heads, days: 5.. }, prefer: { start: "07:30" } }
        fixed:
          - { title: Summit, from: 2024-03-25, to: 2024-03-26, attendees: [PH] }
        """,
    ]

    @Test func plansCheckCleanWithTheirObjective() throws {
        var texts = Self.costlyScenarios
        for url in RepositoryPaths.shippedScenarios {
            texts.append(try String(contentsOf: url, encoding: .utf8))
        }
        var planned = 0
        for text in texts {
            let outcome = try PlanningFixtures.plan(text)
            guard let plan = outcome.plan else { continue }
            planned += 1
            let scenario = outcome.model.scenario
            let built = ScheduleBuilder.fromPlan(try PlanFile(path: "plan.json", plan: plan), scenario: scenario)
            #expect(built.diagnostics.isEmpty)
            let report = try ScheduleChecker(scenario: scenario).check(built.schedule)
            #expect(report.hard.isEmpty, "\(scenario.file): \(report.hard.map(\.message))")
            #expect(report.objective == plan.objective, "\(plan.body) \(plan.cycle ?? 0): check \(report.breakdown), plan \(plan.breakdown)")
            #expect(report.breakdown == Dictionary(uniqueKeysWithValues: plan.breakdown.map { ($0.key.rawValue, $0.value) }))
            #expect(report.unchecked.isEmpty)
        }
        #expect(planned == texts.count)
    }

    @Test func costlyScenarioReallyCostsSomething() throws {
        let plan = try #require(try PlanningFixtures.plan(Self.costlyScenarios[0]).plan)
        #expect(Set(plan.breakdown.keys.map(\.rawValue)).isSuperset(of: ["preferred-window", "preferred-start", "side-event-gap", "venue-change", "remote-comfort",
                                                          "remote-fairness", "minor-holiday", "next-to-major-holiday", "ramadan",
                                                          "attendee-weekend"]))
    }

    // MARK: The shipped records

    static func shipped(_ name: String) throws -> Scenario {
        let text = try String(contentsOf: RepositoryPaths.scenarios.appendingPathComponent(name), encoding: .utf8)
        let loaded = ScenarioLoader().load(text: text, file: name)
        return try #require(loaded.scenario)
    }

    @Test func bruneiAsHeldChecksClean() throws {
        // 5-7 August 2024 in Bandar Seri Begawan: no weekend (Friday and
        // Sunday), no holiday of Brunei or of any attending country, and no
        // Ramadan; every meeting is pinned with a start, so all are checked.
        let scenario = try Self.shipped("accsm-22-brunei-held.yaml")
        let built = ScheduleBuilder.fromPinned(scenario)
        #expect(built.diagnostics.isEmpty)
        let report = try ScheduleChecker(scenario: scenario).check(built.schedule)
        #expect(report.meetingOrder == ["som", "plus-three-som", "forum", "heads", "plus-three-heads"])
        #expect(report.hard.isEmpty)
        #expect(report.soft.isEmpty)
        #expect(report.unchecked.isEmpty)
    }

    @Test func vietNamAsHeldLacksStartTimesForItsOnlineSessions() throws {
        // The 2021 online sessions are pinned to a day without a start, and
        // the focal points meeting to no day: those are left out with a
        // warning that says where, and the rest is checked.
        let scenario = try Self.shipped("accsm-21-vietnam.yaml")
        let built = ScheduleBuilder.fromPinned(scenario)
        let text = try String(contentsOf: RepositoryPaths.scenarios.appendingPathComponent("accsm-21-vietnam.yaml"), encoding: .utf8)
        let dateLines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            .filter { $0.element.contains("date: 2021-04-08") }.map { $0.offset + 1 }
        #expect(built.diagnostics.map(\.description) == dateLines.prefix(2).enumerated().map { index, line in
            "accsm-21-vietnam.yaml:\(line):11: warning: meeting '\(index == 0 ? "prep" : "som-2021")' is pinned to 2021-04-08 but has no start: a session needs one to be checked; it is left out"
        })
        #expect(!built.hasErrors)
        #expect(Set(built.schedule.unplaced.map(\.meeting)) == ["prep", "som-2021", "focal-points"])
        // What is placed (the Ha Noi week of August 2022) checks clean.
        let report = try ScheduleChecker(scenario: scenario).check(built.schedule)
        #expect(report.meetingOrder == ["som", "dialogue-au", "forum", "heads"])
        #expect(report.hard.isEmpty)
    }

    // MARK: Calendars

    @Test func calendarEventsAreMatchedByUIDAndTitle() throws {
        let meetings = """
          - { id: prep, kind: preparatory, title: Preparatory Meeting, days: 1, venues: [icc] }
          - { id: call, kind: other, title: Video call, hours: 2, venues: [online] }

        """
        let scenario = try Self.scenario(meetings: meetings)
        let ics = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN",
            "BEGIN:VEVENT", "UID:tb-3-prep@convene", "DTSTAMP:20230101T000000Z", "SUMMARY:Anything",
            "DTSTART;TZID=Asia/Brunei:20230512T090000", "DTEND;TZID=Asia/Brunei:20230512T173000", "END:VEVENT",
            "BEGIN:VEVENT", "UID:elsewhere-1", "DTSTAMP:20230101T000000Z", "SUMMARY:Video  call",
            "DTSTART:20230510T020000Z", "DURATION:PT2H", "END:VEVENT",
            "BEGIN:VEVENT", "UID:other", "DTSTAMP:20230101T000000Z", "SUMMARY:Lunch",
            "DTSTART:20230510T040000Z", "END:VEVENT",
            "END:VCALENDAR", "",
        ].joined(separator: "\r\n")
        let built = CalendarScheduleReader.read([.init(file: "cal.ics", text: ics)], scenario: scenario, unmatchedExpected: true)
        #expect(built.diagnostics.map(\.description) == ["cal.ics:18:1: warning: event 'Lunch' on 2023-05-10 matches no meeting of test.yaml by UID or title; not checked"])
        #expect(built.unmatchedEvents == 1)
        let strict = CalendarScheduleReader.read([.init(file: "cal.ics", text: ics)], scenario: scenario)
        #expect(strict.hasErrors)
        #expect(built.schedule.items == [Self.aPlacement("prep", "icc", "2023-05-12"),
                                         Self.aPlacement("call", "online", "2023-05-10", "10:00", "12:00")])
        let report = try ScheduleChecker(scenario: scenario).check(built.schedule)
        #expect(Self.hardRules(report) == ["weekend"])
    }

    @Test func allDayEventTakesTheVenuesOpeningHours() throws {
        let scenario = try Self.scenario(meetings: "  - { id: prep, kind: preparatory, days: 2, venues: [icc] }\n")
        let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:TB-3-prep@x\r\nDTSTAMP:20230101T000000Z\r\n"
            + "DTSTART;VALUE=DATE:20230510\r\nDTEND;VALUE=DATE:20230512\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        let built = CalendarScheduleReader.read([.init(file: "c.ics", text: ics)], scenario: scenario)
        #expect(built.diagnostics.isEmpty)
        #expect(built.schedule.items == [Self.aPlacement("prep", "icc", "2023-05-10", last: "2023-05-11")])
    }

    @Test func planEntriesForUnknownMeetingsPointAtTheirLine() throws {
        let scenario = try Self.scenario(meetings: Self.day)
        let outcome = try PlanningFixtures.plan("""
        body: { name: Test Body, short: TB }
        chair: BN
        members: [BN, SG]
        horizon: { from: 2023-05-01, to: 2023-05-31 }
        venues: [{ id: icc }]
        meetings: [{ id: other, kind: other, days: 1, venues: [icc] }]
        """)
        let plan = try #require(outcome.plan)
        let text = String(decoding: try PlanJSON.encode(plan), as: UTF8.self)
        let built = ScheduleBuilder.fromPlan(try PlanFile(path: "plan.json", data: Data(text.utf8)), scenario: scenario)
        let line = (text.components(separatedBy: "\n").firstIndex { $0.contains("\"id\" : \"other\"") } ?? -1) + 1
        #expect(built.diagnostics.map(\.description) == ["plan.json:\(line):7: error: the plan places 'other', which is not a meeting of test.yaml"])
        #expect(built.schedule.unplaced.map(\.meeting) == ["prep"])
    }

    @Test func brokenCalendarIsAnErrorWithItsLine() throws {
        let scenario = try Self.scenario(meetings: Self.day)
        let built = CalendarScheduleReader.read([.init(file: "bad.ics", text: "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n")],
                                                scenario: scenario)
        #expect(built.hasErrors)
        #expect(built.diagnostics.first?.location?.file == "bad.ics")
    }

    // MARK: Scale

    /// Checks a synthetic schedule: 1,000 meetings by default, 10,000 with
    /// CONVENE_BENCH=1 (run it on a release build:
    /// `CONVENE_BENCH=1 swift test -c release --filter ScheduleCheckerTests/scale`).
    /// Prints the time; asserts only that the work was done.
    @Test func scale() throws {
        let count = ProcessInfo.processInfo.environment["CONVENE_BENCH"] == "1" ? 10_000 : 1_000
        let (scenario, schedule) = SyntheticSchedule.make(meetings: count)
        let clock = ContinuousClock()
        var report: CheckReport?
        let elapsed = try clock.measure { report = try ScheduleChecker(scenario: scenario).check(schedule) }
        let result = try #require(report)
        print("checked \(count) meetings in \(elapsed): \(result.hard.count) hard, \(result.soft.count) soft findings")
        #expect(result.meetingOrder.count == count)
    }
}
