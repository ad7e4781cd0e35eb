import Calendars
import ConveneTestSupport
import Foundation
import ICalendar
import Testing
@testable import Planning
@testable import Scenarios
@testable import CalendarExchange

/// Calendar state across re-plans: SEQUENCE, last change, unchanged bytes,
/// cancellations and how long they stay (Docs/ICalendar.md, "Change rules").
@Suite struct CalendarLedgerTests {
    static let scenario = PlanCalendarTests.zones

    /// A plan's state as `plan` records it, at `seconds` since 1970.
    static func state(_ plan: Plan, _ scenario: Scenario, previous: CalendarState?, at seconds: Int) throws -> CalendarState {
        let stamp = ICalDateTime(utcSecondsSince1970: seconds)
        let current = try PlanCalendar(plan: plan, scenario: scenario).ledgerInput(.init(timestamp: stamp))
        return CalendarLedger.next(previous: previous, current: current, stamp: CivilClock.rfc3339(Int64(seconds)),
                                   stampDay: Day(daysSince1970: seconds / 86_400))
    }

    static func feed(_ plan: Plan, _ scenario: Scenario, _ state: CalendarState, delegation: String? = nil) throws -> VCalendar {
        var options = PlanCalendar.Options(timestamp: ICalDateTime(utcSecondsSince1970: 1))
        options.state = state
        options.delegation = delegation
        return try ICalendarParser().parseCalendar(try PlanCalendar(plan: plan, scenario: scenario).text(options))
    }

    static func events(_ calendar: VCalendar) -> [String: VEvent] {
        Dictionary(uniqueKeysWithValues: calendar.events.compactMap { event in event.uid.map { ($0, event) } })
    }

    static let first = 1_672_531_200   // 2023-01-01
    static let later = 1_675_209_600   // 2023-02-01

    @Test func anUnchangedPlanKeepsEveryEventsBytesAndSequence() throws {
        let (plan, scenario) = try PlanCalendarTests.planned()
        let before = try Self.state(plan, scenario, previous: nil, at: Self.first)
        let after = try Self.state(plan, scenario, previous: before, at: Self.later)
        #expect(after.events == before.events)
        #expect(after.stamp != before.stamp)
        let text = { (state: CalendarState) throws -> String in
            var options = PlanCalendar.Options(timestamp: ICalDateTime(utcSecondsSince1970: 99))
            options.state = state
            return try PlanCalendar(plan: plan, scenario: scenario).text(options)
        }
        // DTSTAMP comes from the state, not the clock: same bytes.
        #expect(try text(before) == text(after))
        #expect(try text(after).contains("DTSTAMP:20230101T000000Z\r\nLAST-MODIFIED:20230101T000000Z\r\n"))
    }

    @Test func aMovedMeetingGoesOneSequenceUpAndTheOthersKeepTheirs() throws {
        let (plan, scenario) = try PlanCalendarTests.planned()
        let before = try Self.state(plan, scenario, previous: nil, at: Self.first)
        let som = try #require(plan.meetings.first { $0.id == "som" })
        let changed = Self.scenario.replacingOccurrences(
            of: "latitude: 16.8", with: "closed: [\(som.date)..\(som.lastDate)], latitude: 16.8")
        let (moved, movedScenario) = try PlanCalendarTests.planned(changed, keep: plan)
        let after = try Self.state(moved, movedScenario, previous: before, at: Self.later)
        for event in after.events {
            let old = try #require(before.event(event.uid))
            if event.meeting == "som" {
                #expect(event.sequence == old.sequence + 1, "\(event.uid)")
                #expect(event.lastModified == "2023-02-01T00:00:00Z")
                #expect(event.utcStart != old.utcStart)
            } else {
                #expect(event == old, "\(event.uid)")
            }
        }
        let feed = Self.events(try Self.feed(moved, movedScenario, after))
        #expect(try feed["tb-5-som@convene.asean"]?.sequence() == 1)
        #expect(try feed["tb-5-focal@convene.asean"]?.sequence() == 0)
        #expect(feed["tb-5-focal@convene.asean"]?.component.property("DTSTAMP")?.value == "20230101T000000Z")
    }

