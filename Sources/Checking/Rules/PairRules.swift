import Calendars
import Scenarios
import Planning

/// The rules between meetings: `after` links (hard, DESIGN.md rule 4, and
/// the side-event gap and venue-change costs), rooms at a venue (rule 3),
/// and delegations in two places at once or without time to travel (rule
/// 5). Meetings are indexed by venue and by delegation and swept in order
/// of start, so the work grows with the schedule, not with its square.
struct PairRules {
    let scenario: Scenario
    /// Travel site of each venue and minutes between sites, as the planner's `Sites` computes them.
    let siteOfVenue: [VenueID: Int]
    let travelMinutes: [[Int]]

    init(scenario: Scenario) {
        self.scenario = scenario
        let sites = Sites(venues: scenario.venues)
        siteOfVenue = sites.siteOfVenue
        travelMinutes = sites.travelMinutes
    }

    /// The longest gap between linked meetings that still counts as one
    /// visit, for the venue-change cost (the planner's `gatheringDays`).
    static let gatheringDays = RuleConstants.gatheringDays

    func findings(_ placed: [PlacedMeeting]) -> [Finding] {
        var byID: [MeetingID: PlacedMeeting] = [:]
        for meeting in placed { byID[meeting.id] = meeting }
        return links(placed, byID: byID) + rooms(placed) + delegations(placed)
    }

    // MARK: after links

    /// With g = days from the end of the first to the start of the second:
    /// g must lie in the rule's range, and on the same day the second
    /// starts after the first ends. Side events cost per day beyond the
    /// next; linked meetings of one visit cost when their venues differ.
    private func links(_ placed: [PlacedMeeting], byID: [MeetingID: PlacedMeeting]) -> [Finding] {
        var found: [Finding] = []
        let weights = scenario.weights
        for then in placed {
            for rule in then.meeting.after {
                guard let first = byID[rule.meeting.value] else { continue }
                let range = rule.days
                let gap = first.lastDay.days(to: then.firstDay)
                let pair = [first.id, then.id]
                if !range.contains(gap) {
                    found.append(Finding(rule: .precedenceBroken, meetings: pair, dates: Self.span(first.lastDay, then.firstDay), who: [],
                                         message: "\(then.label) on \(then.firstDay) \(Self.relation(gap, first)) ends on \(first.lastDay); the scenario asks for \(Self.range(range))"))
                } else if gap == 0, then.utcStart < first.utcEnd {
                    found.append(Finding(rule: .precedenceBroken, meetings: pair, dates: [then.firstDay], who: [],
                                         message: "\(then.label) starts \(then.startText), before the \(first.label) ends at \(first.endText); on the same day it must come after"))
                }
                if then.meeting.kind.isSideEvent, weights.sideEventGapPerDay > 0 {
                    let preferMax = range.maximum.map { min($0, range.minimum + 1) } ?? range.minimum + 1
                    let outside = max(0, range.minimum - gap) + max(0, gap - preferMax)
                    if outside > 0 {
                        found.append(Finding(rule: .sideEventGap, meetings: pair, dates: Self.span(first.lastDay, then.firstDay), who: [],
                                             message: "\(then.label) on \(then.firstDay) \(Self.relation(gap, first)) ends; a side event costs nothing \(Self.range(DayCountRange(minimum: range.minimum, maximum: preferMax) ?? range))",
                                             cost: outside * weights.sideEventGapPerDay))
                    }
                }
                if (range.maximum ?? .max) <= Self.gatheringDays, first.venue.id != then.venue.id,
                   Set(then.meeting.venues.map(\.value)).union(first.meeting.venues.map(\.value)).count > 1 {
                    found.append(Finding(rule: .venueChange, meetings: pair, dates: [then.firstDay], who: [then.venue.id.rawValue, first.venue.id.rawValue],
                                         message: "\(then.label) is at \(then.venue.id) while the \(first.label) it follows is at \(first.venue.id): delegations change venue within one visit",
                                         cost: weights.venueChange))
                }
            }
        }
        return found
    }

    // MARK: rooms

    /// At any minute, at most `rooms` meetings at a venue.
    private func rooms(_ placed: [PlacedMeeting]) -> [Finding] {
        var found: [Finding] = []
        // The placed meetings come sorted by start, so each venue's list is too.
        var byVenue: [VenueID: [Int]] = [:]
        for (position, meeting) in placed.enumerated() { byVenue[meeting.venue.id, default: []].append(position) }
        for venueID in byVenue.keys.sorted() {
            guard let list = byVenue[venueID], let first = list.first else { continue }
            let rooms = placed[first].venue.rooms
            var active: [Int] = []
            for position in list {
                let start = placed[position].utcStart
                active.removeAll { placed[$0].utcEnd <= start }
                active.append(position)
                guard active.count > rooms else { continue }
                let meeting = placed[position]
                let others = active.dropLast().sorted().map { placed[$0] }
                let names = others.map { "the \($0.label) (\($0.startText) to \($0.end))" }
                found.append(Finding(rule: .roomsExceeded, meetings: others.map(\.id) + [meeting.id], dates: [meeting.firstDay],
                                     who: [venueID.rawValue],
                                     message: "\(meeting.headline) from \(meeting.start): \(venueID) has \(rooms) room\(rooms == 1 ? "" : "s"), already taken by \(MeetingRules.list(names))"))
            }
        }
        return found
    }

    // MARK: delegations

    private struct PairKey: Hashable {
        let earlier: Int
        let later: Int
    }

