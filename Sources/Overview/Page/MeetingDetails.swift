import Calendars
import Foundation

/// What the overview shows when a meeting is selected, as the page's JSON
/// data: where and when, each delegation's local times (grouped by clock),
/// the cost and the plan's reasons, conflicts, and links to the agenda and
/// the calendars written beside the plan.
struct MeetingDetails: Encodable {
    /// Delegations that keep the same clock for the meeting.
    struct ClockGroup: Encodable {
        let offset: String
        let times: String
        let remote: Bool
        let delegations: [String]

        private enum CodingKeys: String, CodingKey { case offset = "o", times = "t", remote = "r", delegations = "d" }
    }

    let id: String
    let title: String
    let kind: String
    let body: String
    let dates: String
    let venue: String
    let local: String
    let clocks: [ClockGroup]
    let cost: Int
    let reasons: [String]
    let findings: [String]
    /// Whether `agendas/<id>.html` was written (the id is usable as a file name).
    let agenda: Bool
    /// Attendees with no calendar file of their own (an id not usable as a file name).
    let noCalendar: [String]

    /// Empty lists are left out: most meetings have no reasons, findings
    /// or unusable ids, and the page carries thousands of meetings.
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(kind, forKey: .kind)
        try container.encode(body, forKey: .body)
        try container.encode(dates, forKey: .dates)
        try container.encode(venue, forKey: .venue)
        try container.encode(local, forKey: .local)
        try container.encode(clocks, forKey: .clocks)
        try container.encode(cost, forKey: .cost)
        if !reasons.isEmpty { try container.encode(reasons, forKey: .reasons) }
        if !findings.isEmpty { try container.encode(findings, forKey: .findings) }
        if agenda { try container.encode(1, forKey: .agenda) }
        if !noCalendar.isEmpty { try container.encode(noCalendar, forKey: .noCalendar) }
    }

    /// Short keys: the page carries one of these per meeting, thousands in
    /// an ASEAN year.
    private enum CodingKeys: String, CodingKey {
        case id, title = "t", kind = "k", body = "b", dates = "d", venue = "v", local = "l", clocks = "c", cost = "x"
        case reasons = "r", findings = "f", agenda = "a", noCalendar = "n"
    }

    static func make(_ timeline: Timeline, links: OverviewPage.Links) -> [MeetingDetails] {
        var clock = ZoneClock()
        return timeline.meetings.map { meeting in
            var groups: [String: (offset: Int, times: String, remote: Bool, delegations: [String])] = [:]
            for attendee in meeting.attendees {
                let zone = timeline.clockZone(of: attendee, in: meeting)
                let offset = clock.offset(zone, at: meeting.start)
                let from = clock.localMinutes(meeting.start, in: zone, sameDayAs: meeting.start)
                let to = clock.localMinutes(meeting.end, in: zone, sameDayAs: meeting.start)
                let times = ZoneClock.clockLabel(from) + "–" + ZoneClock.clockLabel(to)
                let remote = meeting.isRemote(attendee)
                let key = "\(offset)|\(remote)"
                groups[key, default: (offset, times, remote, [])].delegations.append(attendee)
            }
            let clocks = groups.values.sorted { ($0.offset, $0.remote ? 1 : 0) < ($1.offset, $1.remote ? 1 : 0) }.map {
                ClockGroup(offset: "UTC" + ZoneClock.offsetLabel($0.offset), times: $0.times, remote: $0.remote, delegations: $0.delegations)
            }
            let place = meeting.city.map { "\(meeting.venueName), \($0)" } ?? meeting.venueName
            return MeetingDetails(
                id: meeting.id, title: meeting.title, kind: meeting.kind, body: "\(meeting.body), chair \(meeting.chair.rawValue)",
                dates: meeting.dateLabel, venue: place,
                local: "\(meeting.localStart)–\(meeting.localEnd) (UTC\(meeting.utcOffset), \(meeting.timeZone))",
                clocks: clocks, cost: meeting.cost, reasons: meeting.reasons,
                findings: (timeline.findings[meeting.id] ?? []).map { "\($0.severity.rawValue) \($0.rule): \($0.message)" },
                agenda: links.isSafe(meeting.id),
                noCalendar: meeting.attendees.filter { !links.isSafe($0) })
        }
    }
}
