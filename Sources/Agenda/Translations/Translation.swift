/// The words of an agenda in one language: item titles by `ItemKey` and
/// the labels around the table. Titles may hold `{body}` (the body's short
/// name) and `{chair}` (the incoming chair's name), filled in by the renderer.
public struct Translation: Sendable {
    /// Labels of the page, apart from item titles.
    public struct Labels: Sendable {
        public let programme: String
        public let chair: String
        /// The co-chair of a dialogue or Plus Three meeting.
        public let coChair: String
        public let date: String
        public let venue: String
        public let theme: String
        public let time: String
        public let item: String
        /// "Day {n}".
        public let day: String
        public let coffeeBreak: String
        public let lunch: String
        public let fridayPrayers: String
        /// "Times in {zone} (UTC{offset})".
        public let timesIn: String
        public let localTimes: String
        public let online: String
        public let hybrid: String
        public let nextDay: String
    }

    /// BCP 47 language code ("vi").
    public let language: String
    /// The locale ICU formats dates in ("vi_VN").
    public let locale: String
    /// The language's own name, for the language switch note.
    public let name: String
    public let labels: Labels
    public let items: [ItemKey: String]
    /// What a native speaker should confirm before the table is relied on;
    /// nil when one has reviewed it.
    public var review: String? = nil

    /// The title of `key`, falling back to English when this table lacks it.
    public func title(_ key: ItemKey) -> String {
        items[key] ?? Translations.english.items[key] ?? key.rawValue
    }
}
