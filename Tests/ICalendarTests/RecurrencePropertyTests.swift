import Testing
@testable import ICalendar

/// Expansion checked against a brute-force oracle that walks every day and
/// asks whether it matches, over seeded random rules of the supported subset.
struct RecurrencePropertyTests {
    /// Whether `day` is the n-th (from the end when negative) of its weekday in its month.
    func isNth(_ ordinal: Int, _ day: ICalDate) -> Bool {
        let length = ICalDate.daysIn(month: day.month, year: day.year)
        return ordinal > 0 ? (day.day - 1) / 7 + 1 == ordinal : (length - day.day) / 7 + 1 == -ordinal
    }

    func oracle(_ rule: RecurrenceRule, _ day: ICalDate) -> Bool {
        if !rule.byMonth.isEmpty, !rule.byMonth.contains(day.month) { return false }
        let length = ICalDate.daysIn(month: day.month, year: day.year)
        if !rule.byMonthDay.isEmpty, !rule.byMonthDay.contains(where: { $0 > 0 ? $0 == day.day : length + 1 + $0 == day.day }) {
            return false
        }
        if !rule.byDay.isEmpty, !rule.byDay.contains(where: { $0.weekday == day.weekday && ($0.ordinal.map { isNth($0, day) } ?? true) }) {
            return false
        }
        return true
    }

    @Test(arguments: 0..<150)
    func expansionMatchesBruteForce(seed: Int) throws {
        var random = SeededGenerator(seed: UInt64(seed) &+ 31)
        func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
        var rule = RecurrenceRule(frequency: [.yearly, .monthly, .daily][int(0...2)])
        if rule.frequency == .yearly || int(0...2) == 0 {
            rule.byMonth = Array(Set((0..<int(1...3)).map { _ in int(1...12) })).sorted()
        }
        if int(0...1) == 0 {
            rule.byMonthDay = Array(Set((0..<int(1...2)).map { _ in int(0...1) == 0 ? int(1...31) : -int(1...31) })).sorted()
        } else {
            let ordinals = rule.frequency == .daily ? [nil] : [nil, 1, 2, 3, 4, -1, -2]
            rule.byDay = (0..<int(1...2)).compactMap { _ in
                RecurrenceRule.WeekdayNum(ordinal: ordinals[int(0...(ordinals.count - 1))], ICalWeekday.allCases[int(0...6)])
            }
        }
        let start = ICalDate(daysSince1970: int(18_000...20_000))
        let end = start.adding(days: int(100...1500))
        let expanded = try RecurrenceExpander.expand(rule, start: .date(start), through: .date(end), maxOccurrences: 10_000)

        var expected: [DateOrDateTime] = [.date(start)]
        var day = start.adding(days: 1)
        while day <= end {
            if oracle(rule, day) { expected.append(.date(day)) }
            day = day.adding(days: 1)
        }
        #expect(expanded == expected, "seed \(seed): \(rule)")
    }

    @Test(arguments: 0..<100)
    func valueTextRoundTrips(seed: Int) throws {
        var random = SeededGenerator(seed: UInt64(seed) &+ 7)
        func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
        let duration = int(0...1) == 0
            ? ICalDuration(isNegative: int(0...1) == 0, weeks: int(1...60))
            : ICalDuration(isNegative: int(0...1) == 0, days: int(0...400), hours: int(0...23), minutes: int(0...59), seconds: int(0...59))
        #expect(ICalDuration(icalText: duration.icalText)?.totalSeconds == duration.totalSeconds)
        let offset = UTCOffset(seconds: int(-86_399...86_399))
        #expect(UTCOffset(icalText: offset.icalText) == offset)
        let instant = ICalDateTime(utcSecondsSince1970: int(-2_000_000_000...4_000_000_000))
        #expect(ICalDateTime(icalText: instant.icalText) == instant)
        let rule = RecurrenceRule(frequency: .monthly, interval: int(1...5), count: int(1...9), byMonth: [int(1...12)],
                                  byMonthDay: [-int(1...31)], byDay: [RecurrenceRule.WeekdayNum(ordinal: -int(1...5), .friday)].compactMap { $0 })
        #expect(try RecurrenceRule(icalText: rule.icalText) == rule)
    }
}
