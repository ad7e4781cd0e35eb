import Testing
@testable import ICalendar

/// RFC 5545 §3.3.11 TEXT escaping, and that no value can inject a property.
struct EscapingTests {
    @Test func escapesTheFourSpecials() {
        #expect(TextEscaping.escape("a\\b;c,d\ne") == "a\\\\b\\;c\\,d\\ne")
        #expect(TextEscaping.escape("x\r\ny\rz") == "x\\ny\\nz")
    }

    @Test func unescapesIncludingCapitalN() {
        #expect(TextEscaping.unescape("a\\\\b\\;c\\,d\\ne\\Nf") == "a\\b;c,d\ne\nf")
    }

    @Test func unknownEscapeAndTrailingBackslashAreTolerated() {
        #expect(TextEscaping.unescape("a\\:b") == "a:b")
        #expect(TextEscaping.unescape("end\\") == "end\\")
    }

    @Test(arguments: [
        "", "plain", "semi;colon", "com,ma", "back\\slash", "new\nline", "\\n literally", "Hội nghị; Hà Nội, Việt Nam",
        "ending with backslash\\", ";;,,\\\\", "การประชุม\nครั้งที่ 22", "🎉,🎊;\\",
    ])
    func roundTrips(text: String) {
        #expect(TextEscaping.unescape(TextEscaping.escape(text)) == text)
    }

    @Test func listsSplitOnlyOnUnescapedCommas() {
        let raw = TextEscaping.joinList(["ASEAN, Plus Three", "SOM", "a\\b"])
        #expect(raw == "ASEAN\\, Plus Three,SOM,a\\\\b")
        #expect(TextEscaping.splitList(raw) == ["ASEAN, Plus Three", "SOM", "a\\b"])
    }

    @Test func titleCannotInjectAProperty() throws {
        var calendar = VCalendar(productID: "-//Convene//Test//EN")
        var event = VEvent(uid: "x@test", timestamp: try #require(ICalDateTime(year: 2024, month: 1, day: 1, hour: 0, minute: 0, zone: .utc)),
                           start: .date(try #require(ICalDate(year: 2024, month: 5, day: 1))))
        event.summary = "Preparatory Meeting\r\nATTENDEE:mailto:evil@example.org"
        event.location = "Hall\nEND:VEVENT\nBEGIN:VEVENT"
        calendar.add(event)
        let text = try ICalendarWriter.write(calendar)
        #expect(!text.contains("\r\nATTENDEE"))
        let parsed = try ICalendarParser().parseCalendar(text)
        #expect(parsed.events.count == 1)
        #expect(parsed.events[0].attendees.isEmpty)
        #expect(parsed.events[0].summary == "Preparatory Meeting\nATTENDEE:mailto:evil@example.org")
        #expect(parsed.events[0].location == "Hall\nEND:VEVENT\nBEGIN:VEVENT")
    }

    @Test func rawValueWithLineBreakIsRefused() {
        var component = Component("VEVENT")
        component.append(Property("URL", value: "https://example.org\r\nATTENDEE:mailto:evil@example.org"))
        let error = icalError { () throws(ICalendarError) in try ICalendarWriter.write(component) }
        #expect(error?.kind == .write)
    }

    @Test func parameterWithLineBreakOrQuoteIsRefused() {
        for bad in ["Viet\nNam", "Viet \"Nam\""] {
            var component = Component("VEVENT")
            component.append(Property("ATTENDEE", parameters: [Parameter("CN", bad)], value: "mailto:vn@example.org"))
            let error = icalError { () throws(ICalendarError) in try ICalendarWriter.write(component) }
            #expect(error?.kind == .write)
        }
    }
}
