import Foundation
import Testing
@testable import ICalendar

/// The writer: fixed order, CRLF, folding, determinism.
struct WriterTests {
    func dateTime(_ text: String, tzid: String? = nil) -> ICalDateTime {
        ICalDateTime(icalText: text, tzid: tzid) ?? ICalDateTime(utcSecondsSince1970: 0)
    }

    @Test func vEventPropertiesComeInTheDocumentedOrder() throws {
        var event = Component("VEVENT")
        // Deliberately scrambled, with unknown properties in between.
        for (name, value) in [
            ("X-CONVENE-MEETING", "som"), ("URL", "https://example.org"), ("ATTENDEE", "mailto:a@x.org"), ("ORGANIZER", "mailto:o@x.org"),
            ("STATUS", "CONFIRMED"), ("CATEGORIES", "SOM"), ("GEO", "4.89;114.94"), ("LOCATION", "ICC"), ("RRULE", "FREQ=YEARLY"),
            ("DESCRIPTION", "d"), ("SUMMARY", "s"), ("DTEND", "20240501T170000Z"), ("ATTENDEE", "mailto:b@x.org"),
            ("DTSTART", "20240501T090000Z"), ("DTSTAMP", "20240101T000000Z"), ("SEQUENCE", "2"), ("UID", "u"), ("X-A", "1"),
        ] {
            event.append(Property(name, value: value))
        }
        let names = PropertyOrder.ordered(event).properties.map(\.name)
        #expect(names == ["UID", "SEQUENCE", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "LOCATION", "GEO", "CATEGORIES",
                          "STATUS", "ORGANIZER", "ATTENDEE", "ATTENDEE", "URL", "X-CONVENE-MEETING", "RRULE", "X-A"])
        let attendees = PropertyOrder.ordered(event).properties.filter { $0.name == "ATTENDEE" }.map(\.value)
        #expect(attendees == ["mailto:a@x.org", "mailto:b@x.org"])
    }

    @Test func vCalendarPutsTimeZonesBeforeEvents() throws {
        var calendar = Component("VCALENDAR")
        calendar.components = [Component("VEVENT"), Component("X-OTHER"), Component("VTIMEZONE"), Component("VEVENT")]
        calendar.properties = [Property("X-WR-TIMEZONE", value: "z"), Property("METHOD", value: "PUBLISH"), Property("X-WR-CALNAME", value: "n"),
                               Property("PRODID", value: "p"), Property("CALSCALE", value: "GREGORIAN"), Property("VERSION", value: "2.0")]
        let ordered = PropertyOrder.ordered(calendar)
        #expect(ordered.properties.map(\.name) == ["VERSION", "PRODID", "CALSCALE", "METHOD", "X-WR-CALNAME", "X-WR-TIMEZONE"])
        #expect(ordered.components.map(\.name) == ["VTIMEZONE", "VEVENT", "VEVENT", "X-OTHER"])
    }

    @Test func writesAWholeCalendarByteForByte() throws {
        var calendar = VCalendar(productID: "-//Convene//ACCSM 22//EN")
        calendar.method = "PUBLISH"
        calendar.name = "ACCSM 22, Brunei Darussalam"
        let yangon = VTimeZone(id: "Asia/Yangon", observances: [
            TimeZoneObservance(.standard, start: dateTime("19700101T000000"), offsetFrom: UTCOffset(seconds: 23_400),
                               offsetTo: UTCOffset(seconds: 23_400), name: "+0630"),
        ])
        var event = VEvent(uid: "som@accsm22.example", timestamp: dateTime("20240101T000000Z"),
                           start: .dateTime(dateTime("20240605T090000", tzid: "Asia/Yangon")))
        event.setEnd(.dateTime(dateTime("20240605T170000", tzid: "Asia/Yangon")))
        event.summary = "Senior Officials Meeting; ACCSM 22"
        event.setSequence(1)
        event.setGeo(GeoPosition(latitude: 16.8661, longitude: 96.1951))
        event.categories = ["SOM", "ASEAN, Plus Three"]
        event.organizer = CalendarUser(address: "mailto:secretariat@example.org", commonName: "ACCSM Secretariat")
        event.attendees = [CalendarUser(address: "mailto:mm@example.org", commonName: "Myanmar: Union Civil Service Board")]
        event.alarms = [VAlarm(displaying: "Tomorrow", before: ICalDuration(days: 1))]
        calendar.add(event)
        calendar.add(yangon)
        let text = try ICalendarWriter.write(calendar)
        let expected = [
            "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Convene//ACCSM 22//EN", "METHOD:PUBLISH", "X-WR-CALNAME:ACCSM 22\\, Brunei Darussalam",
            "BEGIN:VTIMEZONE", "TZID:Asia/Yangon", "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:+0630", "TZOFFSETTO:+0630",
            "TZNAME:+0630", "END:STANDARD", "END:VTIMEZONE",
            "BEGIN:VEVENT", "UID:som@accsm22.example", "SEQUENCE:1", "DTSTAMP:20240101T000000Z", "DTSTART;TZID=Asia/Yangon:20240605T090000",
            "DTEND;TZID=Asia/Yangon:20240605T170000", "SUMMARY:Senior Officials Meeting\\; ACCSM 22", "GEO:16.8661;96.1951",
            "CATEGORIES:SOM,ASEAN\\, Plus Three", "ORGANIZER;CN=ACCSM Secretariat:mailto:secretariat@example.org",
            "ATTENDEE;CN=\"Myanmar: Union Civil Service Board\":mailto:mm@example.org",
            "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:-P1D", "DESCRIPTION:Tomorrow", "END:VALARM", "END:VEVENT", "END:VCALENDAR",
        ].map { $0 + "\r\n" }.joined()
        #expect(text == expected)
        #expect(try ICalendarWriter.write(calendar) == text)

        let parsed = try ICalendarParser().parseCalendar(text)
        #expect(parsed.component == PropertyOrder.ordered(calendar.component))
        let readEvent = try #require(parsed.events.first)
        #expect(readEvent.categories == ["SOM", "ASEAN, Plus Three"])
        #expect(readEvent.attendees.first?.commonName == "Myanmar: Union Civil Service Board")
        #expect(try readEvent.sequence() == 1)
        #expect(try readEvent.geo() == GeoPosition(latitude: 16.8661, longitude: 96.1951))
        #expect(try readEvent.alarms.first?.triggerOffset() == ICalDuration(isNegative: true, days: 1))
    }

    @Test func allDayEvent() throws {
        let first = try #require(ICalDate(year: 2024, month: 2, day: 23))
        var event = VEvent(uid: "national-day@bn", timestamp: dateTime("20240101T000000Z"), start: .date(first))
        event.setEnd(.date(first.adding(days: 1)))
        event.summary = "National Day"
        let text = try ICalendarWriter.write(event.component)
        #expect(text.contains("\r\nDTSTART;VALUE=DATE:20240223\r\nDTEND;VALUE=DATE:20240224\r\n"))
        let read = try #require(VEvent(try ICalendarParser().parse(text)[0]))
        #expect(try read.start() == .date(first))
        #expect(try read.end() == .date(ICalDate(year: 2024, month: 2, day: 24) ?? first))

        let holidays = try ICalendarParser().parseCalendar(try Fixture.text("all-day-holidays.ics"))
        #expect(try holidays.events[1].start()?.isDate == true)
    }

    @Test func longLinesAreFoldedInOutput() throws {
        var event = Component("VEVENT")
        event.setText("SUMMARY", String(repeating: "Hội nghị ", count: 20))
        let text = try ICalendarWriter.write(event)
        for line in text.components(separatedBy: "\r\n") {
            #expect(line.utf8.count <= 75)
        }
        #expect(try ICalendarParser().parse(text)[0].text("SUMMARY") == String(repeating: "Hội nghị ", count: 20))
    }

    @Test func beginAsAPropertyNameIsRefused() {
        var component = Component("VEVENT")
        component.append(Property("BEGIN", value: "VTODO"))
        #expect(icalError { () throws(ICalendarError) in try ICalendarWriter.write(component) }?.kind == .write)
    }
}
