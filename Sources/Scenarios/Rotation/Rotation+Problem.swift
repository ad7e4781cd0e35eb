import Calendars

extension Rotation {
    /// Why a rotation cannot be listed, in words a secretariat can act on.
    public enum Problem: Error, Equatable, CustomStringConvertible {
        case notAMember(CountryCode)
        case duplicateMember(CountryCode)
        case tooFewMembers
        case collationFailed
        /// The member had not joined by that cycle.
        case notInRotation(CountryCode, cycle: Int, joined: Day, firstCycle: Int)
        /// The deviation names a member that is not due at its cycle;
        /// `why` says how the turns came to that cycle.
        case cannotApply(Deviation, due: CountryCode, why: String)
        /// No order of turns gives the anchor's chair with these deviations.
        case anchorContradicts(Anchor, [Deviation])
        /// More than one order fits the anchor and the deviations.
        case ambiguous(Anchor, cycle: Int, chairs: [CountryCode])

        public var description: String {
            switch self {
            case .notAMember(let code):
                "\(code) is not among the rotating members"
            case .duplicateMember(let code):
                "\(code) is listed twice among the members"
            case .tooFewMembers:
                "a rotation needs at least two members"
            case .collationFailed:
                "ICU could not collate the members' names"
            case .notInRotation(let code, let cycle, let joined, let firstCycle):
                "\(code) is not in the rotation at \(cycle): it joined on \(joined) and takes part from \(firstCycle)"
            case .cannotApply(let deviation, let due, let why):
                switch deviation {
                case .skip(let code, let cycle):
                    "'\(deviation)' cannot apply: \(due) is due at \(cycle), not \(code): \(why)"
                case .swap(let a, let b, let cycle):
                    "'\(deviation)' cannot apply: \(due) is due at \(cycle), neither \(a) nor \(b): \(why)"
                }
            case .anchorContradicts(let anchor, let deviations):
                "no order of turns has \(anchor.chair) chair \(anchor.cycle)"
                    + (deviations.isEmpty ? "" : " with " + deviations.map { "'\($0)'" }.joined(separator: " and "))
            case .ambiguous(let anchor, let cycle, let chairs):
                "the anchor \(anchor) and the deviations allow \(chairs.map(\.rawValue).joined(separator: " or ")) at \(cycle); anchor on a cycle without a deviation"
            }
        }
    }
}
