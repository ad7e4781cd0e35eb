import Solving
import Testing

/// Hand-made models whose optimum is known; each hard rule is shown binding
/// by a pair of models that differ only in it.
@Suite struct SolverRuleTests {
    @Test func cheapestOptionWins() throws {
        let model = aModel(meetings: [aMeeting("m", [anOption(day: 0, cost: 5), anOption(day: 1, cost: 3), anOption(day: 2, cost: 7)])])
        let result = try solveAndCheck(model)
        #expect(result.status == .optimal)
        #expect(result.assignment == [1])
        #expect(result.objective == 3)
        #expect(result.lowerBound == 3)
    }

    /// g = 0 is allowed only when `then` starts after `first` ends.
    @Test func precedenceSameDayNeedsOrder_penalized() throws {
        let model = aModel(
            venues: [aVenue("v", rooms: 9)],
            meetings: [
                aMeeting("first", attendees: ["A"], [anOption(day: 0, from: 9, to: 12)]),
                aMeeting("then", attendees: ["B"], [
                    anOption(day: 0, from: 10, to: 12, cost: 0), anOption(day: 0, from: 13, to: 15, cost: 1), anOption(day: 1, cost: 5),
                ]),
            ],
            precedences: [FlatModel.Precedence(first: "first", then: "then", minDays: 0, maxDays: 1)])
        let result = try solveAndCheck(model)
        #expect(result.status == .optimal)
        #expect(result.assignment == [0, 1])
        #expect(result.objective == 1)
    }

    @Test func precedenceSameDayNeedsOrder_unpenalized() throws {
        let model = aModel(
            venues: [aVenue("v", rooms: 9)],
            meetings: [
                aMeeting("first", attendees: ["A"], [anOption(day: 0, from: 9, to: 12)]),
                aMeeting("then", attendees: ["B"], [anOption(day: 0, from: 10, to: 12, cost: 0), anOption(day: 0, from: 13, to: 15, cost: 1)]),
            ])
        #expect(try solveAndCheck(model).objective == 0)
    }

    @Test func precedenceGapBounds() throws {
        let first = aMeeting("first", attendees: ["A"], [anOption(day: 0, cost: 0), anOption(day: 5, cost: 4)])
        let then = aMeeting("then", attendees: ["B"], [anOption(day: 1, cost: 0), anOption(day: 8, cost: 2)])
        // minDays 3: day 1 is too early after day 0; day 8 after day 0 is fine (cost 2) and beats day 5 → 8 (cost 6).
        let minOnly = aModel(meetings: [first, then], precedences: [.init(first: "first", then: "then", minDays: 3, maxDays: nil)])
        #expect(try solveAndCheck(minOnly).objective == 2)
        // maxDays 3 as well: only day 5 → day 8 remains.
        let window = aModel(meetings: [first, then], precedences: [.init(first: "first", then: "then", minDays: 3, maxDays: 3)])
        let result = try solveAndCheck(window)
        #expect(result.assignment == [1, 1])
        #expect(result.objective == 6)
        // maxDays 2 too: nothing fits.
        let none = aModel(meetings: [first, then], precedences: [.init(first: "first", then: "then", minDays: 3, maxDays: 2 + 0)])
        #expect(throws: ModelError.self) { try Solver.solve(none) }
        let impossible = aModel(meetings: [first, then], precedences: [.init(first: "first", then: "then", minDays: 9, maxDays: 20)])
        let verdict = try solveAndCheck(impossible)
        #expect(verdict.status == .infeasible)
        #expect(verdict.assignment == nil)
        #expect(try Solver.isFeasible(impossible) == .infeasible)
    }

    @Test func roomsAreLimited_penalized() throws {
        let model = aModel(
            venues: [aVenue("v", rooms: 1)],
            meetings: [
                aMeeting("a", attendees: ["A"], [anOption(day: 0, cost: 0), anOption(day: 1, cost: 2)]),
                aMeeting("b", attendees: ["B"], [anOption(day: 0, from: 12, to: 13, cost: 0), anOption(day: 1, cost: 3)]),
            ])
        let result = try solveAndCheck(model)
        #expect(result.objective == 2)
        #expect(result.assignment == [1, 0])
    }

