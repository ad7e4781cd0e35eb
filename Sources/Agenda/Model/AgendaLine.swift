/// One item of an agenda before timing: a template item, known by its key
/// so that it can be translated, or an item a scenario wrote itself.
public struct AgendaLine: Sendable, Hashable {
    /// Nil for an item from the scenario's `agenda:`, shown as written.
    public let key: ItemKey?
    /// The scenario's own title, when `key` is nil.
    public let text: String?
    public let minutes: Int

    public init(key: ItemKey, minutes: Int) {
        self.key = key
        text = nil
        self.minutes = minutes
    }

    public init(text: String, minutes: Int) {
        key = nil
        self.text = text
        self.minutes = minutes
    }

    func withMinutes(_ minutes: Int) -> AgendaLine {
        if let key { return AgendaLine(key: key, minutes: minutes) }
        return AgendaLine(text: text ?? "", minutes: minutes)
    }
}
