/// Fixed numbers of the scheduling rules (Docs/Rules.md), in one place for
/// the planner, the checker and the agendas' zone ratings. Values, not a
/// code path: the checker still evaluates rules on its own.
public enum RuleConstants {
    /// Local minutes a remote delegation may be asked to sit: 07:00-21:00.
    public static let acceptableRemoteMinutes = 420...1260
    /// Local minutes that cost nothing: 09:00-17:00.
    public static let comfortableRemoteMinutes = 540...1020
    /// The longest gap, in days, between two linked meetings that still
    /// counts as one visit (for the venue-change cost).
    public static let gatheringDays = 3
}
