import Solving
import Testing

@Suite struct MinimalConflictTests {
    /// Labels are integers; a set is infeasible when it holds all of one of the "bad" groups.
    static func feasible(_ bad: [Set<Int>]) -> ([Int]) -> Bool {
        { labels in
            let set = Set(labels)
            return !bad.contains { $0.isSubset(of: set) }
        }
    }

    @Test func findsAMinimalSubset() {
        let isFeasible = Self.feasible([[3, 7, 11], [2, 15]])
        let conflict = MinimalConflict.find(labels: Array(0..<20), isFeasible: isFeasible)
        #expect(!isFeasible(conflict))
        for i in conflict.indices {
            var rest = conflict
            rest.remove(at: i)
            #expect(isFeasible(rest))
        }
        #expect(conflict == [2, 15] || conflict == [3, 7, 11])
    }

    @Test func feasibleSetsHaveNoConflict() {
        #expect(MinimalConflict.find(labels: [1, 2, 3], isFeasible: Self.feasible([[4]])) == [])
    }

    @Test func singleCulprit() {
        #expect(MinimalConflict.find(labels: Array(0..<9), isFeasible: Self.feasible([[5]])) == [5])
    }

    struct Failure: Error {}

    @Test func passesErrorsThrough() {
        #expect(throws: Failure.self) {
            try MinimalConflict.find(labels: [1, 2]) { _ in throw Failure() }
        }
    }

    /// The planning layer's use: labelled rules as precedences, a model per subset.
    @Test func explainsAnInfeasibleModel() throws {
        let meetings = [
            aMeeting("a", attendees: ["A"], [anOption(day: 0), anOption(day: 1)]),
            aMeeting("b", attendees: ["B"], [anOption(day: 0), anOption(day: 1)]),
            aMeeting("c", attendees: ["C"], [anOption(day: 0), anOption(day: 5)]),
        ]
        let rules: [String: FlatModel.Precedence] = [
            "a-before-b": .init(first: "a", then: "b", minDays: 1, maxDays: nil),
            "b-before-a": .init(first: "b", then: "a", minDays: 1, maxDays: nil),
            "c-after-a": .init(first: "a", then: "c", minDays: 2, maxDays: nil),
        ]
        let conflict = try MinimalConflict.find(labels: rules.keys.sorted()) { labels in
            let model = aModel(venues: [aVenue("v", rooms: 9)], meetings: meetings, precedences: labels.compactMap { rules[$0] })
            return try Solver.isFeasible(model) != .infeasible
        }
        #expect(conflict == ["a-before-b", "b-before-a"])
    }
}
