/// The same Gregorian month and day every year (National Day, Christmas).
/// With `uncertain`, the day is a customary one that governments move
/// (Khmer New Year starts on the 13th or 14th of April).
struct FixedDateRule: HolidayRule {
    let month: Int
    let day: Int
    var uncertain = false
    var possibleOffsets: [Int] = [0]

    func dates(in year: Int) throws(CalendarError) -> [RuleDate] {
        guard let date = Day(year: year, month: month, day: day) else { return [] }  // 29 February
        return [RuleDate(date, uncertain: uncertain, possibleOffsets: possibleOffsets)]
    }
}
