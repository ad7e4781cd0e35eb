extension Component {
    /// Every item of every property `name` (RDATE or EXDATE, RFC 5545
    /// §3.8.5), flattened in file order.
    func recurrenceDates(named name: String) throws(ICalendarError) -> [RecurrenceDate] {
        var result: [RecurrenceDate] = []
        for property in properties(named: name) { result += try property.recurrenceDatesValue() }
        return result
    }
}
