import Testing
@testable import ICalendar

/// RRULE parsing and bounded expansion (RFC 5545 §3.3.10).
struct RecurrenceTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> ICalDate {
        ICalDate(year: y, month: m, day: d) ?? ICalDate(daysSince1970: 0)
    }

    func expand(_ rule: String, _ start: DateOrDateTime, through end: DateOrDateTime, max: Int = 1000) throws -> [DateOrDateTime] {
        try RecurrenceExpander.expand(try RecurrenceRule(icalText: rule), start: start, through: end, maxOccurrences: max)
    }

    @Test func parsesAndWritesCanonically() throws {
        let rule = try RecurrenceRule(icalText: "freq=yearly;bymonth=11;byday=4th")
        #expect(rule.frequency == .yearly)
        #expect(rule.byMonth == [11])
        #expect(rule.byDay == [try #require(RecurrenceRule.WeekdayNum(ordinal: 4, .thursday))])
        #expect(rule.icalText == "FREQ=YEARLY;BYMONTH=11;BYDAY=4TH")
        let other = try RecurrenceRule(icalText: "FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=-1;INTERVAL=2;UNTIL=20241231T000000Z")
        #expect(other.icalText == "FREQ=MONTHLY;INTERVAL=2;UNTIL=20241231T000000Z;BYDAY=MO,TU;BYSETPOS=-1")
    }

    @Test(arguments: [
        ("BYMONTH=11", "FREQ is missing"), ("FREQ=FORTNIGHTLY", "FREQ"), ("FREQ=DAILY;COUNT=0", "COUNT"),
        ("FREQ=DAILY;COUNT=2;UNTIL=20240101", "COUNT and UNTIL"), ("FREQ=YEARLY;BYMONTH=13", "BYMONTH"),
        ("FREQ=YEARLY;BYDAY=0SU", "BYDAY"), ("FREQ=YEARLY;BYDAY=1XX", "BYDAY"), ("FREQ=DAILY;FREQ=DAILY", "twice"),
        ("FREQ=DAILY;INTERVAL", "NAME=VALUE"), ("FREQ=DAILY;UNTIL=2024", "UNTIL"),
    ])
    func malformedRules(text: String, message: String) {
        let error = icalError { () throws(ICalendarError) in try RecurrenceRule(icalText: text) }
        #expect(error?.message.contains(message) == true, "\(String(describing: error))")
    }

    @Test func malformedRuleInAPropertyNamesItsLine() {
        let error = icalError { () throws(ICalendarError) in try Property("RRULE", value: "FREQ=SOMETIMES", line: 12).recurrenceRuleValue() }
        #expect(error?.line == 12)
    }

    @Test func usThanksgiving() throws {
        let dates = try expand("FREQ=YEARLY;BYMONTH=11;BYDAY=4TH", .date(day(2022, 11, 24)), through: .date(day(2026, 12, 31)))
        #expect(dates == [day(2022, 11, 24), day(2023, 11, 23), day(2024, 11, 28), day(2025, 11, 27), day(2026, 11, 26)].map { .date($0) })
    }

    @Test func lastSundayOfMarchWithTime() throws {
        let start = try #require(ICalDateTime(year: 1996, month: 3, day: 31, hour: 1, minute: 0))
        let dates = try expand("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", .dateTime(start), through: .date(day(2000, 1, 1)))
        #expect(dates.map(\.asDateTime.icalText) == ["19960331T010000", "19970330T010000", "19980329T010000", "19990328T010000"])
    }

    @Test func yearlyByDayWithoutMonthCountsWithinTheYear() throws {
        // First Monday and last Sunday of each year.
        let first = try expand("FREQ=YEARLY;BYDAY=1MO", .date(day(2024, 1, 1)), through: .date(day(2026, 12, 31)))
        #expect(first == [day(2024, 1, 1), day(2025, 1, 6), day(2026, 1, 5)].map { .date($0) })
        let last = try expand("FREQ=YEARLY;BYDAY=-1SU", .date(day(2024, 12, 29)), through: .date(day(2026, 12, 31)))
        #expect(last == [day(2024, 12, 29), day(2025, 12, 28), day(2026, 12, 27)].map { .date($0) })
    }

    @Test func yearlyWithoutByRulesSkipsInvalidLeapDays() throws {
        let dates = try expand("FREQ=YEARLY", .date(day(2024, 2, 29)), through: .date(day(2033, 1, 1)))
        #expect(dates == [day(2024, 2, 29), day(2028, 2, 29), day(2032, 2, 29)].map { .date($0) })
    }

    @Test func monthlyLastFridayWithCount() throws {
        let dates = try expand("FREQ=MONTHLY;BYDAY=-1FR;COUNT=4", .date(day(2024, 1, 26)), through: .date(day(2030, 1, 1)))
        #expect(dates == [day(2024, 1, 26), day(2024, 2, 23), day(2024, 3, 29), day(2024, 4, 26)].map { .date($0) })
    }

    @Test func monthlyByNegativeMonthDay() throws {
        let dates = try expand("FREQ=MONTHLY;BYMONTHDAY=-1", .date(day(2024, 1, 31)), through: .date(day(2024, 4, 30)))
        #expect(dates == [day(2024, 1, 31), day(2024, 2, 29), day(2024, 3, 31), day(2024, 4, 30)].map { .date($0) })
    }

    @Test func monthly31stSkipsShortMonths() throws {
        let dates = try expand("FREQ=MONTHLY", .date(day(2024, 1, 31)), through: .date(day(2024, 6, 30)))
        #expect(dates == [day(2024, 1, 31), day(2024, 3, 31), day(2024, 5, 31)].map { .date($0) })
    }

    @Test func biweeklyOnTwoDays() throws {
        // 2024-05-06 is a Monday.
        let dates = try expand("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=5", .date(day(2024, 5, 6)), through: .date(day(2025, 1, 1)))
        #expect(dates == [day(2024, 5, 6), day(2024, 5, 8), day(2024, 5, 20), day(2024, 5, 22), day(2024, 6, 3)].map { .date($0) })
    }

    @Test func dailyUntilInclusive() throws {
        let start = try #require(ICalDateTime(year: 2024, month: 5, day: 1, hour: 9, minute: 0, zone: .utc))
        let dates = try expand("FREQ=DAILY;UNTIL=20240503T090000Z", .dateTime(start), through: .date(day(2025, 1, 1)))
        #expect(dates.map(\.asDateTime.icalText) == ["20240501T090000Z", "20240502T090000Z", "20240503T090000Z"])
    }

    @Test func dailyWeekdaysOnly() throws {
        let dates = try expand("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", .date(day(2024, 5, 3)), through: .date(day(2024, 5, 8)))
        #expect(dates == [day(2024, 5, 3), day(2024, 5, 6), day(2024, 5, 7), day(2024, 5, 8)].map { .date($0) })
    }

    @Test func yearlyByMonthDayWithoutMonthCoversEveryMonth() throws {
        let dates = try expand("FREQ=YEARLY;BYMONTHDAY=1;COUNT=3", .date(day(2024, 1, 1)), through: .date(day(2030, 1, 1)))
        #expect(dates == [day(2024, 1, 1), day(2024, 2, 1), day(2024, 3, 1)].map { .date($0) })
    }

    @Test func unboundedRuleStopsAtMaxOccurrences() throws {
        let dates = try expand("FREQ=DAILY", .date(day(2024, 1, 1)), through: .date(day(9999, 12, 31)), max: 50)
        #expect(dates.count == 50)
    }

    @Test func ruleThatNeverMatchesTerminates() throws {
        let dates = try expand("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", .date(day(2024, 1, 1)), through: .date(day(9999, 12, 31)))
        #expect(dates == [.date(day(2024, 1, 1))])
    }

    @Test func startAfterEndYieldsNothing() throws {
        #expect(try expand("FREQ=DAILY", .date(day(2024, 1, 2)), through: .date(day(2024, 1, 1))).isEmpty)
    }

    @Test func unsupportedPartsRefuseToExpand() {
        let error = icalError { () throws(ICalendarError) in
            try RecurrenceExpander.expand(try RecurrenceRule(icalText: "FREQ=MONTHLY;BYDAY=MO;BYSETPOS=1"), start: .date(day(2024, 1, 1)),
                                          through: .date(day(2025, 1, 1)), maxOccurrences: 10)
        }
        #expect(error?.message.contains("BYSETPOS") == true)
        let hourly = icalError { () throws(ICalendarError) in
            try RecurrenceExpander.expand(try RecurrenceRule(icalText: "FREQ=HOURLY"), start: .date(day(2024, 1, 1)),
                                          through: .date(day(2025, 1, 1)), maxOccurrences: 10)
        }
        #expect(hourly?.message.contains("HOURLY") == true)
    }

    @Test func eventOccurrencesWithExdateAndRdate() throws {
        let calendar = try ICalendarParser().parseCalendar(try Fixture.text("all-day-holidays.ics"))
        var event = calendar.events[0]
        event.component.append(Property("EXDATE", parameters: [Parameter("VALUE", "DATE")], value: "20231123"))
        event.component.append(Property("RDATE", parameters: [Parameter("VALUE", "DATE")], value: "20230101"))
        let dates = try event.occurrences(through: .date(day(2024, 12, 31)), maxOccurrences: 100)
        #expect(dates == [day(2022, 11, 24), day(2023, 1, 1), day(2024, 11, 28)].map { .date($0) })
        #expect(try calendar.events[1].occurrences(through: .date(day(2024, 2, 22)), maxOccurrences: 10).isEmpty)
        #expect(try calendar.events[1].occurrences(through: .date(day(2024, 2, 23)), maxOccurrences: 10) == [.date(day(2024, 2, 23))])
    }
}
