import Calendars
import Foundation
import Yams

/// Reads typed values out of a Yams node tree, recording a diagnostic with
/// the node's place for every value that is not of the expected form. It
/// never throws: a caller gets nil and carries on, so that one run reports
/// every problem of a file.
final class YAMLReader {
    let file: String
    let limits: InputLimits
    private(set) var diagnostics: [Diagnostic] = []
    private var nodesVisited = 0
    private var budgetExceeded = false

    init(file: String, limits: InputLimits) {
        self.file = file
        self.limits = limits
    }

    func location(_ node: Node) -> SourceLocation {
        let mark = node.mark
        return SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    func error(_ message: String, at node: Node) {
        error(message, at: location(node))
    }

    /// A body's template is decoded once per cycle: the same mistake at the
    /// same place is reported once.
    func error(_ message: String, at location: SourceLocation) {
        guard reported.insert("\(location.line):\(location.column):\(message)").inserted else { return }
        diagnostics.append(.error(message, at: location))
    }

    private var reported = Set<String>()

    func warning(_ message: String, at location: SourceLocation) {
        diagnostics.append(.warning(message, at: location))
    }

    /// Counts a visit; false once the node budget is spent (reported once).
    /// `TreeShapeCheck` refuses an oversized tree before decoding starts;
    /// this stays as a second guard for a decoder that reads a node twice.
    func visit(_ node: Node) -> Bool {
        nodesVisited += 1
        if nodesVisited > limits.maximumNodes {
            if !budgetExceeded {
                budgetExceeded = true
                error("the file expands to more than \(limits.maximumNodes) YAML nodes (are aliases repeating a large block?)", at: node)
            }
            return false
        }
        return true
    }

    var isOverBudget: Bool { budgetExceeded }

    /// A short name of what a node holds, for "found ..." in messages.
    func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .alias: return "an alias"
        case .scalar(let scalar):
            if scalar.string.isEmpty || node.null != nil { return "nothing" }
            let text = scalar.string.count > 40 ? String(scalar.string.prefix(40)) + "…" : scalar.string
            return "'\(text)'"
        }
    }

    // MARK: Containers

    /// The entries of a mapping whose keys must all be in `keys`; unknown
    /// keys are reported with a did-you-mean, repeated keys too.
    func mapping(_ node: Node, _ what: String, keys: [String]?) -> [String: (key: Node, value: Node)]? {
        guard visit(node) else { return nil }
        guard case .mapping(let mapping) = node else {
            error("expected \(what) (a mapping), found \(describe(node))", at: node)
            return nil
        }
        var entries: [String: (key: Node, value: Node)] = [:]
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else {
                error("expected a key name, found \(describe(key))", at: key)
                continue
            }
            let name = scalar.string
            if let keys, !keys.contains(name) {
                error("unknown key '\(name)' in \(what)\(Suggestion.hint(for: name, among: keys))", at: key)
                continue
            }
            if entries[name] != nil {
                error("key '\(name)' appears twice in \(what)", at: key)
                continue
            }
            entries[name] = (key, value)
        }
        return entries
    }

    /// The items of a list; a single scalar is not taken as a list.
    func sequence(_ node: Node, _ what: String) -> [Node]? {
        guard visit(node) else { return nil }
        guard case .sequence(let sequence) = node else {
            error("expected \(what) (a list), found \(describe(node))", at: node)
            return nil
        }
        return Array(sequence)
    }

    // MARK: Scalars

    /// The text of a scalar; mappings and lists are reported, and so is a
    /// control character (Docs/Reliability.md, "Inputs"): one place decides
    /// for every text of a scenario, so `validate` and `plan` agree.
    func string(_ node: Node, _ what: String) -> String? {
        guard let value = anyString(node, what) else { return nil }
        if let control = value.unicodeScalars.first(where: Self.isRefusedControl) {
            error("expected \(what) without control characters, found \(String(format: "U+%04X", control.value)) in it", at: node)
            return nil
        }
        return value
    }

    /// The text of a scalar, control characters and all, for readers that
    /// allow fewer characters still (identifiers).
    private func anyString(_ node: Node, _ what: String) -> String? {
        guard visit(node) else { return nil }
        guard case .scalar(let scalar) = node, !(node.null != nil && scalar.style == .plain) else {
            error("expected \(what), found \(describe(node))", at: node)
            return nil
        }
        return scalar.string
    }

    /// Control characters no text of a scenario may hold: C0 but tab, line
    /// feed and carriage return (line breaks in a title are kept and
    /// escaped by every writer), DEL, C1 (U+0085 NEL among them), and the
    /// line and paragraph separators U+2028 and U+2029, which some
    /// readers take as line ends.
    static func isRefusedControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029: true
        default: false
        }
    }

    /// Every IANA zone the system knows, for "did you mean".
    static let knownZones: [String] = TimeZone.knownTimeZoneIdentifiers.sorted()

    /// A non-empty text.
    func text(_ node: Node, _ what: String) -> String? {
        guard let value = string(node, what) else { return nil }
        guard !value.trimmingCharacters(in: .whitespaces).isEmpty else {
            error("expected \(what), found an empty text", at: node)
            return nil
        }
        return value
    }

    /// An absolute http(s) link without spaces or control characters, as
    /// a calendar's URL and CONFERENCE (RFC 7986 §5.11) carry it.
    func link(_ node: Node, _ what: String) -> String? {
        guard let value = text(node, what) else { return nil }
        let lower = value.lowercased()
        guard lower.hasPrefix("https://") || lower.hasPrefix("http://"), value.count > 8,
              !value.unicodeScalars.contains(where: { $0.value <= 0x20 || $0.value == 0x7F || $0 == "\"" }) else {
            error("expected \(what): an http:// or https:// link without spaces, found '\(value)'", at: node)
            return nil
        }
        return value
    }

    /// An e-mail address (`local@domain`, no spaces or angle brackets), as
    /// a `mailto:` calendar address carries it.
    func email(_ node: Node, _ what: String) -> String? {
        guard let value = text(node, what) else { return nil }
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !value.unicodeScalars.contains(where: { $0.value <= 0x20 || "<>\"(),;:\\[]".unicodeScalars.contains($0) }) else {
            error("expected \(what): an address like secretariat@example.org, found '\(value)'", at: node)
            return nil
        }
        return value
    }

    func integer(_ node: Node, _ what: String, in range: ClosedRange<Int>? = nil) -> Int? {
        guard let text = string(node, what) else { return nil }
        guard let value = Int(text) else {
            error("expected \(what) (a whole number), found \(describe(node))", at: node)
            return nil
        }
        if let range, !range.contains(value) {
            error("expected \(what) between \(range.lowerBound) and \(range.upperBound), found \(value)", at: node)
            return nil
        }
        return value
    }

    func number(_ node: Node, _ what: String) -> Double? {
        guard let text = string(node, what) else { return nil }
        guard let value = Double(text), value.isFinite else {
            error("expected \(what) (a number), found \(describe(node))", at: node)
            return nil
        }
        return value
    }

    func boolean(_ node: Node, _ what: String) -> Bool? {
        guard let text = string(node, what) else { return nil }
        switch text {
        case "true", "yes", "True", "TRUE": return true
        case "false", "no", "False", "FALSE": return false
        default:
            error("expected \(what) (true or false), found \(describe(node))", at: node)
            return nil
        }
    }

    /// An identifier: letters, digits, `-` and `_`, starting with a letter or
    /// digit. Ids become file names, so nothing else is allowed.
    func identifier(_ node: Node, _ what: String) -> String? {
        guard let text = anyString(node, what) else { return nil }
        let allowed = text.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
        }
        guard !text.isEmpty, text.count <= 64, allowed, text.first != "-", text.first != "_" else {
            error("expected \(what): up to 64 letters, digits, '-' or '_', starting with a letter or digit; found \(describe(node))", at: node)
            return nil
        }
        return text
    }

    func day(_ node: Node, _ what: String) -> Day? {
        guard let text = string(node, what) else { return nil }
        guard let day = Day(iso: text) else {
            error("expected \(what) as YYYY-MM-DD, found \(describe(node))", at: node)
            return nil
        }
        return day
    }

    /// `YYYY-MM-DD..YYYY-MM-DD` or a single date.
    func dayRange(_ node: Node, _ what: String) -> DayRange? {
        guard let text = string(node, what) else { return nil }
        let parts = text.components(separatedBy: "..")
        let days = parts.map { Day(iso: $0.trimmingCharacters(in: .whitespaces)) }
        guard (1...2).contains(parts.count), days.allSatisfy({ $0 != nil }) else {
            error("expected \(what) as YYYY-MM-DD..YYYY-MM-DD, found \(describe(node))", at: node)
            return nil
        }
        let first = days[0]!, last = days[days.count - 1]!
        guard let range = DayRange(first, last) else {
            error("\(what) \(text) ends before it starts", at: node)
            return nil
        }
        return range
    }

    /// `N`, `N..M` or `N..`.
    func dayCountRange(_ node: Node, _ what: String) -> DayCountRange? {
        guard let text = string(node, what)?.trimmingCharacters(in: .whitespaces) else { return nil }
        let parts = text.components(separatedBy: "..")
        let minimum = parts.first.flatMap { Int($0) }
        let maximum: Int?? = parts.count == 2 ? (parts[1].isEmpty ? .some(nil) : Int(parts[1]).map { .some($0) }) : nil
        guard let minimum, minimum >= 0, parts.count == 1 || (parts.count == 2 && maximum != nil) else {
            error("expected \(what) as N, N..M or N.. (whole days, 0 or more), found \(describe(node))", at: node)
            return nil
        }
        let upper: Int? = parts.count == 1 ? minimum : maximum!
        // A gap longer than any horizon can never be met, and the model's
        // day arithmetic must not overflow on one.
        let longest = limits.maximumHorizonDays
        guard minimum <= longest, (upper ?? 0) <= longest else {
            error("\(what) may be at most \(longest) days (the longest horizon), found \(text)", at: node)
            return nil
        }
        guard let range = DayCountRange(minimum: minimum, maximum: upper) else {
            error("impossible range \(text) for \(what): \(upper ?? 0) is less than \(minimum)", at: node)
            return nil
        }
        return range
    }

    func localTime(_ node: Node, _ what: String) -> LocalTime? {
        guard let text = string(node, what) else { return nil }
        guard let time = LocalTime(text: text), time.minutes < 1440 else {
            error("expected \(what) as HH:MM (24-hour clock), found \(describe(node))", at: node)
            return nil
        }
        return time
    }

    func openingHours(_ node: Node, _ what: String) -> OpeningHours? {
        guard let text = string(node, what) else { return nil }
        let parts = text.split(separator: "-").map { LocalTime(text: $0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let opens = parts[0], let closes = parts[1] else {
            error("expected \(what) as HH:MM-HH:MM, found \(describe(node))", at: node)
            return nil
        }
        guard let hours = OpeningHours(opens: opens, closes: closes) else {
            error("\(what) \(text) closes before it opens", at: node)
            return nil
        }
        return hours
    }

    /// A country code Convene knows.
    func country(_ node: Node, _ what: String) -> CountryCode? {
        guard let text = string(node, what) else { return nil }
        guard Countries.named(CountryCode(text)) != nil else {
            let known = Countries.all.map(\.code.rawValue)
            let hint = Suggestion.closest(to: text, among: known).map { "; did you mean '\($0)'?" }
                ?? " (known: \(known.joined(separator: " ")))"
            error("unknown country code '\(text)' for \(what)\(hint)", at: node)
            return nil
        }
        return CountryCode(text)
    }

    /// An IANA zone ICU knows.
    func timeZone(_ node: Node, _ what: String) -> String? {
        guard let text = string(node, what) else { return nil }
        guard ICU.isKnownZone(text) else {
            // Every IANA zone, not only the capitals': 'Asia/Makasar' is Makassar's.
            let hint = Suggestion.hint(for: text, among: Self.knownZones)
            error("unknown IANA time zone '\(text)' for \(what)\(hint)", at: node)
            return nil
        }
        return text
    }

    /// Either a single item or a list of them, as `after:` allows.
    func oneOrMany(_ node: Node) -> [Node] {
        if case .sequence(let sequence) = node { return Array(sequence) }
        return [node]
    }
}
