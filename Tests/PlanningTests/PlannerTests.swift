import ConveneTestSupport
import Testing
@testable import Planning
@testable import Scenarios

/// The planner on small scenarios whose answer is known by hand; each hard
/// rule shown enforced by a scenario that breaks only it. Every plan is
/// re-checked against its model by `PlanningFixtures`.
@Suite struct PlannerTests {
    /// Brunei chairs, members BN and SG only (so few holidays interfere),
    /// in May 2023, clear of both countries' holidays.
    static func scenario(venues: String = "  - { id: icc, rooms: 2 }\n  - { id: online, virtual: true }\n",
                         meetings: String, extra: String = "") -> String {
        """
        body: { name: Test Body, short: TB }
        cycle: 3
        chair: BN
        members: [BN, SG]
        horizon: { from: 2023-05-01, to: 2023-12-31 }
        venues:
        \(venues)meetings:
        \(meetings)\(extra)
        """
    }

    static let prepAndSOM = """
          - { id: prep, kind: preparatory, days: 1, venues: [icc], window: 2023-05-08..2023-05-19, prefer: { window: 2023-05-12 } }
          - { id: som, kind: som, days: 1, venues: [icc], after: { meeting: prep, days: 1 } }

        """

    @Test func knownOptimumAroundBruneisFridayWeekend() throws {
        // Preferred Friday 12 May is a weekend day in Brunei. Thursday would
        // push the SOM to Friday, Saturday to Sunday; so Wednesday (2 days
        // off, 20 points) beats Monday the 15th (3 days, 30 points).
        let plan = try #require(try PlanningFixtures.plan(Self.scenario(meetings: Self.prepAndSOM)).plan)
        #expect(plan.meetings.map(\.date.description) == ["2023-05-10", "2023-05-11"])
        #expect(plan.objective == 20)
        #expect(plan.breakdown == [.preferredWindow: 20])
        #expect(plan.solver.provenOptimal)
        #expect(plan.solver.lowerBound == 20)
    }

    @Test func weekendOfTheHostIsEnforced() throws {
        let meetings = "  - { id: prep, kind: preparatory, days: 1, venues: [icc], date: 2023-05-12 }\n"
        let reasons = try #require(try PlanningFixtures.plan(Self.scenario(meetings: meetings)).infeasibility)
        #expect(reasons.reasons.map(\.rule) == ["calendar"])
        #expect(reasons.reasons[0].message.contains("a weekend day in Brunei Darussalam"))
    }

    @Test func closedVenueIsEnforced() throws {
        let venues = "  - { id: icc, rooms: 2, closed: [2023-05-08..2023-05-19] }\n"
        let meetings = "  - { id: prep, kind: preparatory, days: 1, venues: [icc], window: 2023-05-08..2023-05-19 }\n"
        let reasons = try #require(try PlanningFixtures.plan(Self.scenario(venues: venues, meetings: meetings)).infeasibility)
        #expect(reasons.reasons.count == 1)
        #expect(reasons.reasons[0].message.contains("venue icc closed"))
    }

    @Test func roomsAreEnforced() throws {
        let meetings = """
          - { id: a, kind: other, days: 1, venues: [icc], window: 2023-05-08, attendees: [BN] }
          - { id: b, kind: other, days: 1, venues: [icc], window: 2023-05-08, attendees: [SG] }

        """
        let two = try PlanningFixtures.plan(Self.scenario(meetings: meetings))
        #expect(two.plan != nil)
        let one = Self.scenario(venues: "  - { id: icc, rooms: 1 }\n", meetings: meetings)
        let reasons = try #require(try PlanningFixtures.plan(one).infeasibility)
        // Each alone could be placed; their one-day windows clash for the single room.
        #expect(reasons.reasons.map(\.rule) == ["window", "window"])
        #expect(reasons.background?.contains("rooms") == true)
        let anyDay = Self.scenario(venues: "  - { id: icc, rooms: 1 }\n", meetings: meetings.replacingOccurrences(of: ", window: 2023-05-08", with: ", date: 2023-05-08"))
        #expect(try PlanningFixtures.plan(anyDay).infeasibility?.reasons.map(\.rule) == ["date", "date"])
    }

    @Test func delegationsAreNeverInTwoMeetingsAtOnce() throws {
        let meetings = """
          - { id: a, kind: other, hours: 3, venues: [online], window: 2023-05-08 }
          - { id: b, kind: other, hours: 3, venues: [online], window: 2023-05-08 }

        """
        let plan = try #require(try PlanningFixtures.plan(Self.scenario(meetings: meetings)).plan)
        let (a, b) = (plan.meetings[0], plan.meetings[1])
        #expect(a.model.end <= b.model.start || b.model.end <= a.model.start)
    }

    @Test func travelBetweenCitiesIsEnforced() throws {
        // A session in Bandar Seri Begawan ends at 11:00; Singapore is
        // about 1,300 km away, so the same afternoon is too soon.
        let venues = """
          - { id: icc, rooms: 2 }
          - { id: sg, country: SG, city: Singapore, hours: "09:00-17:30" }

        """
        let meetings = """
          - { id: a, kind: other, hours: 2, venues: [icc], date: 2023-05-08, start: "09:00" }
          - { id: b, kind: other, hours: 2, venues: [sg], after: { meeting: a, days: 0..1 } }

        """
        let plan = try #require(try PlanningFixtures.plan(Self.scenario(venues: venues, meetings: meetings)).plan)
        #expect(plan.meetings[1].date.description == "2023-05-09")
        let sameDay = meetings.replacingOccurrences(of: "days: 0..1", with: "days: 0")
        let reasons = try #require(try PlanningFixtures.plan(Self.scenario(venues: venues, meetings: sameDay)).infeasibility)
        #expect(!reasons.reasons.isEmpty)
    }

