import Calendars

/// The order in which the chair passes among members: alphabetical by
/// English short name as ASEAN writes it, collated by ICU, anchored on a
/// known cycle, with declared deviations.
public struct Rotation: Sendable {
    /// A declared departure from the plain order.
    public enum Deviation: Hashable, Sendable, CustomStringConvertible {
        /// The member gives up its turn at this cycle; the next in order
        /// takes it and the rotation goes on from there (Myanmar, 2006 and 2026).
        case skip(CountryCode, cycle: Int)
        /// The two members exchange turns: whichever of them is due at
        /// `cycle` yields it to the other, and takes the other's next turn
        /// (Indonesia and Brunei, 2011 and 2013).
        case swap(CountryCode, CountryCode, cycle: Int)

        public var cycle: Int {
            switch self {
            case .skip(_, let cycle), .swap(_, _, let cycle): cycle
            }
        }

        public var description: String {
            switch self {
            case .skip(let code, let cycle): "\(code) skips its turn at \(cycle)"
            case .swap(let a, let b, let cycle): "\(a) and \(b) swap turns from \(cycle)"
            }
        }
    }

    /// One cycle's chair.
    public struct Turn: Hashable, Sendable {
        public let cycle: Int
        public let chair: CountryCode
        public let name: String
        /// Why this turn departs from the plain order, if it does.
        public let note: String?
    }

    public enum Problem: Error, Equatable, CustomStringConvertible {
        case notAMember(CountryCode)
        case deviationBeforeAnchor(Deviation)
        case swapNotDue(Deviation)
        case skipNotDue(Deviation, due: CountryCode)

        public var description: String {
            switch self {
            case .notAMember(let code): "\(code) is not among the rotating members"
            case .deviationBeforeAnchor(let deviation): "'\(deviation)' is before the anchor cycle"
            case .swapNotDue(let deviation): "'\(deviation)': neither member is due at that cycle"
            case .skipNotDue(let deviation, let due): "'\(deviation)': \(due) is due at that cycle, not \(deviation.skippedCode!)"
            }
        }
    }

    /// The members in rotation order.
    public let order: [Country]

    /// Orders `members` by ICU collation of their English short names.
    public init(members: [CountryCode]) throws {
        let countries = try members.map { code in
            guard let country = Countries.named(code) else { throw Problem.notAMember(code) }
            return country
        }
        let names = try ICU.sorted(countries.map(\.name), locale: "en")
        order = names.compactMap { name in countries.first { $0.name == name } }
    }

    /// The chairs of `count` cycles from the anchor on.
    public func turns(anchorCycle: Int, anchorChair: CountryCode, count: Int, deviations: [Deviation] = []) throws -> [Turn] {
        guard let start = order.firstIndex(where: { $0.code == anchorChair }) else { throw Problem.notAMember(anchorChair) }
        for deviation in deviations where deviation.cycle < anchorCycle {
            throw Problem.deviationBeforeAnchor(deviation)
        }
        // The queue of turns still to come, in plain order; deviations edit it.
        var queue: [CountryCode] = []
        func fill(_ needed: Int) {
            while queue.count < needed {
                let next = (start + (queue.count + consumed)) % order.count
                queue.append(order[next].code)
            }
        }
        var consumed = 0
        var pendingSwaps: [CountryCode: CountryCode] = [:]  // member -> who takes its next turn
        var turns: [Turn] = []
        for cycle in anchorCycle..<(anchorCycle + count) {
            fill(1)
            var note: String?
            for deviation in deviations where deviation.cycle == cycle {
                switch deviation {
                case .skip(let code, _):
                    guard queue[0] == code else { throw Problem.skipNotDue(deviation, due: queue[0]) }
                    queue.removeFirst()
                    consumed += 1
                    fill(1)
                    note = "\(code) skipped its turn"
                case .swap(let a, let b, _):
                    guard queue[0] == a || queue[0] == b else { throw Problem.swapNotDue(deviation) }
                    let due = queue[0], other = due == a ? b : a
                    queue[0] = other
                    pendingSwaps[other] = due
                    note = "turn swapped with \(due)"
                }
            }
            // A member that took another's turn yields its own next turn.
            if let replacement = pendingSwaps[queue[0]], note == nil {
                pendingSwaps[queue[0]] = nil
                note = "turn swapped with \(queue[0])"
                queue[0] = replacement
            }
            let code = queue.removeFirst()
            consumed += 1
            turns.append(Turn(cycle: cycle, chair: code, name: Countries.named(code)?.name ?? code.rawValue, note: note))
        }
        return turns
    }
}

extension Rotation.Deviation {
    var skippedCode: CountryCode? {
        if case .skip(let code, _) = self { return code }
        return nil
    }
}
