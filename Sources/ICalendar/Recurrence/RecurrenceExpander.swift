/// Expands an RRULE (RFC 5545 §3.3.10, §3.8.5.3) into occurrences, always
/// bounded: by the rule's COUNT or UNTIL, by an end bound, and by
/// `maxOccurrences`, so a hostile or mistaken feed (`FREQ=DAILY` with no
/// end, or a rule that never matches like `BYMONTH=2;BYMONTHDAY=30`) can
/// neither loop forever nor fill memory.
///
/// Supported: FREQ=YEARLY/MONTHLY/WEEKLY/DAILY with INTERVAL, COUNT, UNTIL,
/// BYMONTH, BYMONTHDAY (negative counts from the month's end) and BYDAY
/// (with ordinals for YEARLY and MONTHLY: within the month when BYMONTH is
/// given or FREQ is MONTHLY, within the year otherwise), and WKST. Other
/// parts make `expand` throw. DTSTART is always the first occurrence, as
/// §3.8.5.3 says it counts as one.
public enum RecurrenceExpander {
    /// Occurrences of `rule` starting at `start`, in order, up to and
    /// including `end` (compared on civil fields, zone ignored: both are in
    /// the start's zone), at most `maxOccurrences` of them.
    ///
    /// - Parameter untilOffsetSeconds: added to a UTC UNTIL to put it in
    ///   the start's civil time (a VTIMEZONE observance passes its
    ///   TZOFFSETFROM); 0 compares civil fields directly.
    public static func expand(
        _ rule: RecurrenceRule, start: DateOrDateTime, through end: DateOrDateTime,
        maxOccurrences: Int, untilOffsetSeconds: Int = 0
    ) throws(ICalendarError) -> [DateOrDateTime] {
        if let part = rule.otherParts.first {
            throw ICalendarError(.value, "RRULE part \(part.name) is not supported for expansion (supported: FREQ, INTERVAL, COUNT, UNTIL, BYMONTH, BYMONTHDAY, BYDAY, WKST)")
        }
        let startTime = start.asDateTime
        let timeOfDay = startTime.civilSeconds - startTime.date.daysSince1970 * 86_400
        let endSeconds = end.asDateTime.civilSeconds
        var untilSeconds = Int.max
        if let until = rule.until {
            switch until {
            case .date(let date): untilSeconds = date.daysSince1970 * 86_400 + (start.isDate ? 0 : 86_399)
            case .dateTime(let dateTime):
                untilSeconds = dateTime.civilSeconds + (dateTime.zone == .utc ? untilOffsetSeconds : 0)
            }
        }
        switch rule.frequency {
        case .hourly, .minutely, .secondly:
            throw ICalendarError(.value, "RRULE FREQ=\(rule.frequency.rawValue) is not supported for expansion (supported: YEARLY, MONTHLY, WEEKLY, DAILY)")
        case .daily, .weekly, .monthly, .yearly:
            break
        }
        let limit = min(maxOccurrences, rule.count ?? Int.max)
        guard limit > 0, startTime.civilSeconds <= endSeconds, startTime.civilSeconds <= untilSeconds else { return [] }

        func make(_ date: ICalDate) -> DateOrDateTime {
            switch start {
            case .date: return .date(date)
            case .dateTime(let dateTime):
                return .dateTime(ICalDateTime(civilSeconds: date.daysSince1970 * 86_400 + timeOfDay, zone: dateTime.zone))
            }
        }

        var results: [DateOrDateTime] = [start]
        let firstDay = startTime.date
        var period = 0
        while results.count < limit, period < maxPeriodsScanned {
            guard let (periodStart, days) = candidates(rule, firstDay: firstDay, period: period) else { break }
            if periodStart.daysSince1970 * 86_400 > endSeconds { break }
            for day in days where day > firstDay {
                let seconds = day.daysSince1970 * 86_400 + timeOfDay
                if seconds > endSeconds || seconds > untilSeconds { return results }
                results.append(make(day))
                if results.count >= limit { return results }
            }
            period += 1
        }
        return results
    }

    /// The first day of period number `period` after the one holding
    /// `firstDay`, and the sorted candidate days in it; nil past year 9999.
    /// A last guard: periods (years, months, weeks, days) looked at before
    /// giving up, even when the end bound lies further away.
    public static let maxPeriodsScanned = 1_000_000