    @Test func aRemovedMeetingIsCancelledOneSequenceUpAndStaysForTheRetention() throws {
        let (plan, scenario) = try PlanCalendarTests.planned()
        let before = try Self.state(plan, scenario, previous: nil, at: Self.first)
        // Drop the dialogue: AU's feed and the plan's must cancel it.
        let fewer = Self.scenario.replacingOccurrences(
            of: "  - { id: dialogue, kind: dialogue, hours: 2, venues: [online], attendees: [chair, AU], window: 2023-03-13..2023-03-17 }\n",
            with: "")
        let (smaller, smallerScenario) = try PlanCalendarTests.planned(fewer, keep: plan)
        let after = try Self.state(smaller, smallerScenario, previous: before, at: Self.later)
        let cancelled = try #require(after.event("tb-5-dialogue@convene.asean"))
        #expect(cancelled.status == "CANCELLED")
        #expect(cancelled.sequence == 1)
        #expect(cancelled.lastModified == "2023-02-01T00:00:00Z")
        for delegation in [nil, "AU"] as [String?] {
            let feed = Self.events(try Self.feed(smaller, smallerScenario, after, delegation: delegation))
            let event = try #require(feed["tb-5-dialogue@convene.asean"], "\(delegation ?? "plan")")
            #expect(event.status == "CANCELLED")
            #expect(try event.sequence() == 1)
            #expect(event.summary?.hasPrefix("Cancelled: ") == true)
        }
        // Singapore never attended it: not in its feed.
        #expect(Self.events(try Self.feed(smaller, smallerScenario, after, delegation: "SG"))["tb-5-dialogue@convene.asean"] == nil)
        // A later plan keeps it as it was until 30 days after its day (the
        // dialogue is in March 2023), then drops it.
        let april = try Self.state(smaller, smallerScenario, previous: after, at: 1_681_084_800)   // 2023-04-10
        #expect(april.event("tb-5-dialogue@convene.asean") == cancelled)
        let june = try Self.state(smaller, smallerScenario, previous: april, at: 1_685_577_600)    // 2023-06-01
        #expect(june.event("tb-5-dialogue@convene.asean") == nil)
    }

    @Test func aDelegationDroppedFromAMeetingSeesItCancelledInItsOwnFeed() throws {
        let (plan, scenario) = try PlanCalendarTests.planned()
        let before = try Self.state(plan, scenario, previous: nil, at: Self.first)
        let withoutAU = Self.scenario.replacingOccurrences(of: "attendees: [members, AU], window: 2023-11-14",
                                                           with: "attendees: [members], window: 2023-11-14")
        let (next, nextScenario) = try PlanCalendarTests.planned(withoutAU, keep: plan)
        let after = try Self.state(next, nextScenario, previous: before, at: Self.later)
        let retreat = try #require(after.event("tb-5-retreat@convene.asean"))
        #expect(retreat.dropped == ["AU"])
        #expect(retreat.sequence == 1)
        let australia = Self.events(try Self.feed(next, nextScenario, after, delegation: "AU"))
        #expect(australia["tb-5-retreat@convene.asean"]?.status == "CANCELLED")
        let singapore = Self.events(try Self.feed(next, nextScenario, after, delegation: "SG"))
        #expect(singapore["tb-5-retreat@convene.asean"]?.status == "CONFIRMED")
    }

    @Test func aPlanWithoutStateStartsAtZeroAndOneForMoves() throws {
        let (plan, scenario) = try PlanCalendarTests.planned()
        let state = try Self.state(plan, scenario, previous: nil, at: Self.first)
        #expect(state.events.allSatisfy { $0.sequence == 0 && $0.status == "CONFIRMED" && $0.dropped.isEmpty })
        #expect(state.events.count == plan.meetings.count + 2)   // the SOM has three days
        #expect(state.events.map(\.uid).prefix(3) == ["tb-5-som@convene.asean", "tb-5-som-day-2@convene.asean",
                                                      "tb-5-som-day-3@convene.asean"])
    }

    @Test func stateRoundTripsThroughPlanJSON() throws {
        var (plan, scenario) = try PlanCalendarTests.planned()
        plan.calendar = try Self.state(plan, scenario, previous: nil, at: Self.first)
        let back = try PlanJSON.decode(try PlanJSON.encode(plan))
        #expect(back.calendar == plan.calendar)
    }
}
