import Scenarios

/// Fixed numbers of the scheduling rules (Docs/Rules.md), in one place for
/// the planner, the checker, the explainer, the agendas' zone ratings and
/// every message that names them.
public enum RuleConstants {
    /// Local minutes a remote delegation may be asked to sit: 07:00-21:00.
    public static let acceptableRemoteMinutes = 420...1260
    /// Local minutes that cost nothing: 09:00-17:00.
    public static let comfortableRemoteMinutes = 540...1020
    /// The longest gap, in days, between two linked meetings that still
    /// counts as one visit (for the venue-change cost).
    public static let gatheringDays = 3

    /// "07:00-21:00", for messages.
    public static let acceptableRemoteHours = hours(acceptableRemoteMinutes)
    /// "09:00-17:00", for messages.
    public static let comfortableRemoteHours = hours(comfortableRemoteMinutes)

    private static func hours(_ minutes: ClosedRange<Int>) -> String {
        "\(LocalTime(minutes: minutes.lowerBound))-\(LocalTime(minutes: minutes.upperBound))"
    }
}
