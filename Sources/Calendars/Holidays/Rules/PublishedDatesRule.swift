/// Days taken from governments' published lists (Vesak, Deepavali, Nyepi,
/// Pchum Ben, ...: lunar dates no algorithm reproduces reliably, because
/// each country reckons its own lunar calendar), with an approximation for
/// the years not on record whose days are marked uncertain.
struct PublishedDatesRule: HolidayRule {
    /// Days by year written in code; the shipped tables (`HolidayTables`) take precedence.
    var published: [Int: [Day]] = [:]
    let approximation: any HolidayRule

    func dates(in year: Int) throws(CalendarError) -> [RuleDate] {
        if let official = published[year] { return official.map { RuleDate($0, basis: .published) } }
        return try approximation.dates(in: year).map {
            RuleDate($0.day, uncertain: true, possibleOffsets: $0.isUncertain ? $0.possibleOffsets : [-1, 0, 1])
        }
    }
}
