import Scenarios
/// Who attends each meeting, resolved once per distinct list of
/// references and from precomputed groups: `Scenario.attendees(of:)`
/// rebuilds sets for every call, which dominates a check of thousands of
/// meetings. Same answer: the delegations named by id or whose country a
/// group covers, each once, in the scenario's order.
struct AttendeeIndex {
    private let delegations: [Delegation]
    private let byID: [DelegationID: Int]
    private var groups: [AttendeeReference: [Int]] = [:]
    private var cache: [[AttendeeReference]: [Delegation]] = [:]

    init(scenario: Scenario) {
        delegations = scenario.delegations
        byID = Dictionary(scenario.delegations.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        for group in [AttendeeReference.members, .partners, .plusThree, .chair] {
            let countries = Set(scenario.resolve([group]).map(\.country))
            groups[group] = scenario.delegations.indices.filter { countries.contains(scenario.delegations[$0].country) }
        }
    }

    mutating func resolve(_ references: [AttendeeReference]) -> [Delegation] {
        if let known = cache[references] { return known }
        var indices: [Int] = []
        for reference in references {
            if case .delegation(let id) = reference {
                if let index = byID[id] { indices.append(index) }
            } else {
                indices += groups[reference] ?? []
            }
        }
        var seen = Set<Int>()
        let result = indices.filter { seen.insert($0).inserted }.sorted().map { delegations[$0] }
        cache[references] = result
        return result
    }
}
