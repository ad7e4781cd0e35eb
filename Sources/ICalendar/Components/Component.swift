/// A component of the iCalendar object model (RFC 5545 §3.4, §3.6): a name
/// (VCALENDAR, VEVENT, VTIMEZONE, STANDARD, ...), its properties in order
/// and its subcomponents in order. This generic tree holds any component,
/// known or not; `VCalendar`, `VEvent`, `VTimeZone`, `TimeZoneObservance`
/// and `VAlarm` are typed views over it. The tree never sees folding or
/// line ends.
public struct Component: Equatable, Sendable {
    /// The component name, upper-cased.
    public let name: String
    /// Properties in insertion (or file) order; the writer orders them by
    /// `PropertyOrder`.
    public var properties: [Property]
    /// Subcomponents in insertion (or file) order.
    public var components: [Component]
    /// The physical line (from 1) of the BEGIN line in parsed text; nil for
    /// built components. Not part of equality.
    public var line: Int?

    /// Creates a component; the name is upper-cased.
    public init(_ name: String, properties: [Property] = [], components: [Component] = [], line: Int? = nil) {
        self.name = name.uppercasedASCII
        self.properties = properties
        self.components = components
        self.line = line
    }

    /// Equality ignores where the component was read from.
    public static func == (lhs: Component, rhs: Component) -> Bool {
        lhs.name == rhs.name && lhs.properties == rhs.properties && lhs.components == rhs.components
    }

    /// The first property named `name` (case-insensitive).
    public func property(_ name: String) -> Property? {
        let key = name.uppercasedASCII
        return properties.first { $0.name == key }
    }

    /// Every property named `name` (case-insensitive), in order.
    public func properties(named name: String) -> [Property] {
        let key = name.uppercasedASCII
        return properties.filter { $0.name == key }
    }

    /// Every subcomponent named `name` (case-insensitive), in order.
    public func components(named name: String) -> [Component] {
        let key = name.uppercasedASCII
        return components.filter { $0.name == key }
    }

    /// Replaces every property named like `property` with it, at the
    /// position of the first one (or at the end).
    public mutating func set(_ property: Property) {
        let index = properties.firstIndex { $0.name == property.name } ?? properties.endIndex
        properties.removeAll { $0.name == property.name }
        properties.insert(property, at: min(index, properties.endIndex))
    }

    /// Sets a property from its raw value, or removes it when nil.
    public mutating func set(_ name: String, raw value: String?, parameters: [Parameter] = []) {
        if let value {
            set(Property(name, parameters: parameters, value: value))
        } else {
            removeProperties(named: name)
        }
    }

    /// Appends a property, keeping any others of the same name
    /// (ATTENDEE, CATEGORIES, EXDATE may repeat).
    public mutating func append(_ property: Property) {
        properties.append(property)
    }

    /// Removes every property named `name`.
    public mutating func removeProperties(named name: String) {
        let key = name.uppercasedASCII
        properties.removeAll { $0.name == key }
    }

    /// The decoded TEXT of the first `name` property (§3.3.11), or nil.
    public func text(_ name: String) -> String? {
        property(name)?.textValue
    }

    /// Sets `name` to TEXT `value`, escaped, or removes it when nil.
    public mutating func setText(_ name: String, _ value: String?) {
        set(name, raw: value.map(TextEscaping.escape))
    }
}
