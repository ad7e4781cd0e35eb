import Calendars
import Scenarios

/// The rules of a meeting's hours, each written once for the model builder
/// and the checker (Docs/Rules.md): the pinned date and start and the
/// venue's opening hours (hard rules 1 and 3), remote delegations'
/// acceptable hours (hard rule 6) and their costs, the preferred window
/// and start.
package enum TimeRules {
    // MARK: Hard

    /// Hard rule 3: an in-person session keeps to the venue's opening
    /// hours; a meeting in days may be pinned (`start:`) to begin at another hour.
    package static func keepsOpeningHours(_ meeting: Meeting, at venue: Venue, start: LocalTime, end: LocalTime) -> Bool {
        guard !venue.isVirtual else { return true }
        var inDays = false
        if case .days = meeting.length { inDays = true }
        let earlyAllowed = inDays && meeting.start == start
        return (start >= venue.hours.opens || earlyAllowed) && end <= venue.hours.closes
    }

    /// Each day's sitting of a placement, from its start to its end on the
    /// venue's clock: the first day from `start`, the last until `end`, the
    /// days between from opening to closing. Remote delegations join every
    /// sitting, not the whole span.
    package static func sittings(days: Int, venue: Venue, start: LocalTime, end: LocalTime) -> [(day: Int, from: LocalTime, to: LocalTime)] {
        (0..<days).map { offset in
            (offset, offset == 0 ? start : venue.hours.opens, offset == days - 1 ? end : venue.hours.closes)
        }
    }

    /// Hard rule 6 and the measure of the remote costs, for one sitting seen
    /// from a delegation's home: nil when it starts before or ends after the
    /// acceptable hours or runs past local midnight; else the minutes it
    /// lies outside the comfortable hours. `from` and `to` are local (day,
    /// minute), days counted on any scale.
    package static func minutesOutsideComfort(from: (day: Int, minute: Int), to: (day: Int, minute: Int)) -> Int? {
        let sameDay = from.day == to.day || (to.day == from.day + 1 && to.minute == 0)
        let endMinute = to.day == from.day ? to.minute : 1440
        let acceptable = RuleConstants.acceptableRemoteMinutes, comfortable = RuleConstants.comfortableRemoteMinutes
        guard sameDay, acceptable.contains(from.minute), acceptable.contains(endMinute) else { return nil }
        return max(0, comfortable.lowerBound - from.minute) + max(0, endMinute - comfortable.upperBound)
    }

    // MARK: Soft

    /// Per remote delegation, per hour (rounded) outside the comfortable hours.
    package static func remoteComfort(_ delegation: DelegationID, minutes: Int, day: Day, local: String?, weights: Weights) -> Charge? {
        guard minutes > 0 else { return nil }
        return Charge(rule: .remoteComfort, points: (minutes * weights.remoteOutsideComfortPerHour + 30) / 60, dates: [day],
                      who: [delegation.rawValue], reason: .remoteComfort(delegation, minutes: minutes, local: local))
    }

    /// Per hour outside the comfortable hours for the worst-off delegation,
    /// so that the burden is spread; charged only when every delegation is
    /// within its acceptable hours.
    package static func remoteFairness(worstOff: [DelegationID], minutes: Int, day: Day, weights: Weights) -> Charge? {
        guard minutes > 0 else { return nil }
        return Charge(rule: .remoteFairness, points: (minutes * weights.remoteWorstOffPerHour + 30) / 60, dates: [day],
                      who: worstOff.map(\.rawValue), reason: .remoteFairness(worstOff: worstOff, minutes: minutes))
    }

    /// Per day the meeting lies outside its preferred window.
    package static func preferredWindow(_ meeting: Meeting, first: Day, last: Day, weights: Weights) -> Charge? {
        guard let preferred = meeting.preferredWindow?.value else { return nil }
        let outside = max(0, first.days(to: preferred.first)) + max(0, preferred.last.days(to: last))
        guard outside > 0 else { return nil }
        return Charge(rule: .preferredWindow, points: outside * weights.preferredWindowPerDay, dates: [first], who: [],
                      reason: .preferredWindow(days: outside, window: preferred))
    }

    /// Per whole quarter hour away from the preferred start.
    package static func preferredStart(_ meeting: Meeting, start: LocalTime, day: Day, weights: Weights) -> Charge? {
        guard let preferred = meeting.preferredStart else { return nil }
        let quarters = abs(start.minutes - preferred.minutes) / 15
        guard quarters > 0 else { return nil }
        return Charge(rule: .preferredStart, points: quarters * weights.preferredStartPerQuarterHour, dates: [day], who: [],
                      reason: .preferredStart(start: start, preferred: preferred, minutes: quarters * 15))
    }
}
