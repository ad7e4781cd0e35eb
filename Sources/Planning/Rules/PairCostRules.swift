import Calendars
import Scenarios

/// The soft rules between two meetings linked by `after`, each written once
/// for the model builder (which hands them to the solver as precedence
/// costs and same-venue terms), the plan reader and the checker
/// (Docs/Rules.md). The hard rules between meetings (the `after` range,
/// rooms, delegations' time and travel) are the flat model's
/// (Docs/Solver.md); the checker's `PairRules` evaluates the same.
package enum PairCostRules {
    // MARK: side-event-gap

    /// A side event (dialogue, forum, roundtable, Plus Three) should follow
    /// its meeting at the earliest day its `after` allows or the next: the
    /// preferred gap and the points per day outside it. Nil for other kinds.
    package static func sideEventPreference(_ rule: Meeting.After, of meeting: Meeting,
                                    weights: Weights) -> (preferred: DayCountRange, perDay: Int)? {
        guard meeting.kind.isSideEvent else { return nil }
        let range = rule.days
        let near = range.minimum + 1
        let preferMax = range.maximum.map { min($0, near) } ?? near
        return (DayCountRange(minimum: range.minimum, maximum: preferMax) ?? range, weights.sideEventGapPerDay)
    }

    /// Days by which a gap lies outside the preferred range.
    package static func daysOutside(gap: Int, preferred: DayCountRange) -> Int {
        max(0, preferred.minimum - gap) + (preferred.maximum.map { max(0, gap - $0) } ?? 0)
    }

    /// The side-event gap's charge for a placed pair, nil when it costs nothing.
    package static func sideEventGap(gap: Int, first: MeetingID, preferred: DayCountRange, perDay: Int, dates: [Day]) -> Charge? {
        let outside = daysOutside(gap: gap, preferred: preferred)
        guard outside > 0, perDay > 0 else { return nil }
        return Charge(rule: .sideEventGap, points: outside * perDay, dates: dates, who: [],
                      reason: .sideEventGap(gap: gap, outside: outside, first: first, preferred: preferred))
    }

    // MARK: venue-change

    /// Two meetings of one visit (an `after` of at most
    /// `RuleConstants.gatheringDays`) that may land at different venues:
    /// delegations should not have to change venue within it.
    package static func venueChangeApplies(_ rule: Meeting.After, of meeting: Meeting, first: Meeting) -> Bool {
        guard (rule.days.maximum ?? .max) <= RuleConstants.gatheringDays else { return false }
        return Set(meeting.venues.map(\.value)).union(first.venues.map(\.value)).count > 1
    }

    /// The venue change's charge when the two are placed apart.
    package static func venueChange(first: MeetingID, firstVenue: VenueID, then: VenueID, day: Day, weights: Weights) -> Charge? {
        guard firstVenue != then else { return nil }
        return Charge(rule: .venueChange, points: weights.venueChange, dates: [day], who: [then.rawValue, firstVenue.rawValue],
                      reason: .venueChange(first: first, firstVenue: firstVenue, then: then))
    }
}
