import Foundation
import Testing
@testable import ICalendar

/// The parser on fixtures: tolerant of sloppy feeds, strict with exact
/// line numbers where data would be lost.
struct ParserTests {
    @Test(arguments: [
        ("unbalanced-end.ics", 8, ICalendarError.Kind.structure, "END:VCALENDAR with no open component"),
        ("wrong-end.ics", 6, .structure, "does not match BEGIN:VEVENT at line 4"),
        ("unclosed-begin.ics", 4, .structure, "BEGIN:VEVENT is never closed"),
        ("no-colon.ics", 7, .syntax, "no ':'"),
        ("bad-param-unterminated-quote.ics", 6, .syntax, "unterminated quoted value of parameter CN"),
        ("bad-param-dquote-inside.ics", 6, .syntax, "'\"' inside the unquoted value of parameter CN"),
        ("property-outside.ics", 1, .structure, "outside of any component"),
    ])
    func malformedFixtureFailsAtLine(name: String, line: Int, kind: ICalendarError.Kind, message: String) throws {
        let error = try #require(try Fixture.parseError(name))
        #expect(error.line == line)
        #expect(error.kind == kind)
        #expect(error.message.contains(message), "\(error)")
    }

    @Test func malformedDateTimeFailsInTheTypedAccessorWithItsLine() throws {
        let calendar = try ICalendarParser().parseCalendar(try Fixture.text("bad-dtstart.ics"))
        let event = try #require(calendar.events.first)
        let error = icalError { () throws(ICalendarError) in try event.start() }
        #expect(error?.line == 7)
        #expect(error?.kind == .value)
        #expect(error?.message.contains("DTSTART value '2024-05-01T09:00:00' is not a DATE-TIME") == true)
    }

    @Test func malformedDurationFailsWithItsLine() throws {
        let calendar = try ICalendarParser().parseCalendar(try Fixture.text("bad-duration.ics"))
        let error = icalError { () throws(ICalendarError) in try calendar.events[0].duration() }
        #expect(error?.line == 7)
        #expect(error?.message.contains("DURATION") == true)
    }

    @Test func sloppyFeedParses() throws {
        let calendar = try ICalendarParser().parseCalendar(try Fixture.text("lf-only-lowercase.ics"))
        #expect(calendar.version == "2.0")
        let event = try #require(calendar.events.first)
        #expect(event.uid == "1@sloppy")
        #expect(event.summary == "ประชุม")
        #expect(event.component.property("SUMMARY")?.parameter("LANGUAGE") == "th")
        // No VTIMEZONE for Asia/Bangkok: the value keeps its TZID; resolution is the fallback's job.
        #expect(try event.start() == .dateTime(try #require(local("Asia/Bangkok", 2024, 5, 1, 9))))
        #expect(event.component.line == 5)
    }

    @Test func icuVTimeZoneWithLFParses() throws {
        let calendar = try ICalendarParser().parseCalendar(try Fixture.text("icu-vtimezone-lf.ics"))
        let zone = try #require(calendar.timeZone(id: "Australia/Sydney"))
        #expect(zone.observances.map(\.kind) == [.daylight, .standard])
        #expect(try zone.observances[0].offsetTo() == UTCOffset(seconds: 11 * 3600))
        #expect(try zone.observances[1].recurrenceRule()?.byDay == [try #require(RecurrenceRule.WeekdayNum(ordinal: 1, .sunday))])
        #expect(zone.component.property("X-TZINFO")?.value == "Australia/Sydney[2022e/Partial@1700000000000]")
    }

    @Test func dataInputAndBOM() throws {
        let data = Data([0xEF, 0xBB, 0xBF] + Array("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".utf8))
        #expect(try ICalendarParser().parse(data: data) == [Component("VCALENDAR")])
    }

    @Test func parseCalendarFromData() throws {
        let calendar = try ICalendarParser().parseCalendar(data: Data(try Fixture.bytes("timezones.ics")))
        #expect(calendar.timeZones.compactMap(\.id) == ["Asia/Yangon", "Australia/Sydney", "America/Toronto"])
        #expect(calendar.events.first?.summary == "Senior Officials Meeting")
    }

    @Test func parseCalendarWantsExactlyOneCalendar() {
        let error = icalError { () throws(ICalendarError) in
            try ICalendarParser().parseCalendar("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
        }
        #expect(error?.line == 3)
    }

    // MARK: Limits

    @Test func nestingDepthLimit() {
        let text = (1...9).map { "BEGIN:X\($0)\r\n" }.joined() + (1...9).reversed().map { "END:X\($0)\r\n" }.joined()
        let error = icalError { () throws(ICalendarError) in try ICalendarParser().parse(text) }
        #expect(error?.kind == .limit)
        #expect(error?.line == 9)
        #expect(error?.message.contains("maxNestingDepth") == true)
        #expect(icalError { () throws(ICalendarError) in try ICalendarParser(limits: ParserLimits(maxNestingDepth: 9)).parse(text) } == nil)
    }

    @Test func inputBytesLimit() {
        let error = icalError { () throws(ICalendarError) in
            try ICalendarParser(limits: ParserLimits(maxInputBytes: 10)).parse("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
        }
        #expect(error?.kind == .limit)
        #expect(error?.message.contains("maxInputBytes") == true)
    }

    @Test func contentLineLimit() {
        let text = "BEGIN:VCALENDAR\r\n" + String(repeating: "X-A:1\r\n", count: 10) + "END:VCALENDAR\r\n"
        let error = icalError { () throws(ICalendarError) in try ICalendarParser(limits: ParserLimits(maxContentLines: 5)).parse(text) }
        #expect(error?.kind == .limit)
        #expect(error?.line == 6)
    }

    @Test func lineLengthLimit() {
        let text = "BEGIN:VCALENDAR\r\nX-A:" + String(repeating: "a", count: 60) + "\r\n" + String(repeating: " bbbbbbbbbb\r\n", count: 10) + "END:VCALENDAR\r\n"
        let error = icalError { () throws(ICalendarError) in try ICalendarParser(limits: ParserLimits(maxLineBytes: 100)).parse(text) }
        #expect(error?.kind == .limit)
        #expect(error?.line == 2)
    }

    @Test func componentCountLimit() {
        let text = "BEGIN:VCALENDAR\r\n" + String(repeating: "BEGIN:VEVENT\r\nEND:VEVENT\r\n", count: 5) + "END:VCALENDAR\r\n"
        let error = icalError { () throws(ICalendarError) in try ICalendarParser(limits: ParserLimits(maxComponents: 3)).parse(text) }
        #expect(error?.kind == .limit)
        #expect(error?.line == 6)
    }
}
