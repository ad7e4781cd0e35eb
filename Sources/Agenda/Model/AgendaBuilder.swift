import Calendars
import Planning
import Scenarios

/// Makes the agenda of a planned meeting: picks the items (the scenario's
/// own `agenda:`, or the kind's template with the handover at the last
/// heads meeting of the term), times them over the meeting's sittings and
/// finds the delegations' clocks for remote sessions. Pure but for ICU's
/// zone data.
public struct AgendaBuilder: Sendable {
    public let plan: Plan
    public let scenario: Scenario
    /// Worked out once per plan rather than once per meeting: entries by id
    /// (the first of a repeated id, as a search would find), the incoming
    /// chair, and the last heads meeting.
    private let entries: [MeetingID: Plan.Entry]
    private let incoming: String?
    private let incomingCode: CountryCode?
    private let lastHeadsID: MeetingID?
    /// In a scenario of terms: the last heads meeting of each body's cycle.
    private let lastHeadsOfTerm: [String: MeetingID]

    public init(plan: Plan, scenario: Scenario) {
        self.plan = plan
        self.scenario = scenario
        entries = Dictionary(plan.meetings.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let next = Self.incomingChairTurn(scenario)
        incoming = next?.name
        incomingCode = next?.chair
        let heads = plan.meetings.filter { $0.kind == .heads }
        lastHeadsID = heads.max { ($0.date, $0.localStart) < ($1.date, $1.localStart) }?.id
        var lastOfTerm: [String: Plan.Entry] = [:]
        for entry in heads {
            guard let term = scenario.meeting(entry.id)?.term else { continue }
            let key = "\(term.body)/\(term.cycle)"
            if let other = lastOfTerm[key], (other.date, other.localStart) >= (entry.date, entry.localStart) { continue }
            lastOfTerm[key] = entry
        }
        lastHeadsOfTerm = lastOfTerm.mapValues(\.id)
    }

    /// The agenda of the meeting `id`.
    public func agenda(for id: MeetingID) throws(AgendaError) -> Agenda {
        guard let entry = entries[id] else {
            throw .unknownMeeting(id.rawValue, known: plan.meetings.map(\.id.rawValue))
        }
        let kind = entry.kind
        let mode = entry.mode
        let meeting = scenario.meeting(entry.id)
        // A meeting of a term: its cycle's chair hands over to the next.
        let term = meeting?.term
        let incomingChair = term.map { $0.nextChair.map { Countries.named($0)?.name ?? $0.rawValue } } ?? incoming
        let sessions = try sessions(of: entry, mode: mode, meeting: meeting)

        let lines: [AgendaLine]
        let days: [TimedDay]
        do throws(TimingError) {
            if let own = meeting?.agenda {
                lines = own.map { AgendaLine(text: $0.title, minutes: $0.minutes) }
                days = try AgendaTimer.lay(lines.map(\.minutes), over: sessions)
            } else {
                let template = templateLines(kind: kind, entry: entry, incoming: incomingChair)
                (lines, days) = try Self.fit(template, over: sessions)
            }
        } catch {
            throw .timing(meeting: entry.id.rawValue, title: entry.title, error)
        }

        var groups: [ZoneGroup] = []
        if mode != .inPerson {
            let ids = mode == .virtual ? entry.attendees : entry.remote
            let instant = try unixStart(of: entry, sessions: sessions)
            groups = ZoneGroup.grouping(try clocks(for: ids, at: instant))
        }
        let chair = term?.chair ?? scenario.chair
        let chairName = Countries.named(chair)?.name ?? chair.rawValue
        let bodyName = term.flatMap { term in scenario.bodies.first { $0.id == term.body }?.name } ?? plan.bodyName
        var agenda = Agenda(bodyName: bodyName, bodyShort: term?.short ?? plan.body, cycle: term?.cycle ?? plan.cycle, chairName: chairName,
                      theme: plan.theme, meetingID: entry.id.rawValue, title: entry.title, kind: kind, mode: mode,
                      venueName: entry.venueName, city: entry.city, host: entry.country,
                      timeZone: entry.timeZone.identifier, lines: lines, days: days, incomingChair: incomingChair,
                      zoneGroups: groups, chair: chair, incomingChairCode: term.map { $0.nextChair } ?? incomingCode)
        let programme = scenario.programme, meetingID = entry.id, venueID = entry.venue
        agenda.chairperson = programme.chairperson(of: meetingID)
        agenda.coChair = programme.coChairs[meetingID]
        agenda.address = programme.addresses[venueID]
        if mode != .inPerson {
            agenda.joinURL = scenario.meeting(meetingID)?.joinURL ?? scenario.venue(venueID)?.joinURL
        }
        agenda.translations = programme.translations
        return agenda
    }

    /// Each delegation's clock at `instant`: the scenario's home zone, else
    /// the capital's.
    public func clocks(for ids: [DelegationID], at instant: Int64) throws(AgendaError) -> [DelegationClock] {
        var result: [DelegationClock] = []
        for id in ids {
            let zone = scenario.delegation(id)?.home
                ?? Countries.named(CountryCode(id.rawValue))?.timeZone ?? "UTC"
            do throws(ICUError) {
                result.append(DelegationClock(delegation: id.rawValue, zone: zone, offsetSeconds: try ICU.offset(zone: zone, at: instant)))
            } catch {
                throw .icu(error)
            }
        }
        return result
    }

    /// The sittings: one per day from `date` to `lastDate`, each from the
    /// plan's local start to its local end.
    func sessions(of entry: Plan.Entry, mode: MeetingMode, meeting: Meeting?) throws(AgendaError) -> [Session] {
        let first = entry.date, last = entry.lastDate, start = entry.localStart, end = entry.localEnd
        guard first <= last else {
            throw .badPlanField(meeting: entry.id.rawValue, field: "lastDate", value: last.description)
        }
        guard start < end else {
            throw .badPlanField(meeting: entry.id.rawValue, field: "localEnd", value: end.description)
        }
        let wholeDays: Bool
        if let meeting, case .days = meeting.length { wholeDays = true } else { wholeDays = end.minutes - start.minutes >= 6 * 60 }
        let prayers = Countries.named(entry.country)?.fridayPrayerBreak ?? false
        return (0...first.days(to: last)).map { offset in
            let day = first.adding(days: offset)
            return Session(day: day, start: start.minutes, end: end.minutes,
                           takesLunch: wholeDays && mode != .virtual,
                           fridayPrayers: prayers && day.weekday == .friday)
        }
    }

    /// The kind's template; at the last heads meeting of the plan, the
    /// handover goes before the closing. Items that name the incoming chair
    /// are left out when the rotation cannot name one.
    func templateLines(kind: MeetingKind, entry: Plan.Entry, incoming: String?) -> [AgendaLine] {
        var lines = AgendaTemplate.forKind(kind).items
            .filter { incoming != nil || $0.key != .nextChairPlans }
            .map { AgendaLine(key: $0.key, minutes: $0.minutes) }
        if kind == .heads, incoming != nil, isLastHeads(entry) {
            let at = lines.lastIndex { $0.key == .closing } ?? lines.endIndex
            lines.insert(AgendaLine(key: .handover, minutes: 20), at: at)
        }
        return lines
    }

    /// Whether no heads meeting of the plan comes after this one.
    func isLastHeads(_ entry: Plan.Entry) -> Bool {
        if let term = scenario.meeting(entry.id)?.term {
            return lastHeadsOfTerm["\(term.body)/\(term.cycle)"] == entry.id
        }
        return lastHeadsID == entry.id
    }

    /// The next chair in rotation after the scenario's chair, from the
    /// scenario's members and cycle; nil when the chair does not rotate
    /// among them (a partner hosting a roundtable).
    static func incomingChair(_ scenario: Scenario) -> String? { incomingChairTurn(scenario)?.name }

    static func incomingChairTurn(_ scenario: Scenario) -> Rotation.Turn? {
        guard let rotation = try? Rotation(members: scenario.members),
              let turns = try? rotation.turns(anchorCycle: scenario.cycle ?? 0, anchorChair: scenario.chair, count: 2),
              turns.count == 2 else { return nil }
        return turns[1]
    }

    /// Times a template, compressing its lengths in proportion (to 5-minute
    /// steps, at least 5 minutes each) when the meeting is shorter than the
    /// template's full day, and stretching them when a meeting of several
    /// days would otherwise leave its last days empty. A scenario's own
    /// agenda is never changed.
    static func fit(_ template: [AgendaLine], over sessions: [Session]) throws(TimingError) -> ([AgendaLine], [TimedDay]) {
        let lines = stretched(template, over: sessions)
        let total = lines.reduce(0) { $0 + $1.minutes }
        var (days, overflow) = try AgendaTimer.layAllowingOverflow(lines.map(\.minutes), over: sessions)
        if overflow == 0 { return (lines, days) }
        let room = Double(total - overflow) / Double(total)
        for attempt in 0..<40 {
            let scale = room * (1 - 0.025 * Double(attempt))
            let scaled = lines.map { $0.withMinutes(max(5, Int(Double($0.minutes) * scale) / 5 * 5)) }
            (days, overflow) = try AgendaTimer.layAllowingOverflow(scaled.map(\.minutes), over: sessions)
            if overflow == 0 { return (scaled, days) }
        }
        return (lines, try AgendaTimer.lay(lines.map(\.minutes), over: sessions))
    }

    /// The template's lengths scaled up to fill about 85% of the sittings'
    /// time between breaks, for meetings of more than one day.
    static func stretched(_ lines: [AgendaLine], over sessions: [Session]) -> [AgendaLine] {
        guard sessions.count > 1 else { return lines }
        let total = lines.reduce(0) { $0 + $1.minutes }
        let room = sessions.reduce(0) { $0 + $1.minutes - ($1.takesLunch ? 60 : 0) - 30 }
        let target = room * 85 / 100
        guard total > 0, total < target else { return lines }
        let scale = Double(target) / Double(total)
        return lines.map { $0.withMinutes(max(5, Int(Double($0.minutes) * scale) / 5 * 5)) }
    }

    private func unixStart(of entry: Plan.Entry, sessions: [Session]) throws(AgendaError) -> Int64 {
        guard let first = sessions.first else { return 0 }
        do throws(ICUError) {
            return try LocalClock.unixSeconds(day: first.day, minute: first.start, zone: entry.timeZone.identifier)
        } catch {
            throw .icu(error)
        }
    }
}
