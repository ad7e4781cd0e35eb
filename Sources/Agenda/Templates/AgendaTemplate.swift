import Planning
import Scenarios

/// The usual programme of one kind of meeting: its items in ASEAN order,
/// each with a default length. Kept as data so that a translation is a
/// table keyed by `ItemKey` and a new kind is a new row.
public struct AgendaTemplate: Sendable, Hashable {
    /// One item of a template.
    public struct Item: Sendable, Hashable {
        public let key: ItemKey
        public let minutes: Int

        public init(_ key: ItemKey, _ minutes: Int) {
            self.key = key
            self.minutes = minutes
        }
    }

    public let kind: MeetingKind
    public let items: [Item]

    public init(kind: MeetingKind, items: [Item]) {
        self.kind = kind
        self.items = items
    }

    /// The template of `kind`. The handover is not in it: it belongs only to
    /// the last heads meeting of a term, which `AgendaBuilder` decides.
    public static func forKind(_ kind: MeetingKind) -> AgendaTemplate {
        AgendaTemplate(kind: kind, items: AgendaTemplates.items(of: kind))
    }

    public var totalMinutes: Int { items.reduce(0) { $0 + $1.minutes } }
}
