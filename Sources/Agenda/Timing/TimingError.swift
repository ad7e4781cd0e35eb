/// Why a programme cannot be timed.
public enum TimingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The items need `needed` minutes but the sittings leave `available`
    /// between their breaks.
    case doesNotFit(needed: Int, available: Int, days: Int)
    /// A meeting with no sitting at all.
    case noSessions

    public var description: String {
        switch self {
        case .doesNotFit(let needed, let available, let days):
            let span = days == 1 ? "the day has" : "its \(days) days have"
            return "needs \(DurationText.text(needed)) but \(span) \(DurationText.text(available)) between breaks: "
                + "\(DurationText.text(needed - available)) too long"
        case .noSessions:
            return "has no sitting to time"
        }
    }
}