    @Test func roomsAreLimited_unpenalized() throws {
        let model = aModel(
            venues: [aVenue("v", rooms: 2)],
            meetings: [
                aMeeting("a", attendees: ["A"], [anOption(day: 0, cost: 0), anOption(day: 1, cost: 2)]),
                aMeeting("b", attendees: ["B"], [anOption(day: 0, from: 12, to: 13, cost: 0), anOption(day: 1, cost: 3)]),
            ])
        #expect(try solveAndCheck(model).objective == 0)
    }

    /// Three meetings in two rooms: any two may overlap, not all three.
    @Test func roomsCountDepthNotPairs() throws {
        let model = aModel(
            venues: [aVenue("v", rooms: 2)],
            meetings: [
                aMeeting("a", attendees: ["A"], [anOption(day: 0, from: 9, to: 12)]),
                aMeeting("b", attendees: ["B"], [anOption(day: 0, from: 11, to: 14)]),
                aMeeting("c", attendees: ["C"], [anOption(day: 0, from: 11, to: 12, cost: 0), anOption(day: 0, from: 12, to: 13, cost: 1), anOption(day: 0, from: 14, to: 15, cost: 4)]),
            ])
        let result = try solveAndCheck(model)
        #expect(result.assignment == [0, 0, 1])
        #expect(result.objective == 1)
    }

    @Test func attendeesDoNotOverlap_penalized() throws {
        let model = aModel(venues: [aVenue("v", rooms: 9)], meetings: [
            aMeeting("a", attendees: ["A", "B"], [anOption(day: 0, from: 9, to: 11)]),
            aMeeting("b", attendees: ["B", "C"], [anOption(day: 0, from: 10, to: 12, cost: 0), anOption(day: 0, from: 11, to: 13, cost: 1)]),
        ])
        let result = try solveAndCheck(model)
        #expect(result.assignment == [0, 1])
        #expect(result.objective == 1)
    }

    @Test func attendeesDoNotOverlap_unpenalized() throws {
        let model = aModel(venues: [aVenue("v", rooms: 9)], meetings: [
            aMeeting("a", attendees: ["A", "B"], [anOption(day: 0, from: 9, to: 11)]),
            aMeeting("b", attendees: ["C"], [anOption(day: 0, from: 10, to: 12, cost: 0), anOption(day: 0, from: 11, to: 13, cost: 1)]),
        ])
        #expect(try solveAndCheck(model).objective == 0)
    }

    /// Different sites need the travel time between the end of one and the
    /// start of the next; the same site needs none.
    @Test func travelBetweenSites() throws {
        let venues = [aVenue("here", site: 0), aVenue("there", site: 1), aVenue("next-door", site: 0)]
        let travel = [[0, 120], [120, 0]]
        let a = aMeeting("a", attendees: ["A"], [anOption("here", day: 0, from: 9, to: 11)])
        let far = aMeeting("b", attendees: ["A"], [anOption("there", day: 0, from: 12, to: 13, cost: 0), anOption("there", day: 0, from: 13, to: 14, cost: 1)])
        let result = try solveAndCheck(aModel(sites: ["x", "y"], travel: travel, venues: venues, meetings: [a, far]))
        #expect(result.assignment == [0, 1])
        #expect(result.objective == 1)
        let near = aMeeting("b", attendees: ["A"], [anOption("next-door", day: 0, from: 11, to: 12, cost: 0), anOption("there", day: 0, from: 13, to: 14, cost: 1)])
        #expect(try solveAndCheck(aModel(sites: ["x", "y"], travel: travel, venues: venues, meetings: [a, near])).objective == 0)
        // Someone else's travel does not matter.
        let other = aMeeting("b", attendees: ["B"], [anOption("there", day: 0, from: 12, to: 13, cost: 0), anOption("there", day: 0, from: 13, to: 14, cost: 1)])
        #expect(try solveAndCheck(aModel(sites: ["x", "y"], travel: travel, venues: venues, meetings: [a, other])).objective == 0)
    }

