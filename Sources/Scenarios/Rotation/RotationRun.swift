import Calendars

/// One way the turns could run: the plain order started at one member at
/// the base cycle, with the deviations applied where they fall. Problems are
/// collected, not thrown, so that the run that fits the anchor can say why a
/// deviation does not apply to it.
struct RotationRun {
    private(set) var turns: [Rotation.Turn] = []
    private(set) var problems: [Rotation.Problem] = []

    func chair(at cycle: Int) -> CountryCode? {
        turns.first { $0.cycle == cycle }?.chair
    }

    init(rotation: Rotation, startIndex: Int, base: Int, end: Int, deviations: [Rotation.Deviation]) {
        let order = rotation.order.map(\.code)
        var pointer = startIndex
        // A member that took another's turn by a swap: when it is next due,
        // the other chairs instead (who, and the cycle of the swap).
        var owed: [CountryCode: (CountryCode, Int)] = [:]
        for cycle in base...end {
            func nextInRotation(from index: Int) -> Int? {
                (0..<order.count).map { (index + $0) % order.count }
                    .first { rotation.isInRotation(order[$0], at: cycle) }
            }
            guard let due = nextInRotation(from: pointer) else { continue }
            var plain = due, chair = due
            var notes: [String] = []
            let here = deviations.filter { $0.cycle == cycle }
            if here.isEmpty, let (creditor, swapCycle) = owed.removeValue(forKey: order[due]),
               let index = order.firstIndex(of: creditor), rotation.isInRotation(creditor, at: cycle) {
                chair = index
                notes.append("\(creditor) takes \(order[due])'s turn, swapped at \(swapCycle)")
            }
            for deviation in here {
                let current = order[chair]
                switch deviation {
                case .skip(let code, _):
                    if current == code, let next = nextInRotation(from: chair + 1) {
                        plain = next
                        chair = next
                        notes.append("\(code) skips its turn")
                    } else {
                        problems.append(.cannotApply(deviation, due: current, why: why(cycle, rotation: rotation, deviations: deviations, base: base)))
                    }
                case .swap(let a, let b, _):
                    let other = current == a ? b : a
                    if current == a || current == b, let index = order.firstIndex(of: other), rotation.isInRotation(other, at: cycle) {
                        owed[other] = (current, cycle)
                        chair = index
                        notes.append("\(other) takes \(current)'s turn; \(current) takes \(other)'s next")
                    } else {
                        problems.append(.cannotApply(deviation, due: current, why: why(cycle, rotation: rotation, deviations: deviations, base: base)))
                    }
                }
            }
            pointer = plain + 1
            turns.append(Rotation.Turn(cycle: cycle, chair: order[chair], name: rotation.name(order[chair]),
                                       note: notes.isEmpty ? nil : notes.joined(separator: "; ")))
        }
    }

    /// How the turns came to `cycle`: the turns just before it, the
    /// deviations already applied, and the members whose joining shaped them.
    private func why(_ cycle: Int, rotation: Rotation, deviations: [Rotation.Deviation], base: Int) -> String {
        var parts: [String] = []
        for country in rotation.order {
            let code = country.code
            if let first = rotation.firstCycle(of: code), first > base, first <= cycle {
                parts.append("\(country.name) is in the rotation from \(first) (joined \(rotation.joined[code]!))")
            } else if rotation.joined[code] == nil, let accession = ASEANMembership.joined[code],
                      let turn = turns.first(where: { $0.chair == code && startsBefore($0.cycle, accession, rotation) }) {
                let reason = rotation.dates == nil ? "no cycle dates are known" : "no day of joining was given"
                parts.append("\(country.name) is in the rotation from \(base) (\(reason); it chaired \(turn.cycle), though it joined ASEAN on \(accession))")
            }
        }
        let earlier = deviations.filter { $0.cycle < cycle && $0.cycle >= base }
        if !earlier.isEmpty {
            parts.append("after " + earlier.map { "'\($0)'" }.joined(separator: ", "))
        }
        let recent = turns.suffix(3).map { "\($0.cycle) \($0.chair)" }
        if !recent.isEmpty { parts.append("the turns before run " + recent.joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }

    /// Whether `cycle` began before `day`: by the rotation's dates, or, when
    /// none are known, reading a cycle number between 1967 and 2200 as a year.
    private func startsBefore(_ cycle: Int, _ day: Day, _ rotation: Rotation) -> Bool {
        if let dates = rotation.dates { return dates.start(of: cycle) < day }
        return (1967...2200).contains(cycle) && cycle < day.year
    }
}
