/// A property parameter (RFC 5545 §3.2): a name and one or more values, as
/// in `MEMBER="mailto:a@x","mailto:b@x"`. Values are kept verbatim, without
/// the quotes the wire format may add around them.
public struct Parameter: Equatable, Hashable, Sendable {
    /// The parameter name, upper-cased (names are case-insensitive, §2).
    public let name: String
    /// The values in order; a multi-valued parameter has several (§3.2).
    public var values: [String]

    /// Creates a parameter; the name is upper-cased.
    public init(_ name: String, _ values: [String]) {
        self.name = name.uppercasedASCII
        self.values = values
    }

    /// Creates a single-valued parameter; the name is upper-cased.
    public init(_ name: String, _ value: String) {
        self.init(name, [value])
    }

    /// The first value, which is the only one for most parameters.
    public var value: String? { values.first }
}

extension String {
    /// ASCII-only upper-casing: iCalendar names are ASCII, and locale-aware
    /// case mapping must not turn `i` into `İ`.
    var uppercasedASCII: String {
        String(decoding: utf8.map { (0x61...0x7A).contains($0) ? $0 - 0x20 : $0 }, as: UTF8.self)
    }
}
