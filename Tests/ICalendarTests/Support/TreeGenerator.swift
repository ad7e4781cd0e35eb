@testable import ICalendar

/// Random component trees for round-trip property tests: names known and
/// unknown, parameters that need quoting, multi-valued parameters, values
/// with every TEXT special, multi-byte scripts and long lines that fold.
struct TreeGenerator {
    var random: SeededGenerator

    static let componentNames = ["VEVENT", "VTIMEZONE", "STANDARD", "DAYLIGHT", "VALARM", "X-CONVENE", "VTODO"]
    static let propertyNames = [
        "UID", "SEQUENCE", "DTSTAMP", "DTSTART", "DTEND", "DURATION", "SUMMARY", "DESCRIPTION", "LOCATION", "GEO", "CATEGORIES",
        "STATUS", "ORGANIZER", "ATTENDEE", "URL", "RRULE", "EXDATE", "TZID", "TZOFFSETFROM", "TZOFFSETTO", "TZNAME", "ACTION",
        "TRIGGER", "X-WR-CALNAME", "X-CONVENE-ID", "COMMENT", "VERSION", "PRODID", "METHOD",
    ]
    static let fragments = [
        "a", "Z", "0", " ", "\t", ":", ";", ",", "\\", "=", "^", "'", "/", "Hội nghị", "ประชุม", "အစည်းအဝေး", "会议", "🎉", "👩🏽‍💼",
        "mailto:x@example.org", "20240501T090000Z", "ASEAN", "ộ", "\u{301}", "~", "#",
    ]

    init(seed: UInt64) {
        random = SeededGenerator(seed: seed)
    }

    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    mutating func text(maxPieces: Int) -> String {
        var output = ""
        for _ in 0..<int(0...maxPieces) { output += pick(TreeGenerator.fragments) }
        return output
    }

    mutating func parameterValue() -> String {
        // DQUOTE and control characters cannot be written (RFC 5545 §3.2).
        text(maxPieces: 4).replacingOccurrences(of: "\t", with: " ")
    }

    mutating func property() -> Property {
        var parameters: [Parameter] = []
        for _ in 0..<int(0...2) {
            let name = pick(["CN", "TZID", "VALUE", "X-P", "MEMBER", "LANGUAGE", "ROLE"])
            parameters.append(Parameter(name, (0..<int(1...3)).map { _ in parameterValue() }))
        }
        let raw: String
        switch int(0...3) {
        case 0: raw = TextEscaping.escape(text(maxPieces: 6) + (int(0...3) == 0 ? "\r\nATTENDEE:evil" : ""))
        case 1: raw = TextEscaping.escape(text(maxPieces: 60))
        case 2: raw = TextEscaping.joinList((0..<int(1...4)).map { _ in text(maxPieces: 3) })
        default: raw = text(maxPieces: 8)
        }
        return Property(pick(TreeGenerator.propertyNames), parameters: parameters, value: raw)
    }

    mutating func component(name: String, depth: Int) -> Component {
        var component = Component(name)
        for _ in 0..<int(0...8) { component.append(property()) }
        if depth < 3 {
            for _ in 0..<int(0...(depth == 0 ? 4 : 2)) {
                component.components.append(self.component(name: pick(TreeGenerator.componentNames), depth: depth + 1))
            }
        }
        return component
    }

    mutating func calendar() -> Component {
        component(name: "VCALENDAR", depth: 0)
    }
}
