/// One content line inside a component (RFC 5545 §3.1): a name, parameters
/// and a value. The value is stored as it appears on the wire (after
/// unfolding): TEXT stays escaped and lists stay comma-separated, so that an
/// unknown property survives a round trip untouched. Typed accessors
/// (`textValue`, `dateTimeValue()`, ...) decode it.
public struct Property: Equatable, Sendable {
    /// The property name, upper-cased (names are case-insensitive, §2).
    public let name: String
    /// Parameters in order of appearance.
    public var parameters: [Parameter]
    /// The raw value: everything after the first unquoted colon.
    public var value: String
    /// The physical line (from 1) where the property starts in parsed text;
    /// nil for built properties. Not part of equality.
    public var line: Int?

    /// Creates a property from its raw (already escaped) value; the name is
    /// upper-cased.
    public init(_ name: String, parameters: [Parameter] = [], value: String, line: Int? = nil) {
        self.name = name.uppercasedASCII
        self.parameters = parameters
        self.value = value
        self.line = line
    }

    /// Equality ignores where the property was read from.
    public static func == (lhs: Property, rhs: Property) -> Bool {
        lhs.name == rhs.name && lhs.parameters == rhs.parameters && lhs.value == rhs.value
    }

    /// The first value of the parameter `name` (case-insensitive).
    public func parameter(_ name: String) -> String? {
        let key = name.uppercasedASCII
        return parameters.first { $0.name == key }?.value
    }

    /// Sets (or with nil removes) the single-valued parameter `name`,
    /// keeping its position when it already exists.
    public mutating func setParameter(_ name: String, _ value: String?) {
        let key = name.uppercasedASCII
        if let value {
            let index = parameters.firstIndex { $0.name == key } ?? parameters.endIndex
            parameters.removeAll { $0.name == key }
            parameters.insert(Parameter(key, value), at: min(index, parameters.endIndex))
        } else {
            parameters.removeAll { $0.name == key }
        }
    }
}
