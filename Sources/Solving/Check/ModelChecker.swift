/// Re-checks an assignment against a flat model from the model's own
/// definitions, sharing no code with the search or its propagation, so a
/// bug in one is not repeated in the other. Tests run every solution the
/// solver returns through it.
public enum ModelChecker {
    /// The verdict on one assignment: every broken hard rule and the
    /// objective recomputed (nil when the assignment cannot be read).
    public struct Report: Hashable, Sendable {
        public var violations: [Violation]
        public var breakdown: ObjectiveBreakdown?
        public var isFeasible: Bool { violations.isEmpty }
        public var objective: Int? { breakdown?.total }
    }

    /// Lists every violated hard rule of `assignment` (one option index per
    /// meeting, in model order) and recomputes the objective by rule.
    /// The model is assumed valid (`FlatModel.validate()`).
    public static func check(_ model: FlatModel, assignment: [Int]) -> Report {
        guard assignment.count == model.meetings.count else {
            return Report(violations: [.wrongLength(expected: model.meetings.count, found: assignment.count)], breakdown: nil)
        }
        var violations: [Violation] = []
        var chosen: [ModelMeetingID: FlatModel.Option] = [:]
        for (meeting, index) in zip(model.meetings, assignment) {
            if meeting.options.indices.contains(index) {
                chosen[meeting.id] = meeting.options[index]
            } else {
                violations.append(.noSuchOption(meeting: meeting.id, option: index))
            }
        }
        if !violations.isEmpty { return Report(violations: violations, breakdown: nil) }
        let venues = Dictionary(model.venues.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })

        var optionCost = 0
        for meeting in model.meetings { optionCost += chosen[meeting.id]?.cost ?? 0 }

        // Precedences: hard gap and same-day order; soft distance to the preferred gap.
        var precedenceCost = 0
        for link in model.precedences {
            guard let first = chosen[link.first], let then = chosen[link.then] else { continue }
            let gap = then.day - first.lastDay
            if gap < link.minDays || (link.maxDays.map { gap > $0 } ?? false) {
                violations.append(.precedenceGap(first: link.first, then: link.then, gap: gap, minDays: link.minDays, maxDays: link.maxDays))
            } else if gap == 0 && then.start < first.end {
                violations.append(.precedenceSameDayOrder(first: link.first, then: link.then, firstEnd: first.end, thenStart: then.start))
            }
            var outside = 0
            if gap < link.preferMinDays { outside = link.preferMinDays - gap }
            if let preferMax = link.preferMaxDays, gap > preferMax { outside = gap - preferMax }
            precedenceCost += outside * link.costPerDay
        }

        var sameVenueCost = 0
        for link in model.sameVenue {
            if let a = chosen[link.a], let b = chosen[link.b], a.venue != b.venue { sameVenueCost += link.cost }
        }

        // Venues: sweep the start and end events; ends before starts at the same minute.
        for venue in model.venues {
            var events: [(minute: Int, delta: Int, meeting: ModelMeetingID)] = []
            for meeting in model.meetings {
                guard let option = chosen[meeting.id], option.venue == venue.id, option.end > option.start else { continue }
                events.append((option.start, 1, meeting.id))
                events.append((option.end, -1, meeting.id))
            }
            events.sort { ($0.minute, $0.delta) < ($1.minute, $1.delta) }
            var inside: [ModelMeetingID] = []
            var reported = false
            for event in events {
                if event.delta < 0 {
                    inside.removeAll { $0 == event.meeting }
                    reported = false
                } else {
                    inside.append(event.meeting)
                    if inside.count > venue.rooms && !reported {
                        violations.append(.venueOverbooked(venue: venue.id, minute: event.minute, inUse: inside.count, rooms: venue.rooms, meetings: inside))
                        reported = true
                    }
                }
            }
        }

        // Attendees: every pair of their meetings, earlier one first.
        var meetingsOf: [ModelAttendeeID: [ModelMeetingID]] = [:]
        var attendeeOrder: [ModelAttendeeID] = []
        for meeting in model.meetings {
            for attendee in Set(meeting.attendees).sorted() {
                if meetingsOf[attendee] == nil { attendeeOrder.append(attendee) }
                meetingsOf[attendee, default: []].append(meeting.id)
            }
        }
        let longestTravel = model.travelMinutes.joined().max() ?? 0
        for attendee in attendeeOrder {
            let list = (meetingsOf[attendee] ?? []).compactMap { id in chosen[id].map { (id, $0) } }
                .sorted { ($0.1.start, $0.1.end, $0.0) < ($1.1.start, $1.1.end, $1.0) }
            for i in list.indices {
                for j in (i + 1)..<list.count {
                    let (earlierID, earlier) = list[i], (laterID, later) = list[j]
                    // Sorted by start: no later meeting can be closer than this one.
                    if later.start >= earlier.end + longestTravel { break }
                    if later.start < earlier.end && earlier.start < later.end {
                        violations.append(.attendeeOverlap(attendee: attendee, a: earlierID, b: laterID, minute: later.start))
                        continue
                    }
                    guard let from = venues[earlier.venue]?.site, let to = venues[later.venue]?.site, from != to else { continue }
                    // An unvalidated model may have a short matrix: read a missing entry as no travel.
                    let travel = model.travelMinutes.indices.contains(from) && model.travelMinutes[from].indices.contains(to)
                        ? model.travelMinutes[from][to] : 0
                    let gap = later.start - earlier.end
                    if gap < travel {
                        violations.append(.attendeeTravel(attendee: attendee, earlier: earlierID, later: laterID, gapMinutes: gap, travelMinutes: travel))
                    }
                }
            }
        }
        return Report(
            violations: violations,
            breakdown: ObjectiveBreakdown(options: optionCost, precedence: precedenceCost, sameVenue: sameVenueCost))
    }
}
