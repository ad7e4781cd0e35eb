import Calendars
import Scenarios

/// The earliest and latest first day of each meeting once the `after`
/// rules are propagated over the windows and pinned dates: a simple
/// temporal network on venue-local day indices. A meeting with no window
/// but "0..1 days after the ministerial" then gets a few days, not the
/// whole horizon, and options that can never be part of a plan are never
/// built. When propagation empties some range (the rules conflict), no
/// narrowing is applied, so that the solver and the explainer see the
/// conflict whole.
struct DayBounds {
    /// First-day bounds per meeting, in scenario order, as days.
    let ranges: [DayRange]

    init?(scenario: Scenario) {
        let meetings = scenario.meetings
        let index = Dictionary(meetings.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let horizon = scenario.horizon
        var low = [Int](repeating: 0, count: meetings.count)
        var high = [Int](repeating: 0, count: meetings.count)
        let span = meetings.map(\.dayCount)
        for (i, meeting) in meetings.enumerated() {
            let window = meeting.window?.value ?? horizon
            low[i] = horizon.first.days(to: window.first)
            high[i] = horizon.first.days(to: window.last) - (span[i] - 1)
            if let date = meeting.date?.value {
                let pinned = horizon.first.days(to: date)
                low[i] = max(low[i], pinned)
                high[i] = min(high[i], pinned)
            }
        }
        let rules: [(first: Int, then: Int, min: Int, max: Int?)] = meetings.enumerated().flatMap { i, meeting in
            meeting.after.compactMap { rule in
                index[rule.meeting.value].map { (first: $0, then: i, min: rule.days.minimum, max: rule.days.maximum) }
            }
        }
        // Bellman-Ford style: at most one pass per meeting changes anything
        // on an acyclic graph (cycles are refused by validation).
        var changed = true
        var passes = 0
        while changed && passes <= meetings.count {
            changed = false
            passes += 1
            for rule in rules {
                let lastOffset = span[rule.first] - 1
                let lowThen = low[rule.first] + lastOffset + rule.min
                if lowThen > low[rule.then] { low[rule.then] = lowThen; changed = true }
                let highFirst = high[rule.then] - rule.min - lastOffset
                if highFirst < high[rule.first] { high[rule.first] = highFirst; changed = true }
                if let max = rule.max {
                    let highThen = high[rule.first] + lastOffset + max
                    if highThen < high[rule.then] { high[rule.then] = highThen; changed = true }
                    let lowFirst = low[rule.then] - max - lastOffset
                    if lowFirst > low[rule.first] { low[rule.first] = lowFirst; changed = true }
                }
            }
            if zip(low, high).contains(where: { $0 > $1 }) { return nil }
        }
        ranges = zip(low, high).map { DayRange(horizon.first.adding(days: $0), horizon.first.adding(days: $1))! }
    }
}
