import Calendars

/// The order in which the chair passes among members: alphabetical by
/// English short name as ASEAN writes it, collated by ICU, with declared
/// deviations, and membership that follows dates when the cycles' dates are
/// known (a member takes part in the cycles that begin on or after the day
/// it joined). See Docs/Rotation.md.
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

        /// The members the deviation names.
        public var codes: [CountryCode] {
            switch self {
            case .skip(let code, _): [code]
            case .swap(let a, let b, _): [a, b]
            }
        }

        public var description: String {
            switch self {
            case .skip(let code, let cycle): "\(code) skips its turn at \(cycle)"
            case .swap(let a, let b, let cycle): "\(a) and \(b) swap turns from \(cycle)"
            }
        }
    }

    /// A cycle and the member that chaired it (or will): the fixed point
    /// from which the others are counted, whatever deviations came before.
    public struct Anchor: Hashable, Sendable, CustomStringConvertible {
        public let cycle: Int
        public let chair: CountryCode

        public init(cycle: Int, chair: CountryCode) {
            self.cycle = cycle
            self.chair = chair
        }

        public var description: String { "\(cycle)=\(chair)" }
    }

    /// One cycle's chair.
    public struct Turn: Hashable, Sendable {
        public let cycle: Int
        public let chair: CountryCode
        public let name: String
        /// Why this turn departs from the plain order, if it does.
        public let note: String?
    }

    /// The members in rotation order.
    public let order: [Country]
    /// The day each member joined, where it matters.
    public let joined: [CountryCode: Day]
    /// When each cycle begins; nil when unknown (every member then takes
    /// part in every cycle).
    public let dates: CycleDates?

    /// Orders `members` by ICU collation of their English short names; every
    /// member takes part in every cycle.
    public init(members: [CountryCode]) throws(Problem) {
        try self.init(members: members.map { RotationMember($0) }, dates: nil)
    }

    /// Orders `members` by ICU collation of their English short names; with
    /// `dates`, each takes part from the first cycle that begins on or after
    /// the day it joined.
    public init(members: [RotationMember], dates: CycleDates?) throws(Problem) {
        var countries: [Country] = []
        var joined: [CountryCode: Day] = [:]
        for member in members {
            guard let country = Countries.named(member.code) else { throw .notAMember(member.code) }
            guard !countries.contains(country) else { throw .duplicateMember(member.code) }
            countries.append(country)
            if let day = member.joined { joined[member.code] = day }
        }
        guard countries.count >= 2 else { throw .tooFewMembers }
        guard let names = try? ICU.sorted(countries.map(\.name), locale: "en") else { throw .collationFailed }
        order = names.compactMap { name in countries.first { $0.name == name } }
        self.joined = joined
        self.dates = dates
    }

    /// Whether `code` takes part in the rotation at `cycle`.
    public func isInRotation(_ code: CountryCode, at cycle: Int) -> Bool {
        guard order.contains(where: { $0.code == code }) else { return false }
        guard let dates, let day = joined[code] else { return true }
        return dates.start(of: cycle) >= day
    }

    /// The first cycle in which a member that joined on a known day takes part.
    public func firstCycle(of code: CountryCode) -> Int? {
        guard let dates, let day = joined[code] else { return nil }
        let cycle = dates.cycle(on: day)
        return dates.start(of: cycle) >= day ? cycle : cycle + 1
    }

    /// The chairs of the cycles `from` through `through`, counted from the
    /// anchor (who chaired the anchor cycle), with `deviations` applied
    /// wherever they fall, before the anchor as well as after it.
    public func turns(anchor: Anchor, from first: Int, through last: Int, deviations: [Deviation] = []) throws(Problem) -> [Turn] {
        for code in [anchor.chair] + deviations.flatMap(\.codes) where !order.contains(where: { $0.code == code }) {
            throw .notAMember(code)
        }
        guard isInRotation(anchor.chair, at: anchor.cycle) else {
            throw .notInRotation(anchor.chair, cycle: anchor.cycle, joined: joined[anchor.chair]!, firstCycle: firstCycle(of: anchor.chair)!)
        }
        let base = ([first, anchor.cycle] + deviations.map(\.cycle)).min()!
        let end = ([last, anchor.cycle] + deviations.map(\.cycle)).max()!
        // Every possible start of the plain order at the base cycle; the ones
        // that give the anchor's chair at the anchor cycle are the rotation.
        let runs = order.indices
            .filter { isInRotation(order[$0].code, at: base) }
            .map { RotationRun(rotation: self, startIndex: $0, base: base, end: end, deviations: deviations) }
        let matching = runs.filter { $0.chair(at: anchor.cycle) == anchor.chair }
        let clean = matching.filter(\.problems.isEmpty)
        if let run = clean.first {
            let listed = run.turns.filter { (first...last).contains($0.cycle) }
            for other in clean.dropFirst() {
                let otherListed = other.turns.filter { (first...last).contains($0.cycle) }
                if let difference = zip(listed, otherListed).first(where: { $0.chair != $1.chair }) {
                    throw .ambiguous(anchor, cycle: difference.0.cycle, chairs: [difference.0.chair, difference.1.chair])
                }
            }
            return listed
        }
        if let run = matching.min(by: { $0.problems.count < $1.problems.count }), let problem = run.problems.first {
            throw problem
        }
        throw .anchorContradicts(anchor, deviations.filter { $0.cycle == anchor.cycle })
    }

    /// The chairs of `count` cycles from the anchor on.
    public func turns(anchorCycle: Int, anchorChair: CountryCode, count: Int, deviations: [Deviation] = []) throws(Problem) -> [Turn] {
        try turns(anchor: Anchor(cycle: anchorCycle, chair: anchorChair), from: anchorCycle,
                  through: anchorCycle + max(count, 1) - 1, deviations: deviations)
    }

    func name(_ code: CountryCode) -> String {
        Countries.named(code)?.name ?? code.rawValue
    }
}
