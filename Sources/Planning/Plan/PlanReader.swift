import Calendars
import Solving
import Scenarios

/// Reads a solver assignment back into a `Plan`: local and UTC times, the
/// costs of each meeting by rule, the pair costs, and for re-plans what
/// moved and why.
struct PlanReader {
    let model: PlanningModel
    let scenarioText: String

    func plan(assignment: [Int], result: SolveResult, seed: UInt64, kept: Plan?) -> Plan {
        let scenario = model.scenario
        let chosen = assignment.enumerated().map { model.placements[$0.offset][$0.element] }
        var pairCosts: [Int: [CostItem]] = [:]
        for (item, meeting) in PairCosts.items(model: model, chosen: chosen) {
            pairCosts[meeting, default: []].append(item)
        }
        let keptByID = Dictionary((kept?.meetings ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var entries: [Plan.Entry] = []
        var breakdown: [SoftRule: Int] = [:]
        var moved = 0
        let movedIDs = Set(scenario.meetings.enumerated().compactMap { index, meeting -> MeetingID? in
            guard let old = keptByID[meeting.id] else { return nil }
            let placement = chosen[index]
            let same = old.venue == placement.venue && old.date == placement.firstDay && old.localStart == placement.localStart
            return same ? nil : meeting.id
        })
        for (index, meeting) in scenario.meetings.enumerated() {
            let placement = chosen[index]
            let venue = scenario.venue(placement.venue)!
            let costs = placement.costs + (pairCosts[index] ?? [])
            for item in costs { breakdown[item.rule, default: 0] += item.points }
            let attendance = Attendance(scenario: scenario, meeting: meeting, venue: venue)
            let offset = (placement.utcStart - placement.dayIndex * 1440 - placement.localStart.minutes) * -1
            var move: Plan.Move?
            if let old = keptByID[meeting.id], movedIDs.contains(meeting.id) {
                moved += 1
                move = Plan.Move(from: old.date, fromVenue: old.venue, fromStart: old.localStart,
                                 reason: MoveReason.explain(old: old, model: model, meetingIndex: index, moved: movedIDs))
            }
            entries.append(Plan.Entry(
                id: meeting.id, title: meeting.title, kind: meeting.kind,
                mode: venue.isVirtual ? .virtual : meeting.mode ?? .inPerson,
                venue: venue.id, venueName: venue.name, city: venue.city, country: venue.country,
                date: placement.firstDay, lastDate: placement.lastDay, weekday: placement.firstDay.weekday,
                localStart: placement.localStart, localEnd: placement.localEnd,
                timeZone: ZoneID(venue.timeZone), utcOffset: OffsetFromUTC(minutes: offset),
                utcStart: Self.instant(model.epoch, minutes: placement.utcStart),
                utcEnd: Self.instant(model.epoch, minutes: placement.utcEnd),
                attendees: attendance.attendees.map(\.id), remote: attendance.remote.map(\.id),
                model: Plan.ModelCoordinates(venue: venue.id, day: placement.dayIndex, lastDay: placement.lastDayIndex,
                                             start: placement.utcStart, end: placement.utcEnd, option: assignment[index]),
                cost: costs.reduce(0) { $0 + $1.points },
                costs: costs.map { Plan.Cost(rule: $0.rule, points: $0.points, note: $0.note) },
                moved: move))
        }
        let objective = entries.reduce(0) { $0 + $1.cost }
        return Plan(
            format: Plan.formatTag, body: scenario.body.short, bodyName: scenario.body.name, cycle: scenario.cycle,
            chair: scenario.chair, theme: scenario.theme, scenario: scenario.file,
            scenarioSHA256: SHA256.hex(Array(scenarioText.utf8)), epoch: model.epoch,
            meetings: entries, objective: objective, breakdown: breakdown.filter { $0.value > 0 },
            solver: Plan.Search(status: result.status, provenOptimal: result.status == .optimal,
                                lowerBound: kept == nil ? result.lowerBound : nil,
                                nodes: result.statistics.nodes, iterations: result.statistics.iterations,
                                stoppedBy: result.statistics.stoppedBy, seed: seed),
            movedCount: kept == nil ? nil : moved)
    }

    /// The instant of a time given in model minutes (from the epoch's UTC midnight).
    static func instant(_ epoch: Day, minutes: Int) -> UTCInstant {
        UTCInstant(day: epoch, minutes: minutes)
    }
}
