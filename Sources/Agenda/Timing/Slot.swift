/// A timed stretch of a programme: an agenda item or a break, in the
/// venue's local minutes after midnight.
public struct Slot: Sendable, Hashable {
    /// What fills the stretch.
    public enum Content: Sendable, Hashable {
        /// The item at this index of the agenda's items.
        case item(Int)
        case pause(BreakKind)
    }

    public let start: Int
    public let end: Int
    public let content: Content

    public init(start: Int, end: Int, content: Content) {
        self.start = start
        self.end = end
        self.content = content
    }
}

/// The breaks a programme may hold.
public enum BreakKind: String, Sendable, Hashable {
    case coffee
    case lunch
    /// 12:00-14:00 on Fridays where government offices close for prayers
    /// (FACTS.md: Brunei); replaces lunch.
    case fridayPrayers = "friday-prayers"
}
