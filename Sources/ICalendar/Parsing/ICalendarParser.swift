import Foundation

/// Reads iCalendar text into component trees (RFC 5545 §3.4, §3.6).
///
/// Tolerant where real feeds are sloppy and nothing is lost: LF-only line
/// ends, lower-case names, blank lines, whitespace around the name in
/// BEGIN/END lines, a byte order mark, DATE values without VALUE=DATE, and
/// TZIDs with no VTIMEZONE (left to `TimeZoneResolver`'s fallback). Strict
/// where silence would lose data: unbalanced or mismatched BEGIN/END, a
/// property outside any component, a line with no colon, malformed
/// parameters and the `ParserLimits` bounds all throw an `ICalendarError`
/// with the physical line (from 1) where the offending line starts.
public struct ICalendarParser: Sendable {
    /// The bounds applied to every input.
    public var limits: ParserLimits

    /// A parser with `limits` (defaults as documented on `ParserLimits`).
    public init(limits: ParserLimits = ParserLimits()) {
        self.limits = limits
    }

    /// The top-level components of `text`, in order.
    public func parse(_ text: String) throws(ICalendarError) -> [Component] {
        try parse(bytes: Array(text.utf8))
    }

    /// The top-level components of UTF-8 `data`; invalid UTF-8 is an error.
    public func parse(data: Data) throws(ICalendarError) -> [Component] {
        guard data.count <= limits.maxInputBytes else {
            throw ICalendarError(.limit, "input is \(data.count) bytes; the limit is \(limits.maxInputBytes) (ParserLimits.maxInputBytes)")
        }
        return try parse(bytes: [UInt8](data))
    }

    /// The single VCALENDAR of `text`; throws when there is none or more
    /// than one top-level component.
    public func parseCalendar(_ text: String) throws(ICalendarError) -> VCalendar {
        try calendar(from: try parse(text))
    }

    private func calendar(from components: [Component]) throws(ICalendarError) -> VCalendar {
        guard components.count == 1, let calendar = VCalendar(components[0]) else {
            throw ICalendarError(.structure, line: components.count > 1 ? components[1].line : components.first?.line,
                                 "expected exactly one VCALENDAR, found \(components.map(\.name))")
        }
        return calendar
    }

    /// The single VCALENDAR of UTF-8 `data`.
    public func parseCalendar(data: Data) throws(ICalendarError) -> VCalendar {
        guard data.count <= limits.maxInputBytes else {
            throw ICalendarError(.limit, "input is \(data.count) bytes; the limit is \(limits.maxInputBytes) (ParserLimits.maxInputBytes)")
        }
        return try calendar(from: try parse(bytes: [UInt8](data)))
    }

    /// The top-level components of UTF-8 `bytes`.
    public func parse(bytes: [UInt8]) throws(ICalendarError) -> [Component] {
        let lines = try LineUnfolder.unfold(bytes, limits: limits)
        var roots: [Component] = []
        var stack: [Component] = []
        var componentCount = 0
        for line in lines {
            let property = try ContentLineParser.parse(line)
            switch property.name {
            case "BEGIN":
                let name = trimmed(property.value).uppercasedASCII
                guard Syntax.isName(name) else {
                    throw ICalendarError(.structure, line: line.line, "BEGIN needs a component name (expected BEGIN:VCALENDAR, BEGIN:VEVENT, ...)")
                }
                guard stack.count < limits.maxNestingDepth else {
                    throw ICalendarError(.limit, line: line.line, "BEGIN:\(name) nests deeper than \(limits.maxNestingDepth) components (ParserLimits.maxNestingDepth)")
                }
                componentCount += 1
                guard componentCount <= limits.maxComponents else {
                    throw ICalendarError(.limit, line: line.line, "more than \(limits.maxComponents) components (ParserLimits.maxComponents)")
                }
                stack.append(Component(name, line: line.line))
            case "END":
                let name = trimmed(property.value).uppercasedASCII
                guard let finished = stack.popLast() else {
                    throw ICalendarError(.structure, line: line.line, "END:\(name) with no open component (expected BEGIN:\(name) before it)")
                }
                guard finished.name == name else {
                    throw ICalendarError(.structure, line: line.line, "END:\(name) does not match BEGIN:\(finished.name) at line \(finished.line ?? 0) (expected END:\(finished.name))")
                }

                if stack.isEmpty {
                    roots.append(finished)
                } else {
                    stack[stack.count - 1].components.append(finished)
                }
            default:
                guard !stack.isEmpty else {
                    throw ICalendarError(.structure, line: line.line, "property \(property.name) outside of any component (expected BEGIN:VCALENDAR first)")
                }
                stack[stack.count - 1].properties.append(property)
            }
        }
        if let open = stack.last {
            throw ICalendarError(.structure, line: open.line, "BEGIN:\(open.name) is never closed (expected END:\(open.name) before the end of the input)")
        }
        return roots
    }

    /// BEGIN/END values without surrounding blanks: feeds leave trailing
    /// spaces after END:VCALENDAR.
    private func trimmed(_ value: String) -> String {
        value.trimmingCharacters(in: CharacterSet(charactersIn: " \t"))
    }
}
