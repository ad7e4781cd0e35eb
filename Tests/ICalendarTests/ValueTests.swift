import Testing
@testable import ICalendar

/// RFC 5545 §3.3 value types.
struct ValueTests {
    @Test func dates() throws {
        let date = try #require(ICalDate(icalText: "20240229"))
        #expect(date.weekday == .thursday)
        #expect(date.icalText == "20240229")
        #expect(ICalDate(icalText: "20230229") == nil)
        #expect(ICalDate(icalText: "2024-02-29") == nil)
        #expect(ICalDate(icalText: "2024021") == nil)
        #expect(ICalDate(daysSince1970: date.daysSince1970) == date)
        #expect(ICalDate(daysSince1970: 0).icalText == "19700101")
    }

    @Test func dateTimeForms() throws {
        #expect(ICalDateTime(icalText: "20240501T090000")?.zone == .floating)
        #expect(ICalDateTime(icalText: "20240501T090000Z")?.zone == .utc)
        #expect(ICalDateTime(icalText: "20240501T090000", tzid: "Asia/Yangon")?.zone == .tzid("Asia/Yangon"))
        #expect(ICalDateTime(icalText: "20240501T090000Z", tzid: "Asia/Yangon")?.zone == .utc)
        #expect(ICalDateTime(icalText: "20240501T240000") == nil)
        #expect(ICalDateTime(icalText: "20240501 090000") == nil)
        #expect(ICalDateTime(icalText: "20240501T0900") == nil)
        #expect(ICalDateTime(icalText: "20241231T235960Z")?.second == 60)
        let value = try #require(ICalDateTime(icalText: "20240501T093015Z"))
        #expect(value.icalText == "20240501T093015Z")
        #expect(ICalDateTime(utcSecondsSince1970: value.civilSeconds) == value)
        #expect(ICalDateTime(utcSecondsSince1970: -1).icalText == "19691231T235959Z")
    }

    @Test func dateOrDateTimeFollowsValueParameter() throws {
        let allDay = try Property("DTSTART", parameters: [Parameter("VALUE", "DATE")], value: "20240223").dateOrDateTimeValue()
        #expect(allDay == .date(try #require(ICalDate(year: 2024, month: 2, day: 23))))
        #expect(allDay.isDate)
        let sloppy = try Property("DTSTART", value: "20240223").dateOrDateTimeValue()
        #expect(sloppy == allDay)
        let zoned = try Property("DTSTART", parameters: [Parameter("TZID", "Asia/Yangon")], value: "20240223T090000").dateOrDateTimeValue()
        #expect(zoned == .dateTime(try #require(local("Asia/Yangon", 2024, 2, 23, 9))))
        #expect(Property.dateOrDateTime("DTSTART", zoned) == Property("DTSTART", parameters: [Parameter("TZID", "Asia/Yangon")], value: "20240223T090000"))
        #expect(Property.dateOrDateTime("DTSTART", allDay) == Property("DTSTART", parameters: [Parameter("VALUE", "DATE")], value: "20240223"))
    }

    @Test(arguments: [
        ("P1D", 86_400, "P1D"), ("PT1H30M", 5400, "PT1H30M"), ("-PT15M", -900, "-PT15M"), ("+P2W", 1_209_600, "P2W"),
        ("P1DT2H3M4S", 93_784, "P1DT2H3M4S"), ("PT0S", 0, "PT0S"), ("PT90S", 90, "PT90S"), ("-P1W", -604_800, "-P1W"),
        ("PT1H5S", 3605, "PT1H5S"),
    ])
    func durations(text: String, seconds: Int, canonical: String) throws {
        let duration = try #require(ICalDuration(icalText: text))
        #expect(duration.totalSeconds == seconds)
        #expect(duration.icalText == canonical)
        #expect(ICalDuration(icalText: duration.icalText) == duration)
    }

    @Test(arguments: ["", "P", "PT", "1D", "P1H", "PT1D", "P1W2D", "PT1M1H", "P1DT", "P-1D", "PT1H1H", "P1D1D", "PTH"])
    func malformedDurations(text: String) {
        #expect(ICalDuration(icalText: text) == nil)
    }

    @Test func utcOffsets() {
        #expect(UTCOffset(icalText: "+0630")?.seconds == 23_400)
        #expect(UTCOffset(icalText: "+110000")?.seconds == 39_600)
        #expect(UTCOffset(icalText: "-0500")?.seconds == -18_000)
        #expect(UTCOffset(icalText: "+053045")?.seconds == 19_845)
        #expect(UTCOffset(icalText: "0630") == nil)
        #expect(UTCOffset(icalText: "+06:30") == nil)
        #expect(UTCOffset(icalText: "+0660") == nil)
        #expect(UTCOffset(seconds: 39_600).icalText == "+1100")
        #expect(UTCOffset(seconds: -19_845).icalText == "-053045")
    }

    @Test func periods() throws {
        let explicit = try #require(ICalPeriod(icalText: "20240501T090000Z/20240501T170000Z"))
        #expect(explicit.end == .dateTime(try #require(ICalDateTime(icalText: "20240501T170000Z"))))
        let byDuration = try #require(ICalPeriod(icalText: "20240501T090000/PT8H", tzid: "Asia/Yangon"))
        #expect(byDuration.start.zone == .tzid("Asia/Yangon"))
        #expect(byDuration.end == .duration(ICalDuration(hours: 8)))
        #expect(byDuration.icalText == "20240501T090000/PT8H")
        #expect(ICalPeriod(icalText: "20240501T090000Z") == nil)
        #expect(ICalPeriod(icalText: "20240501T090000Z/-PT1H") == nil)
    }

    @Test func geo() throws {
        let geo = try #require(GeoPosition(icalText: "4.890283;114.940369"))
        #expect(geo.latitude == 4.890283)
        #expect(geo.icalText == "4.890283;114.940369")
        #expect(GeoPosition(latitude: -33.8688, longitude: 151.2093)?.icalText == "-33.8688;151.2093")
        #expect(GeoPosition(latitude: 0.000001, longitude: -0.0000001)?.icalText == "0.000001;0")
        #expect(GeoPosition(icalText: "91;0") == nil)
        #expect(GeoPosition(icalText: "1e5;0") == nil)
        #expect(GeoPosition(icalText: "4.8,114.9") == nil)
    }

    @Test func integersAndRecurrenceDates() throws {
        #expect(try Property("SEQUENCE", value: "3").integerValue() == 3)
        #expect(icalError { () throws(ICalendarError) in try Property("SEQUENCE", value: "three", line: 9).integerValue() }?.line == 9)
        let exdate = Property("EXDATE", parameters: [Parameter("TZID", "Asia/Yangon")], value: "20240501T090000,20240502T090000")
        #expect(try exdate.recurrenceDatesValue().count == 2)
        let dates = Property("EXDATE", parameters: [Parameter("VALUE", "DATE")], value: "20240501,20240502")
        #expect(try dates.recurrenceDatesValue() == [.date(try #require(ICalDate(year: 2024, month: 5, day: 1))), .date(try #require(ICalDate(year: 2024, month: 5, day: 2)))])
        #expect(Property.recurrenceDates("EXDATE", try dates.recurrenceDatesValue()) == dates)
        let periods = Property("RDATE", parameters: [Parameter("VALUE", "PERIOD")], value: "20240501T090000Z/PT1H")
        #expect(try periods.recurrenceDatesValue().count == 1)
        #expect(icalError { () throws(ICalendarError) in try Property("RDATE", value: "20240501T090000,bad", line: 4).recurrenceDatesValue() }?.line == 4)
    }
}
