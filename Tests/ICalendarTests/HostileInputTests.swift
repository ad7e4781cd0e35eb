import Testing
@testable import ICalendar

/// Mutated input never traps: it parses, or throws an `ICalendarError`
/// whose line lies inside the input. Typed accessors on whatever parsed
/// behave the same way.
struct HostileInputTests {
    static let insertions: [[UInt8]] = [
        Array(":".utf8), Array(";".utf8), Array("\"".utf8), Array("=".utf8), Array(",".utf8), Array("\r\n".utf8), Array("\n".utf8),
        Array("\r\n ".utf8), Array("\r\nBEGIN:VEVENT\r\n".utf8), Array("\r\nEND:VCALENDAR\r\n".utf8), [0xE1, 0xBB], [0xFF], [0x00],
        Array("\\".utf8), Array("Z".utf8), Array("T".utf8), Array("-".utf8), Array("9".utf8),
    ]

    @Test(arguments: 0..<300)
    func mutatedCalendarsParseOrFailWithALine(seed: Int) throws {
        var random = SeededGenerator(seed: UInt64(seed) &+ 555)
        func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
        var bytes = try Fixture.bytes(["timezones.ics", "all-day-holidays.ics", "icu-vtimezone-lf.ics", "lf-only-lowercase.ics"][seed % 4])
        for _ in 0..<int(1...6) {
            let at = int(0...(bytes.count - 1))
            switch int(0...2) {
            case 0: bytes.insert(contentsOf: HostileInputTests.insertions[int(0...(HostileInputTests.insertions.count - 1))], at: at)
            case 1: bytes.removeSubrange(at..<min(bytes.count, at + int(1...12)))
            default: bytes[at] = UInt8(int(0x20...0x7E))
            }
            if bytes.isEmpty { bytes = [0x41] }
        }
        let physicalLines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).count
        do {
            let components = try ICalendarParser().parse(bytes: bytes)
            for component in components {
                exercise(component, lines: physicalLines)
            }
        } catch {
            if let line = error.line {
                #expect((1...physicalLines).contains(line), "seed \(seed): \(error)")
            }
        }
    }

    /// Reads every typed value; errors must carry a line inside the input.
    func exercise(_ component: Component, lines: Int) {
        for property in component.properties {
            let checks: [ICalendarError?] = [
                icalError { () throws(ICalendarError) in try property.dateOrDateTimeValue() },
                icalError { () throws(ICalendarError) in try property.durationValue() },
                icalError { () throws(ICalendarError) in try property.utcOffsetValue() },
                icalError { () throws(ICalendarError) in try property.recurrenceRuleValue() },
                icalError { () throws(ICalendarError) in try property.recurrenceDatesValue() },
                icalError { () throws(ICalendarError) in try property.geoValue() },
            ]
            for case let error? in checks {
                #expect(error.line.map { (1...lines).contains($0) } ?? false, "\(error)")
            }
        }
        if let calendar = VCalendar(component) {
            let resolver = calendar.resolver()
            for event in calendar.events {
                if case .dateTime(let start)? = try? event.start() {
                    _ = try? resolver.utcSeconds(for: start)
                }
                _ = try? event.occurrences(through: .date(ICalDate(daysSince1970: 25_000)), maxOccurrences: 100)
            }
        }
        for child in component.components {
            exercise(child, lines: lines)
        }
    }
}
