/// What a chair puts on an official programme beyond the plan (all
/// optional, Docs/Scenario.md "Programme"): who chairs the term and each
/// meeting, the co-chair of a dialogue or Plus Three meeting, the venues'
/// addresses, the logo, and the body's name, the theme and the meetings'
/// titles in other languages.
public struct Programme: Sendable {
    /// A person on the programme: "H.E. Dato Paduka Haji Abdul Salam", "Permanent Secretary".
    public struct Person: Sendable, Hashable {
        public let name: String
        public let title: String?

        public init(name: String, title: String?) {
            self.name = name
            self.title = title
        }

        /// "Name, Title".
        public var text: String { title.map { "\(name), \($0)" } ?? name }
    }

    /// The texts of one language.
    public struct Translation: Sendable {
        public var body: String?
        public var theme: String?
        public var titles: [MeetingID: String] = [:]

        public init(body: String? = nil, theme: String? = nil, titles: [MeetingID: String] = [:]) {
            self.body = body
            self.theme = theme
            self.titles = titles
        }
    }

    /// The image file's extension decides its media type.
    public enum LogoType: String, Sendable, CaseIterable {
        case svg, png

        public var mediaType: String { self == .svg ? "image/svg+xml" : "image/png" }
    }

    /// The logo as written: a path relative to the scenario's folder.
    public struct Logo: Sendable {
        public let path: String
        public let type: LogoType
        public let location: SourceLocation
    }

    /// The largest logo embedded, in bytes: a page stays light to mail.
    public static let maximumLogoBytes = 256 * 1024

    public var chairperson: Person?
    public var meetingChairs: [MeetingID: Person] = [:]
    public var coChairs: [MeetingID: Person] = [:]
    public var addresses: [VenueID: String] = [:]
    public var logo: Logo?
    /// By language code ("vi", "km").
    public var translations: [String: Translation] = [:]

    public init() {}

    /// Who chairs `meeting`: its own chairperson, else the term's.
    public func chairperson(of meeting: MeetingID) -> Person? { meetingChairs[meeting] ?? chairperson }
}