    @Test func remoteHoursStayBetweenSevenAndNine() throws {
        let meetings = "  - { id: call, kind: other, hours: 4, venues: [online], window: 2023-05-08, attendees: [BN, MM, JP] }\n"
        let plan = try #require(try PlanningFixtures.plan(Self.scenario(meetings: meetings)).plan)
        // Yangon is 90 minutes behind Brunei: 07:00 there is 08:30 in Brunei.
        #expect(plan.meetings[0].localStart.description >= "08:30")
        let early = meetings.replacingOccurrences(of: "window: 2023-05-08", with: "date: 2023-05-08, start: \"07:30\"")
        let reasons = try #require(try PlanningFixtures.plan(Self.scenario(meetings: early)).infeasibility)
        #expect(reasons.reasons[0].message.contains("no start within 07:00-21:00 for MM"))
    }

    @Test func fixedEventsAreRespected() throws {
        let meetings = "  - { id: prep, kind: preparatory, days: 1, venues: [icc], window: 2023-05-08..2023-05-10 }\n"
        let fixed = "fixed:\n  - { title: Summit, from: 2023-05-08, to: 2023-05-09, attendees: [SG] }\n"
        let plan = try #require(try PlanningFixtures.plan(Self.scenario(meetings: meetings, extra: fixed)).plan)
        #expect(plan.meetings[0].date.description == "2023-05-10")
    }

    @Test func infeasibilityIsExplainedMinimally() throws {
        // The SOM must come 180 days after a preparatory meeting in May,
        // but the SOM's own window ends in September: the two rules (and
        // the window of prep) conflict; the forum's rule is irrelevant.
        let meetings = """
          - { id: prep, kind: preparatory, days: 1, venues: [icc], window: 2023-05-08..2023-05-19 }
          - { id: som, kind: som, days: 1, venues: [icc], window: 2023-06-01..2023-09-30, after: { meeting: prep, days: 180.. } }
          - { id: forum, kind: forum, days: 1, venues: [icc], after: { meeting: prep, days: 1..3 } }

        """
        let reasons = try #require(try PlanningFixtures.plan(Self.scenario(meetings: meetings)).infeasibility)
        #expect(reasons.isMinimal)
        #expect(Set(reasons.reasons.map(\.rule)) == ["after", "window"])
        #expect(reasons.reasons.allSatisfy { !$0.meetings.contains("forum") })
        #expect(reasons.reasons.contains { $0.message.contains("must come 180 days or more after") })
        // Minimal, checked from outside: dropping either rule gives a plan.
        let withoutAfter = meetings.replacingOccurrences(of: ", after: { meeting: prep, days: 180.. }", with: "")
        #expect(try PlanningFixtures.plan(Self.scenario(meetings: withoutAfter)).plan != nil)
        let withoutWindow = meetings.replacingOccurrences(of: ", window: 2023-06-01..2023-09-30", with: "")
        #expect(try PlanningFixtures.plan(Self.scenario(meetings: withoutWindow)).plan != nil)
    }

    @Test func keepMovesOnlyWhatMust() throws {
        let meetings = """
          - { id: prep, kind: preparatory, days: 1, venues: [icc], window: 2023-05-08..2023-05-19, prefer: { window: 2023-05-12 } }
          - { id: som, kind: som, days: 1, venues: [icc], after: { meeting: prep, days: 1..7 } }
          - { id: focal, kind: focal-points, hours: 2, venues: [online], window: 2023-07-03..2023-07-07 }

        """
        let first = try #require(try PlanningFixtures.plan(Self.scenario(meetings: meetings)).plan)
        let som = first.meetings[1].date
        // The venue closes on the SOM's day: the SOM moves, the others stay,
        // even though prep could now get closer to its preferred day.
        let venues = "  - { id: icc, rooms: 2, closed: [\(som)] }\n  - { id: online, virtual: true }\n"
        let second = try #require(try PlanningFixtures.plan(Self.scenario(venues: venues, meetings: meetings), keep: first).plan)
        #expect(second.movedCount == 1)
        #expect(second.meetings[0].date == first.meetings[0].date)
        #expect(second.meetings[2].date == first.meetings[2].date)
        #expect(second.meetings[1].moved?.reason.contains("closed") == true)
        #expect(second.meetings[1].date != som)
    }

    @Test func sameSeedSameBytes() throws {
        let text = Self.scenario(meetings: Self.prepAndSOM)
        let a = try #require(try PlanningFixtures.plan(text).plan)
        let b = try #require(try PlanningFixtures.plan(text).plan)
        #expect(try PlanJSON.encode(a) == PlanJSON.encode(b))
    }
}

/// Regressions found by using the planner.
@Suite struct PlannerRegressionTests {
    /// A two-day hybrid meeting in Kuala Lumpur with Myanmar remote: each
    /// day (09:00-17:30 at +08:00) is 07:30-16:00 in Yangon, so it fits;
    /// the check once spanned the first day's start to the last day's end.
    @Test func multiDayHybridChecksEachDaysSitting() throws {
        let text = """
        body: { name: Test Body, short: TB }
        chair: MY
        members: [MY, MM]
        horizon: { from: 2023-05-01, to: 2023-12-31 }
        venues:
          - { id: kl, rooms: 2 }
        meetings:
          - { id: som, kind: som, days: 2, venues: [kl], mode: hybrid, remote: [MM], window: 2023-05-15..2023-05-19 }

        """
        let plan = try #require(try PlanningFixtures.plan(text).plan)
        #expect(plan.meetings[0].remote == ["MM"])
        #expect(plan.meetings[0].date.description == "2023-05-15")
    }
}
