import Calendars
import Planning
import Scenarios

/// Everything the overview draws, computed once from a plan and its
/// scenario: the horizon, the meetings, the fixed events, each country's
/// non-working days, and the conflicts of a `check` report. Pure: the
/// renderers only lay it out.
public struct Timeline: Sendable {
    /// An event the plan had to respect (a Summit, an imported calendar's event).
    public struct FixedSpan: Sendable, Hashable {
        public let title: String
        public let days: DayRange

        public init(title: String, days: DayRange) {
            self.title = title
            self.days = days
        }
    }

    public let title: String
    public let horizon: DayRange
    public let meetings: [OverviewMeeting]
    public let fixed: [FixedSpan]
    public let nonWorking: [CountryCode: NonWorkingDays]
    /// Findings by meeting id, from a `check` report.
    public let findings: [String: [ReportedFinding]]
    /// A delegation's home country and zone, by id.
    let delegations: [String: (country: CountryCode, zone: String)]
    let virtualVenues: Set<String>

    /// The timeline of `plan`. `scenario` (when found) gives the horizon,
    /// the delegations' countries and home zones and the inline fixed
    /// events; `fixed` and `holidays` add imported calendars.
    public init(
        plan: Plan, scenario: Scenario?, fixed extraFixed: [FixedSpan] = [], holidays: [Holiday] = [],
        findings: [ReportedFinding] = []
    ) {
        let meetings = plan.meetings.compactMap { OverviewMeeting($0, of: plan) }
        self.meetings = meetings
        title = plan.bodyName + (plan.cycle.map { " \($0)" } ?? "")
        let first = meetings.map(\.days.first).min(), last = meetings.map(\.days.last).max()
        var horizon = scenario?.horizon ?? DayRange(first ?? Day(daysSince1970: 0), last ?? Day(daysSince1970: 0))!
        // A plan checked against another scenario may reach past its horizon.
        if let first, let last, let wider = DayRange(min(first, horizon.first), max(last, horizon.last)) {
            horizon = wider
        }
        self.horizon = horizon

        var spans = extraFixed
        for event in scenario?.fixed ?? [] {
            if case .inline(let title, let days, _, _) = event.source { spans.append(FixedSpan(title: title, days: days)) }
        }
        fixed = spans.filter { $0.days.overlaps(horizon) }.sorted { ($0.days.first, $0.title) < ($1.days.first, $1.title) }

        var delegations: [String: (CountryCode, String)] = [:]
        for delegation in scenario?.delegations ?? [] {
            delegations[delegation.id.rawValue] = (delegation.country, delegation.home)
        }
        for meeting in meetings {
            for attendee in meeting.attendees where delegations[attendee] == nil {
                // Without a scenario, a delegation id is its country's code.
                if let country = Countries.named(CountryCode(attendee)) {
                    delegations[attendee] = (country.code, country.timeZone)
                }
            }
        }
        self.delegations = delegations
        virtualVenues = Set((scenario?.venues ?? []).filter(\.isVirtual).map(\.id.rawValue))
            .union(meetings.filter { $0.mode == "virtual" }.map(\.venue))

        var countries = Set(meetings.map(\.country))
        countries.formUnion(meetings.map(\.chair))
        countries.formUnion(delegations.values.map(\.0))
        var nonWorking: [CountryCode: NonWorkingDays] = [:]
        for country in countries {
            nonWorking[country] = NonWorkingDays(country: country, horizon: horizon, extra: holidays)
        }
        self.nonWorking = nonWorking
        self.findings = Dictionary(grouping: findings.flatMap { finding in finding.meetings.map { ($0, finding) } }) { $0.0 }
            .mapValues { $0.map(\.1) }
    }

    /// The rows for `grouping`, in a stable order: bodies and venues as
    /// first used, delegations by id.
    public func rows(_ grouping: TimelineGrouping) -> [TimelineRow] {
        var order: [String] = []
        var members: [String: [Int]] = [:]
        var countries: [String: CountryCode?] = [:]
        var labels: [String: String] = [:]
        func add(_ key: String, _ index: Int, label: String, country: CountryCode?) {
            if members[key] == nil {
                order.append(key)
                labels[key] = label
                countries[key] = country
            }
            members[key, default: []].append(index)
        }
        for (index, meeting) in meetings.enumerated() {
            switch grouping {
            case .body:
                add(meeting.body, index, label: "\(meeting.body) (\(meeting.chair))", country: meeting.chair)
            case .venue:
                let place = meeting.city.map { "\(meeting.venueName), \($0)" } ?? meeting.venueName
                add(meeting.venue, index, label: place, country: virtualVenues.contains(meeting.venue) ? nil : meeting.country)
            case .delegation:
                for attendee in meeting.attendees {
                    add(attendee, index, label: attendee, country: delegations[attendee]?.country)
                }
            }
        }
        if grouping == .delegation { order.sort() }
        return order.map { TimelineRow(label: labels[$0]!, country: countries[$0]!, meetings: members[$0]!, of: meetings) }
    }

    /// `delegation`'s home zone, or nil when the plan and scenario do not say.
    public func homeZone(of delegation: String) -> String? { delegations[delegation]?.zone }

    /// The zone whose clock `delegation` keeps in `meeting`: its home when it
    /// follows from home, the venue's when it is in the room.
    public func clockZone(of delegation: String, in meeting: OverviewMeeting) -> String {
        meeting.isRemote(delegation) ? (homeZone(of: delegation) ?? meeting.timeZone) : meeting.timeZone
    }
}