    /// No delegation in two meetings at once; between meetings at
    /// different sites, at least the travel time. Each delegation's
    /// meetings are sorted by start and each is compared only with the
    /// earlier ones that could still be in the way: those starting within
    /// the delegation's longest meeting plus the longest journey.
    private func delegations(_ placed: [PlacedMeeting]) -> [Finding] {
        let index = Dictionary(scenario.delegations.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { a, _ in a })
        var lists = Array(repeating: [Int](), count: scenario.delegations.count)
        for (position, meeting) in placed.enumerated() {
            for delegation in meeting.attendees {
                if let slot = index[delegation.id] { lists[slot].append(position) }
            }
        }
        let longestJourney = travelMinutes.joined().max() ?? 0
        // Flat copies of what the sweep reads, so it never copies a whole PlacedMeeting.
        let starts = placed.map(\.utcStart), ends = placed.map(\.utcEnd), sites = placed.map(\.site)
        var overlaps: [PairKey: [DelegationID]] = [:]
        var journeys: [PairKey: [DelegationID]] = [:]
        for (slot, list) in lists.enumerated() where list.count > 1 {
            // Positions follow the order of start already.
            let longest = list.map { ends[$0] - starts[$0] }.max() ?? 0
            let delegation = scenario.delegations[slot].id
            for i in 1..<list.count {
                let later = list[i]
                var j = i - 1
                while j >= 0, starts[list[j]] >= starts[later] - longest - longestJourney {
                    let earlier = list[j]
                    j -= 1
                    let key = PairKey(earlier: earlier, later: later)
                    if ends[earlier] > starts[later], ends[later] > starts[earlier] {
                        overlaps[key, default: []].append(delegation)
                    } else if starts[later] - ends[earlier] < travel(sites[earlier], sites[later]) {
                        journeys[key, default: []].append(delegation)
                    }
                }
            }
        }
        var found: [Finding] = []
        // Dictionaries have no stable order; pairs are emitted by the later meeting, then the earlier.
        func ordered(_ pairs: [PairKey: [DelegationID]]) -> [(key: PairKey, value: [DelegationID])] {
            pairs.sorted { ($0.key.later, $0.key.earlier) < ($1.key.later, $1.key.earlier) }
        }
        for (key, who) in ordered(overlaps) {
            let (a, b) = (placed[key.earlier], placed[key.later])
            found.append(Finding(rule: .doubleBooked, meetings: [a.id, b.id], dates: Self.dates(a, b), who: who.map(\.rawValue),
                                 message: "\(Self.names(who)) \(who.count == 1 ? "is" : "are") in both the \(a.label) (\(a.startText) to \(a.end), \(a.placeText)) and the \(b.label) (\(b.startText) to \(b.end), \(b.placeText)), which overlap"))
        }
        for (key, who) in ordered(journeys) {
            let (a, b) = (placed[key.earlier], placed[key.later])
            let need = travel(a.site, b.site)
            found.append(Finding(rule: .travelTooShort, meetings: [a.id, b.id], dates: Self.dates(a, b), who: who.map(\.rawValue),
                                 message: "\(Self.names(who)) attend\(who.count == 1 ? "s" : "") both the \(a.label) \(a.placeText) ending \(a.endText) and the \(b.label) \(b.placeText) starting \(b.startText): less than the \(Self.duration(need)) of travel (\(Self.duration(b.utcStart - a.utcEnd)) between them)"))
        }
        return found
    }

    private func travel(_ a: Int, _ b: Int) -> Int {
        guard a != b, a < travelMinutes.count, b < travelMinutes.count else { return 0 }
        return travelMinutes[a][b]
    }

    private static func dates(_ a: PlacedMeeting, _ b: PlacedMeeting) -> [Day] { span(a.lastDay, b.firstDay) }

    /// Two days in order, once when they are the same.
    private static func span(_ a: Day, _ b: Day) -> [Day] { a == b ? [a] : [min(a, b), max(a, b)] }

    private static func names(_ who: [DelegationID]) -> String { MeetingRules.list(who.map(\.rawValue)) }

    /// "comes 3 days after the SOM", "comes 1 day before the SOM", "comes the same day as the SOM".
    private static func relation(_ gap: Int, _ first: PlacedMeeting) -> String {
        switch gap {
        case 0: "comes the same day as the \(first.label)"
        case 1: "comes 1 day after the \(first.label)"
        case -1: "comes 1 day before the \(first.label)"
        case let days where days > 0: "comes \(days) days after the \(first.label)"
        default: "comes \(-gap) days before the \(first.label)"
        }
    }

    /// "1 day after it", "0 to 1 days after it", "180 days or more after it".
    private static func range(_ range: DayCountRange) -> String {
        switch range.maximum {
        case range.minimum?: range.minimum == 0 ? "the same day, after it" : "\(range.minimum) day\(range.minimum == 1 ? "" : "s") after it"
        case let maximum?: "\(range.minimum) to \(maximum) days after it"
        case nil: "\(range.minimum) days or more after it"
        }
    }

    /// "6 h 30 min", "6 h", "45 min".
    static func duration(_ minutes: Int) -> String {
        let sign = minutes < 0 ? "-" : ""
        let m = abs(minutes)
        switch (m / 60, m % 60) {
        case (0, let rest): return "\(sign)\(rest) min"
        case (let hours, 0): return "\(sign)\(hours) h"
        case (let hours, let rest): return "\(sign)\(hours) h \(rest) min"
        }
    }
}
