/// Lays agenda items out over a meeting's sittings, with its breaks. Pure:
/// the same items and sittings give the same slots.
///
/// Breaks: in sittings of three hours or more, a 15-minute coffee break
/// near 10:30 and near 15:30 when the sitting runs at least an hour either
/// side of that time; a 60-minute
/// lunch near 12:00 on sittings that take lunch and cover 12:00-13:00; on
/// a Friday where the host observes it, the prayer break instead, which
/// runs from the end of the last item before 12:00 to 14:00. A break goes
/// at the item boundary nearest its time; items are never split. Items
/// fill a day in order and move to the next day when they no longer fit.
/// A coffee break that would touch the meal or the prayers is dropped.
public enum AgendaTimer {
    static let coffeeMinutes = 15
    static let lunchMinutes = 60
    static let noon = 12 * 60
    static let prayersEnd = 14 * 60

    /// A break waiting for its place in a day.
    private struct Pending {
        let kind: BreakKind
        let target: Int
    }

    /// The slots of each sitting for items of these lengths, or the
    /// shortfall when they do not fit.
    public static func lay(_ minutes: [Int], over sessions: [Session]) throws(TimingError) -> [TimedDay] {
        let (days, overflow) = try layAllowingOverflow(minutes, over: sessions)
        if overflow > 0 {
            let needed = minutes.reduce(0, +)
            throw .doesNotFit(needed: needed, available: needed - overflow, days: sessions.count)
        }
        return days
    }

    /// As `lay`, but lets the last day run past its end and returns by how
    /// many minutes it does (0 when everything fits).
    static func layAllowingOverflow(_ minutes: [Int], over sessions: [Session]) throws(TimingError) -> ([TimedDay], Int) {
        guard !sessions.isEmpty else { throw .noSessions }
        var days: [TimedDay] = []
        var next = 0
        var overflow = 0
        for (index, session) in sessions.enumerated() {
            let isLast = index == sessions.count - 1
            var slots: [Slot] = []
            var cursor = session.start
            var pending = breaks(for: session)
            while next < minutes.count {
                let length = minutes[next]
                var trial = slots, trialCursor = cursor, trialPending = pending
                insertBreaks(before: length, cursor: &trialCursor, pending: &trialPending, slots: &trial)
                let end = trialCursor + length
                if end > session.end && !isLast && !slots.isEmpty { break }
                trial.append(Slot(start: trialCursor, end: end, content: .item(next)))
                slots = trial
                cursor = end
                pending = trialPending
                next += 1
            }
            if isLast { overflow = max(0, cursor - session.end) }
            days.append(TimedDay(session: session, slots: slots))
        }
        return (days, overflow)
    }

    /// The breaks a sitting calls for, in time order.
    private static func breaks(for session: Session) -> [Pending] {
        var result: [Pending] = []
        func coffee(at target: Int) {
            if session.minutes >= 3 * 60 && session.start <= target - 60 && session.end >= target + 60 {
                result.append(Pending(kind: .coffee, target: target))
            }
        }
        coffee(at: 10 * 60 + 30)
        let coversMidday = session.start <= noon && session.end >= noon + lunchMinutes
        if session.fridayPrayers && session.start < prayersEnd && session.end > noon {
            result.append(Pending(kind: .fridayPrayers, target: noon))
        } else if session.takesLunch && coversMidday {
            result.append(Pending(kind: .lunch, target: noon))
        }
        coffee(at: 15 * 60 + 30)
        return result
    }

    /// Puts every pending break that belongs before an item of `length`
    /// minutes starting at `cursor`.
    private static func insertBreaks(before length: Int, cursor: inout Int, pending: inout [Pending], slots: inout [Slot]) {
        while let first = pending.first {
            let due: Bool
            switch first.kind {
            case .fridayPrayers:
                // Offices close at noon: no item may run into the prayers.
                due = cursor + length > first.target
            case .coffee, .lunch:
                // Nearer the target now than after the item (ties: now).
                due = 2 * cursor + length >= 2 * first.target
            }
            guard due else { return }
            pending.removeFirst()
            if first.kind == .coffee {
                // A coffee break never sits next to another break: it is
                // dropped when the meal or prayers come at the same place.
                let afterBreak = slots.last.map { if case .pause = $0.content { $0.end == cursor } else { false } } ?? false
                let mealNext = pending.first.map { $0.kind != .coffee && (2 * cursor + length >= 2 * $0.target || cursor + length > $0.target) } ?? false
                if afterBreak || mealNext { continue }
            }
            let end: Int
            switch first.kind {
            case .coffee: end = cursor + coffeeMinutes
            case .lunch: end = cursor + lunchMinutes
            case .fridayPrayers: end = max(cursor, prayersEnd)
            }
            if end > cursor { slots.append(Slot(start: cursor, end: end, content: .pause(first.kind))) }
            cursor = end
        }
    }
}
