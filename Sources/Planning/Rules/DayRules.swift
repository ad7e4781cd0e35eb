import Calendars
import Scenarios

/// The rules of a meeting's days, each written once for the model builder,
/// the checker, re-plans and the explainer (Docs/Rules.md):
///
/// - hard: the venue closed (rule 3), the host's weekend and holidays and
///   attending countries' major holidays (rule 2), fixed events (rule 7);
/// - soft: attending countries' other holidays, remote countries'
///   weekends, Ramadan, a major holiday next to the meeting.
///
/// One price per fact: a holiday of one country on one day is priced once,
/// by the strongest rule that applies (hard before soft), however many
/// entries the holiday tables hold for it (a multi-day festival whose
/// possible dates overlap, a forecast and its certain day); the host's
/// weekend is not charged again as a remote country's weekend; a holiday
/// on a meeting day is not charged again as next to the meeting.
package struct DayRules: Sendable {
    let facts: CalendarFacts
    let fixed: FixedDays
    let weights: Weights

    package init(facts: CalendarFacts, fixed: FixedDays, weights: Weights) {
        self.facts = facts
        self.fixed = fixed
        self.weights = weights
    }

    // MARK: Hard

    /// The hard rules broken on `day` by holding the meeting at `venue`, in
    /// a fixed order: closure, the host's weekend, the host's holidays,
    /// attending countries' major holidays, fixed events. With
    /// `firstOnly`, the first alone (the planner needs only one reason).
    package func breaches(on day: Day, venue: Venue, attendance: Attendance, firstOnly: Bool) -> [Exclusion] {
        var found: [Exclusion] = []
        if let closed = venueClosed(day, venue) {
            found.append(closed)
            if firstOnly { return found }
        }
        let host = facts.on(day, for: venue.country)
        if let weekend = hostWeekend(day, venue, host) {
            found.append(weekend)
            if firstOnly { return found }
        }
        found += hostHolidays(day, host, firstOnly: firstOnly)
        if firstOnly, !found.isEmpty { return found }
        found += attendeeMajorHolidays(day, venue, attendance, firstOnly: firstOnly)
        if firstOnly, !found.isEmpty { return found }
        found += fixedEvents(day, venue, attendance, firstOnly: firstOnly)
        return found
    }

    /// Hard rule 3: the venue's `closed:` ranges.
    func venueClosed(_ day: Day, _ venue: Venue) -> Exclusion? {
        venue.isOpen(on: day) ? nil : .venueClosed(venue.id, day)
    }

    /// Hard rule 2: a weekend day where the venue is (for a virtual venue,
    /// its country: the chair's by default).
    func hostWeekend(_ day: Day, _ venue: Venue, _ host: CalendarFacts.DayFacts) -> Exclusion? {
        host.isWeekend ? .weekend(venue.country, day) : nil
    }

    /// Hard rule 2: every holiday, major or not, certain or possible, where
    /// the venue is; each once.
    func hostHolidays(_ day: Day, _ host: CalendarFacts.DayFacts, firstOnly: Bool) -> [Exclusion] {
        Self.distinct(host.major + host.minor, on: day, firstOnly: firstOnly).map { .hostHoliday($0, on: day) }
    }

    /// Hard rule 2: major holidays (certain or possible) of the other
    /// attending countries; each once.
    func attendeeMajorHolidays(_ day: Day, _ venue: Venue, _ attendance: Attendance, firstOnly: Bool) -> [Exclusion] {
        var found: [Exclusion] = []
        for country in attendance.countries where country != venue.country {
            let major = facts.on(day, for: country).major
            guard !major.isEmpty else { continue }
            found += Self.distinct(major, on: day, firstOnly: firstOnly).map { .majorHoliday($0, on: day) }
            if firstOnly { return found }
        }
        return found
    }

    /// Hard rule 7: fixed events on the day that share an attendee or the venue.
    func fixedEvents(_ day: Day, _ venue: Venue, _ attendance: Attendance, firstOnly: Bool) -> [Exclusion] {
        var found: [Exclusion] = []
        for event in fixed.on(day) {
            let atVenue = event.venue == venue.id
            guard atVenue || !event.delegations.isDisjoint(with: attendance.ids) else { continue }
            let shared = event.delegations.intersection(attendance.ids).map(\.rawValue)
            found.append(.fixedEvent(title: event.title, day, who: Set(shared + (atVenue ? [venue.id.rawValue] : [])).sorted()))
            if firstOnly { return found }
        }
        return found
    }

    // MARK: Soft

    /// The soft costs of holding the meeting at `venue` on `days`, in the
    /// order plan.json lists them: per day the attending countries' other
    /// holidays and remote countries' weekends, and Ramadan; then a major
    /// holiday next to the meeting, per country.
    package func charges(_ days: [Day], venue: Venue, attendance: Attendance) -> [Charge] {
        var found: [Charge] = []
        for day in days {
            var observing: [CountryCode] = []
            for country in attendance.countries {
                let dayFacts = facts.on(day, for: country)
                found += minorHolidays(day, country, dayFacts, host: venue.country)
                if let weekend = attendeeWeekend(day, country, dayFacts, attendance, host: venue.country) {
                    found.append(weekend)
                }
                if dayFacts.isRamadan { observing.append(country) }
            }
            if let ramadan = ramadan(day, observing: observing, attendance) { found.append(ramadan) }
        }
        for country in attendance.countries {
            if let next = nextToMajorHoliday(days, country) { found.append(next) }
        }
        return found
    }

    /// Per attending country and day that is (or may be) one of its
    /// holidays that are not major, each holiday once. The host's are hard.
    func minorHolidays(_ day: Day, _ country: CountryCode, _ dayFacts: CalendarFacts.DayFacts, host: CountryCode) -> [Charge] {
        guard country != host, !dayFacts.minor.isEmpty else { return [] }
        return Self.distinct(dayFacts.minor, on: day, firstOnly: false).map { holiday in
            Charge(rule: .minorHoliday, points: weights.minorHoliday, dates: [day], who: [country.rawValue],
                   reason: .minorHoliday(holiday, on: day, country: country))
        }
    }

    /// Per remote attending country and day that is a weekend day there
    /// (at the `minorHoliday` weight). The host's weekend is hard.
    func attendeeWeekend(_ day: Day, _ country: CountryCode, _ dayFacts: CalendarFacts.DayFacts,
                         _ attendance: Attendance, host: CountryCode) -> Charge? {
        guard dayFacts.isWeekend, country != host, attendance.remoteCountries.contains(country) else { return nil }
        return Charge(rule: .attendeeWeekend, points: weights.minorHoliday, dates: [day], who: [country.rawValue],
                      reason: .attendeeWeekend(country, day))
    }

    /// Per in-person day in Ramadan when an attending country observes it.
    func ramadan(_ day: Day, observing: [CountryCode], _ attendance: Attendance) -> Charge? {
        guard attendance.inPerson, !observing.isEmpty else { return nil }
        return Charge(rule: .ramadan, points: weights.ramadan, dates: [day], who: observing.map(\.rawValue),
                      reason: .ramadan(day, observing: observing))
    }

    /// Per attending country with a major holiday on the day before the
    /// meeting or the day after it (the day before first), unless that
    /// holiday also falls on a meeting day, where it is priced already.
    func nextToMajorHoliday(_ days: [Day], _ country: CountryCode) -> Charge? {
        let before = days[0].adding(days: -1), after = days[days.count - 1].adding(days: 1)
        for day in [before, after] {
            for holiday in facts.on(day, for: country).major {
                if days.contains(where: { meetingDay in
                    let on = facts.on(meetingDay, for: country)
                    return (on.major + on.minor).contains { $0.name == holiday.name }
                }) { continue }
                return Charge(rule: .nextToMajorHoliday, points: weights.nextToMajorHoliday, dates: [day],
                              who: [country.rawValue], reason: .nextToMajorHoliday(holiday, on: day))
            }
        }
        return nil
    }

    /// The holidays of a list, each name once: where the tables hold one
    /// holiday several times on a day (a festival of several days whose
    /// possible dates overlap), the entry certain on that day wins, else
    /// the first.
    static func distinct(_ holidays: [Holiday], on day: Day, firstOnly: Bool) -> [Holiday] {
        if holidays.count == 1 { return holidays }
        var kept: [Holiday] = []
        for holiday in holidays {
            if let index = kept.firstIndex(where: { $0.name == holiday.name }) {
                if Exclusion.isUncertain(kept[index], on: day), !Exclusion.isUncertain(holiday, on: day) { kept[index] = holiday }
            } else {
                kept.append(holiday)
            }
        }
        return firstOnly ? Array(kept.prefix(1)) : kept
    }
}
