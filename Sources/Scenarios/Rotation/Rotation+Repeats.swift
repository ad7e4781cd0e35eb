import Calendars

extension Rotation {
    /// Members that chair twice within fewer than half a round: what a swap
    /// declared by only one of its halves produces (anchored at 2015 with
    /// "LA and MM swap turns from 2016", Lao PDR chairs 2014 and 2016 and
    /// Myanmar 2024 and 2026). Said as warnings, since a body may decide so.
    public func closeRepeats(in turns: [Turn]) -> [String] {
        var last: [CountryCode: Int] = [:]
        var warnings: [String] = []
        for turn in turns.sorted(by: { $0.cycle < $1.cycle }) {
            let members = order.filter { isInRotation($0.code, at: turn.cycle) }.count
            if let previous = last[turn.chair], (turn.cycle - previous) * 2 < members {
                warnings.append("\(turn.chair) chairs \(previous) and \(turn.cycle), \(turn.cycle - previous) apart in a round of \(members);"
                                + " is a swap declared at one of its halves only? Declare it at the cycle where it began")
            }
            last[turn.chair] = turn.cycle
        }
        return warnings
    }
}
