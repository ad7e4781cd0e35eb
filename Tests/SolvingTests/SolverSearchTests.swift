import Solving
import Testing

@Suite struct SolverSearchTests {
    /// A random small model whose optimum is found by enumeration with the checker.
    static func randomModel(_ seed: UInt64) -> FlatModel {
        var rng = TestRandom(seed: seed)
        let venues = [aVenue("v0", site: 0, rooms: 1), aVenue("v1", site: 1, rooms: 2), aVenue("v2", site: 0, rooms: 1)]
        var meetings: [FlatModel.Meeting] = []
        for m in 0..<5 {
            let attendees = ["A", "B", "C"].filter { _ in rng.below(2) == 0 }
            let options = (0..<4).map { _ in
                anOption("v\(rng.below(3))", day: rng.below(3), from: 8 + rng.below(6), to: 15 + rng.below(3), cost: rng.below(10))
            }
            meetings.append(aMeeting("m\(m)", attendees: attendees, options))
        }
        var precedences: [FlatModel.Precedence] = []
        if rng.below(2) == 0 {
            precedences.append(.init(first: "m0", then: "m1", minDays: 0, maxDays: 1, preferMinDays: 1, preferMaxDays: 1, costPerDay: 3))
        }
        if rng.below(2) == 0 {
            // With the others, makes chains of three or four for the chain bound.
            precedences.append(.init(first: "m1", then: "m2", minDays: 0, maxDays: 2, preferMinDays: 0, preferMaxDays: 0, costPerDay: 2))
        }
        if rng.below(2) == 0 {
            precedences.append(.init(first: "m2", then: "m3", minDays: rng.below(2), maxDays: nil, preferMinDays: 1, preferMaxDays: 2, costPerDay: 2))
        }
        return aModel(
            sites: ["x", "y"], travel: [[0, 180], [120, 0]], venues: venues, meetings: meetings,
            precedences: precedences, sameVenue: [.init(a: "m3", b: "m4", cost: 4)])
    }

    static func bruteForce(_ model: FlatModel) -> Int? {
        var best: Int?
        var assignment = [Int](repeating: 0, count: model.meetings.count)
        func visit(_ i: Int) {
            if i == assignment.count {
                let report = ModelChecker.check(model, assignment: assignment)
                if report.isFeasible, let objective = report.objective, objective < (best ?? Int.max) { best = objective }
                return
            }
            for o in model.meetings[i].options.indices {
                assignment[i] = o
                visit(i + 1)
            }
        }
        visit(0)
        return best
    }

    @Test(arguments: 0..<60)
    func matchesEnumeration(seed: Int) throws {
        let model = Self.randomModel(UInt64(seed))
        let expected = Self.bruteForce(model)
        let result = try solveAndCheck(model)
        if let expected {
            #expect(result.status == .optimal)
            #expect(result.objective == expected)
            #expect(result.lowerBound == expected)
            #expect(try Solver.isFeasible(model) == .feasible)
        } else {
            #expect(result.status == .infeasible)
            #expect(try Solver.isFeasible(model) == .infeasible)
        }
        // The large-model path (greedy + LNS) must find feasible answers no worse than... feasible.
        let viaLNS = try solveAndCheck(model, SolveOptions(maxIterations: 40, exactMeetingLimit: 0))
        if expected != nil, viaLNS.status != .unknown {
            #expect(viaLNS.objective.map { $0 >= expected ?? 0 } == true)
        }
    }

    /// A chair term: ten meetings, a few thousand options in all, proven optimal.
    /// Bounded by work, not by the wall clock, so a loaded machine cannot fail it.
    @Test func chairTermIsProvenOptimal() throws {
        let model = SyntheticModel.make(meetings: 10, seed: 10, attendees: 11, venues: 6, cities: 3, days: 365)
        let result = try solveAndCheck(model, SolveOptions(timeLimit: nil, maxNodes: 50_000_000))
        #expect(result.status == .optimal)
        #expect(result.lowerBound == result.objective)
    }

    @Test func largeModelFindsAndImproves() throws {
        let model = SyntheticModel.make(meetings: 200, seed: 1)
        let result = try solveAndCheck(model, SolveOptions(seed: 3, timeLimit: nil, maxIterations: 25, repairNodeLimit: 40))
        #expect(result.status == .feasible || result.status == .optimal)
        let first = try #require(result.statistics.firstObjective)
        let objective = try #require(result.objective)
        #expect(objective <= first)
        #expect(result.statistics.iterations == 25)
        #expect(result.statistics.stoppedBy == .iterationLimit)
    }

    @Test func sameSeedSameResult() throws {
        let model = SyntheticModel.make(meetings: 80, seed: 2)
        let options = SolveOptions(seed: 11, timeLimit: nil, maxIterations: 15, repairNodeLimit: 40)
        let one = try Solver.solve(model, options: options)
        let two = try Solver.solve(model, options: options)
        #expect(one.assignment == two.assignment)
        #expect(one.objective == two.objective)
        #expect(one.statistics.nodes == two.statistics.nodes)
        #expect(try Solver.isFeasible(model) == .feasible)
    }

    @Test func parallelStreamsAreDeterministicAndNoWorse() throws {
        let model = SyntheticModel.make(meetings: 80, seed: 5)
        let single = try solveAndCheck(model, SolveOptions(seed: 9, timeLimit: nil, maxIterations: 8, repairNodeLimit: 40))
        let options = SolveOptions(seed: 9, timeLimit: nil, maxIterations: 8, repairNodeLimit: 40, streams: 2)
        let one = try solveAndCheck(model, options)
        let two = try solveAndCheck(model, options)
        #expect(one.assignment == two.assignment)
        #expect(one.statistics.nodes == two.statistics.nodes)
        #expect(one.statistics.iterations == 16)
        #expect(try #require(one.objective) <= #require(single.objective))
    }

    @Test func emptyModelIsTriviallyOptimal() throws {
        let model = aModel(meetings: [])
        let result = try solveAndCheck(model)
        #expect(result.status == .optimal)
        #expect(result.assignment == [])
        #expect(result.objective == 0)
        #expect(try FlatModel.decode(json: model.jsonText()) == model)
    }

    @Test func hintStartsTheLargeSearch() throws {
        let model = SyntheticModel.make(meetings: 70, seed: 4)
        let plan = try solveAndCheck(model, SolveOptions(timeLimit: nil, maxIterations: 10, repairNodeLimit: 40))
        let previous = try #require(plan.assignment)
        let again = try solveAndCheck(model, SolveOptions(timeLimit: nil, maxIterations: 0, hint: previous.map { $0 }))
        #expect(again.assignment == previous)
    }
}