    @Test func sameVenueCost() throws {
        let venues = [aVenue("v0"), aVenue("v1")]
        let meetings = [
            aMeeting("a", attendees: ["A"], [anOption("v0", day: 0, cost: 0), anOption("v1", day: 0, cost: 3)]),
            aMeeting("b", attendees: ["B"], [anOption("v1", day: 1, cost: 0), anOption("v0", day: 1, cost: 2)]),
        ]
        let dear = try solveAndCheck(aModel(venues: venues, meetings: meetings, sameVenue: [.init(a: "a", b: "b", cost: 10)]))
        #expect(dear.assignment == [0, 1])
        #expect(dear.objective == 2)
        let cheap = try solveAndCheck(aModel(venues: venues, meetings: meetings, sameVenue: [.init(a: "a", b: "b", cost: 1)]))
        #expect(cheap.assignment == [0, 0])
        #expect(cheap.objective == 1)
        #expect(cheap.breakdown == ObjectiveBreakdown(options: 0, precedence: 0, sameVenue: 1))
    }

    @Test func preferredPrecedenceGap() throws {
        let costs = [0, 0, 1, 5, 0]  // days 1...5
        let model = aModel(
            meetings: [
                aMeeting("first", attendees: ["A"], [anOption(day: 0)]),
                aMeeting("then", attendees: ["B"], costs.enumerated().map { anOption(day: $0.offset + 1, cost: $0.element) }),
            ],
            precedences: [.init(first: "first", then: "then", minDays: 1, maxDays: nil, preferMinDays: 3, preferMaxDays: 4, costPerDay: 2)])
        // day 1: 0+4, day 2: 0+2, day 3: 1, day 4: 5, day 5: 0+2.
        let result = try solveAndCheck(model)
        #expect(result.assignment == [0, 2])
        #expect(result.objective == 1)
        #expect(result.breakdown == ObjectiveBreakdown(options: 1, precedence: 0, sameVenue: 0))
    }

    @Test func multiDayMeetingsCountFromTheirLastDay() throws {
        let model = aModel(
            meetings: [
                aMeeting("first", attendees: ["A"], [anOption(day: 0, lastDay: 2)]),
                aMeeting("then", attendees: ["B"], [anOption(day: 2, from: 18, to: 20, cost: 0), anOption(day: 3, cost: 1), anOption(day: 4, cost: 2)]),
            ],
            precedences: [.init(first: "first", then: "then", minDays: 1, maxDays: 1)])
        let result = try solveAndCheck(model)
        #expect(result.assignment == [0, 1])
    }

    @Test func emptyOptionsAreInfeasible() throws {
        let model = aModel(meetings: [aMeeting("a", []), aMeeting("b", [anOption(day: 0)])])
        #expect(try solveAndCheck(model).status == .infeasible)
    }

    @Test func hintIsKeptWhenItIsOptimal() throws {
        let model = aModel(venues: [aVenue("v", rooms: 5)], meetings: [
            aMeeting("a", attendees: ["A"], [anOption(day: 0, cost: 1), anOption(day: 1, cost: 1)]),
            aMeeting("b", attendees: ["B"], [anOption(day: 0, cost: 1), anOption(day: 1, cost: 1)]),
        ])
        let result = try solveAndCheck(model, SolveOptions(hint: [1, 1]))
        #expect(result.assignment == [1, 1])
        #expect(result.status == .optimal)
        #expect(throws: ModelError.self) { try Solver.solve(model, options: SolveOptions(hint: [0])) }
        #expect(throws: ModelError.self) { try Solver.solve(model, options: SolveOptions(hint: [0, 7])) }
    }
}
