import Testing
@testable import ICalendar

/// RFC 5545 §3.1-3.2: content line syntax, parameters, quoting.
struct ContentLineTests {
    func parse(_ text: String, line: Int = 1) throws(ICalendarError) -> Property {
        try ContentLineParser.parse(UnfoldedLine(text: text, line: line))
    }

    @Test func readsNameParametersAndValue() throws {
        let property = try parse("attendee;role=REQ-PARTICIPANT;cn=\"Lao PDR; Ministry of Home Affairs\":mailto:la@example.org")
        #expect(property.name == "ATTENDEE")
        #expect(property.parameters == [Parameter("ROLE", "REQ-PARTICIPANT"), Parameter("CN", "Lao PDR; Ministry of Home Affairs")])
        #expect(property.value == "mailto:la@example.org")
    }

    @Test func valueMayContainColonsAndSemicolons() throws {
        let property = try parse("DESCRIPTION:Agenda: item 1; item 2")
        #expect(property.value == "Agenda: item 1; item 2")
    }

    @Test func multiValuedParameter() throws {
        let property = try parse("ATTENDEE;MEMBER=\"mailto:a@x.org\",\"mailto:b@x.org\",plain:mailto:c@x.org")
        #expect(property.parameters == [Parameter("MEMBER", ["mailto:a@x.org", "mailto:b@x.org", "plain"])])
        #expect(try ContentLineWriter.line(for: property) == "ATTENDEE;MEMBER=\"mailto:a@x.org\",\"mailto:b@x.org\",plain:mailto:c@x.org")
    }

    @Test func writerQuotesOnlyWhenNeeded() throws {
        let property = Property("X-TEST", parameters: [
            Parameter("A", "plain"), Parameter("B", "with:colon"), Parameter("C", "with;semi"), Parameter("D", "with,comma"), Parameter("E", ""),
        ], value: "v")
        #expect(try ContentLineWriter.line(for: property) == "X-TEST;A=plain;B=\"with:colon\";C=\"with;semi\";D=\"with,comma\";E=:v")
        #expect(try parse(try ContentLineWriter.line(for: property)) == property)
    }

    @Test(arguments: [
        ("SUMMARY Meeting", "no ':'"),
        ("SUMMARY;LANGUAGE:en", "no '='"),
        ("ATTENDEE;CN=\"open:mailto:x", "unterminated"),
        ("ATTENDEE;CN=Vi\"et\":mailto:x", "'\"' inside"),
        ("ATTENDEE;CN=\"a\"b:mailto:x", "after the quoted value"),
        ("SUM MARY:x", "invalid property name"),
        (":x", "invalid property name"),
        ("X;=a:b", "invalid parameter name"),
        ("X;A=b", "no ':'"),
        ("X:a\u{1}b", "control character"),
    ])
    func malformedLinesNameTheirLine(text: String, expected: String) {
        let error = icalError { () throws(ICalendarError) in try parse(text, line: 42) }
        #expect(error?.line == 42)
        #expect(error?.kind == .syntax)
        #expect(error?.message.contains(expected) == true, "\(String(describing: error))")
    }

    @Test func invalidNamesAreRefusedOnWrite() {
        let error = icalError { () throws(ICalendarError) in try ContentLineWriter.line(for: Property("BAD NAME", value: "x")) }
        #expect(error?.kind == .write)
    }

    @Test func setParameterReplacesInPlace() {
        var property = Property("DTSTART", parameters: [Parameter("TZID", "A"), Parameter("X", "1")], value: "v")
        property.setParameter("tzid", "B")
        #expect(property.parameters == [Parameter("TZID", "B"), Parameter("X", "1")])
        property.setParameter("TZID", nil)
        #expect(property.parameters == [Parameter("X", "1")])
    }
}
