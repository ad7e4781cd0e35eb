import Foundation
import Testing
@testable import ICalendar

/// Round trip laws over generated trees: parse(write(t)) == ordered(t), and
/// write(parse(write(t))) == write(t), byte for byte.
struct RoundTripTests {
    @Test(arguments: 0..<200)
    func writeParseWrite(seed: Int) throws {
        var generator = TreeGenerator(seed: UInt64(seed) &* 7919 &+ 17)
        let tree = generator.calendar()
        let text = try ICalendarWriter.write(tree)
        let parsed = try ICalendarParser().parse(text)
        #expect(parsed == [PropertyOrder.ordered(tree)], "seed \(seed)")
        #expect(try ICalendarWriter.write(parsed) == text, "seed \(seed)")

        // Every physical line: at most 75 octets, valid UTF-8 on its own, CRLF-terminated.
        #expect(text.hasSuffix("\r\n"))
        for line in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast() {
            #expect(line.last == 0x0D, "seed \(seed): bare LF")
            let body = Array(line.dropLast())
            #expect(body.count <= 75, "seed \(seed): \(body.count) octets")
            #expect(String(validating: body, as: UTF8.self) != nil, "seed \(seed): split character")
            #expect(!body.contains(0x0D), "seed \(seed): stray CR")
        }
    }

    @Test(arguments: 0..<50)
    func lfOnlyAndLowercaseReadTheSame(seed: Int) throws {
        var generator = TreeGenerator(seed: UInt64(seed) &+ 100_000)
        let tree = generator.calendar()
        let text = try ICalendarWriter.write(tree)
        let sloppy = text.replacingOccurrences(of: "\r\n", with: "\n")
        #expect(try ICalendarParser().parse(sloppy) == [PropertyOrder.ordered(tree)], "seed \(seed)")
    }

    @Test func generatedTextSurvivesTheTypedTextAccessors() throws {
        var generator = TreeGenerator(seed: 42)
        for _ in 0..<200 {
            let text = generator.text(maxPieces: 10)
            var component = Component("VEVENT")
            component.setText("SUMMARY", text)
            let written = try ICalendarWriter.write(component)
            let read = try ICalendarParser().parse(written)[0].text("SUMMARY")
            #expect(read == text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n"))
        }
    }

    @Test func parsedFixturesRewriteStably() throws {
        for name in ["timezones.ics", "all-day-holidays.ics", "icu-vtimezone-lf.ics", "lf-only-lowercase.ics"] {
            let first = try ICalendarWriter.write(try ICalendarParser().parse(try Fixture.text(name)))
            let second = try ICalendarWriter.write(try ICalendarParser().parse(first))
            #expect(first == second, "\(name)")
        }
    }
}
