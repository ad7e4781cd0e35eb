/// Thingyan, the water festival ending the Myanmar year (Akyo, the eve,
/// through Atat, 4 or 5 days), or the Myanmar New Year's Day after it, as
/// the Myanmar calendar reckons them (`MyanmarCalendar.thingyan`).
struct ThingyanRule: HolidayRule {
    enum Part: Sendable {
        /// Akyo to Atat: one date per day, so a definition of one day each.
        case festival
        /// The day after Atat.
        case newYear
    }

    let part: Part

    func dates(in year: Int) throws(CalendarError) -> [RuleDate] {
        let thingyan = MyanmarCalendar.thingyan(beginning: MyanmarCalendar.year(beginningIn: year))
        switch part {
        case .festival: return thingyan.days.map { RuleDate($0) }
        case .newYear: return [RuleDate(thingyan.newYear)]
        }
    }
}
