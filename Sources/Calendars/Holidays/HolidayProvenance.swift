/// Where a holiday's date comes from, so that a planner can tell a date a
/// government has published from one computed or one still awaited.
public enum HolidayProvenance: Hashable, Sendable, Codable {
    /// Published by the government: the instrument (gazette, proclamation,
    /// decree or circular, with its number and date where known).
    case official(String)
    /// Computed from the law or the calendar the law names (a fixed day, the
    /// Myanmar calendar's full moon, a day in lieu by the country's rule).
    case rule(String)
    /// Expected but not yet decided: a moon sighting, a yearly list not yet
    /// published, an approximation of a calendar no rule here reproduces.
    /// Planning treats such a date as uncertain.
    case provisional(String)

    /// `official`, `rule` or `provisional`, as `holidays --format json` writes it.
    public var kind: String {
        switch self {
        case .official: "official"
        case .rule: "rule"
        case .provisional: "provisional"
        }
    }

    /// The instrument, the rule, or what is awaited.
    public var source: String {
        switch self {
        case .official(let text), .rule(let text), .provisional(let text): text
        }
    }

    public var isProvisional: Bool { if case .provisional = self { true } else { false } }
}