    static func candidates(_ rule: RecurrenceRule, firstDay: ICalDate, period: Int) -> (ICalDate, [ICalDate])? {
        let step = period * rule.interval
        switch rule.frequency {
        case .yearly:
            let year = firstDay.year + step
            guard year <= 9999, let yearStart = ICalDate(year: year, month: 1, day: 1) else { return nil }
            return (yearStart, yearly(rule, year: year, firstDay: firstDay))
        case .monthly:
            let monthIndex = firstDay.year * 12 + firstDay.month - 1 + step
            let year = monthIndex / 12
            let month = monthIndex % 12 + 1
            guard year <= 9999, let monthStart = ICalDate(year: year, month: month, day: 1) else { return nil }
            if !rule.byMonth.isEmpty, !rule.byMonth.contains(month) { return (monthStart, []) }
            return (monthStart, daysInMonth(rule, year: year, month: month, defaultDay: firstDay.day))
        case .weekly:
            let weekStart = rule.weekStart ?? .monday
            let offset = (firstDay.weekday.index - weekStart.index + 7) % 7
            let first = firstDay.adding(days: -offset + 7 * step)
            guard first.year <= 9999 else { return nil }
            let weekdays = rule.byDay.isEmpty ? [firstDay.weekday] : rule.byDay.map(\.weekday)
            let days = (0..<7).map { first.adding(days: $0) }.filter { day in
                weekdays.contains(day.weekday) && (rule.byMonth.isEmpty || rule.byMonth.contains(day.month))
                    && (rule.byMonthDay.isEmpty || matchesMonthDay(rule.byMonthDay, day))
            }
            return (first, days)
        case .daily:
            let day = firstDay.adding(days: step)
            guard day.year <= 9999 else { return nil }
            let keep = (rule.byMonth.isEmpty || rule.byMonth.contains(day.month))
                && (rule.byMonthDay.isEmpty || matchesMonthDay(rule.byMonthDay, day))
                && (rule.byDay.isEmpty || rule.byDay.contains { $0.weekday == day.weekday })
            return (day, keep ? [day] : [])
        case .hourly, .minutely, .secondly:
            return nil
        }
    }

    static func yearly(_ rule: RecurrenceRule, year: Int, firstDay: ICalDate) -> [ICalDate] {
        if rule.byMonth.isEmpty, rule.byMonthDay.isEmpty, !rule.byDay.isEmpty {
            // BYDAY alone in a YEARLY rule: ordinals count within the year.
            guard let first = ICalDate(year: year, month: 1, day: 1), let last = ICalDate(year: year, month: 12, day: 31) else { return [] }
            return Set(rule.byDay.flatMap { weekdays($0, from: first, through: last) }).sorted()
        }
        // BYMONTHDAY without BYMONTH expands over every month of the year (§3.3.10 table).
        let months = !rule.byMonth.isEmpty ? rule.byMonth.sorted() : rule.byMonthDay.isEmpty ? [firstDay.month] : Array(1...12)
        var days: [ICalDate] = []
        for month in months {
            days += daysInMonth(rule, year: year, month: month, defaultDay: firstDay.day)
        }
        return Set(days).sorted()
    }

    static func daysInMonth(_ rule: RecurrenceRule, year: Int, month: Int, defaultDay: Int) -> [ICalDate] {
        let length = ICalDate.daysIn(month: month, year: year)
        guard let first = ICalDate(year: year, month: month, day: 1), let last = ICalDate(year: year, month: month, day: length) else { return [] }
        var fromMonthDays: Set<ICalDate>?
        if !rule.byMonthDay.isEmpty {
            fromMonthDays = Set(rule.byMonthDay.compactMap { value in
                ICalDate(year: year, month: month, day: monthDay(value, length: length))
            })
        }
        var fromWeekdays: Set<ICalDate>?
        if !rule.byDay.isEmpty {
            fromWeekdays = Set(rule.byDay.flatMap { weekdays($0, from: first, through: last) })
        }
        switch (fromMonthDays, fromWeekdays) {
        case let (a?, b?): return a.intersection(b).sorted()
        case let (a?, nil): return a.sorted()
        case let (nil, b?): return b.sorted()
        case (nil, nil): return ICalDate(year: year, month: month, day: defaultDay).map { [$0] } ?? []
        }
    }

    /// The days from `first` through `last` that are `item.weekday`, or
    /// only the n-th (from the end when negative) when it has an ordinal.
    static func weekdays(_ item: RecurrenceRule.WeekdayNum, from first: ICalDate, through last: ICalDate) -> [ICalDate] {
        let offset = (item.weekday.index - first.weekday.index + 7) % 7
        var all: [ICalDate] = []
        var day = first.adding(days: offset)
        while day <= last {
            all.append(day)
            day = day.adding(days: 7)
        }
        guard let ordinal = item.ordinal else { return all }
        let index = ordinal > 0 ? ordinal - 1 : all.count + ordinal
        return all.indices.contains(index) ? [all[index]] : []
    }

    static func matchesMonthDay(_ values: [Int], _ day: ICalDate) -> Bool {
        let length = ICalDate.daysIn(month: day.month, year: day.year)
        return values.contains { monthDay($0, length: length) == day.day }
    }

    /// A BYMONTHDAY value as a day of a month of `length` days: negative
    /// values count from the end (-1 is the last day, RFC 5545 §3.3.10).
    static func monthDay(_ value: Int, length: Int) -> Int {
        value > 0 ? value : length + 1 + value
    }
}
