import Calendars

/// A member of a rotation and the day it joined the body, when that matters
/// (Timor-Leste joined ASEAN on 26 October 2025). Without a day, the member
/// takes part in every cycle.
public struct RotationMember: Hashable, Sendable {
    public let code: CountryCode
    public let joined: Day?

    public init(_ code: CountryCode, joined: Day? = nil) {
        self.code = code
        self.joined = joined
    }
}
