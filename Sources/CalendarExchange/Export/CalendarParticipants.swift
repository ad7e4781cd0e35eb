import Calendars
import ICalendar
import Scenarios
import Planning

/// Who organises and who attends, as ORGANIZER and ATTENDEE (RFC 5545
/// §3.8.4.3, §3.8.4.1). Convene knows no real addresses, so it derives
/// them under the `.invalid` top-level domain (RFC 2606 §2), which can
/// never reach anyone: `mailto:secretariat@accsm.invalid`,
/// `mailto:vn@accsm.invalid`.
public struct CalendarParticipants: Sendable {
    public let plan: Plan
    public let scenario: Scenario?

    public init(plan: Plan, scenario: Scenario?) {
        self.plan = plan
        self.scenario = scenario
    }

    /// `accsm.invalid`: the body's short name, as a host label.
    public var domain: String {
        let label = String(EventIdentity.slug(plan.body).map { $0 == "_" ? "-" : $0 })
        return (label.isEmpty ? "convene" : label) + ".invalid"
    }

    /// "ACCSM 22".
    public var termName: String {
        plan.cycle.map { "\(plan.body) \($0)" } ?? plan.body
    }

    /// The chair's country name as ASEAN writes it ("Brunei Darussalam").
    public var chairName: String {
        Countries.named(plan.chair)?.name ?? plan.chair.rawValue
    }

    /// The chair's capital zone, for X-WR-TIMEZONE.
    public var chairZone: String? {
        Countries.named(plan.chair)?.timeZone
    }

    /// The display name of a delegation: the scenario's, else the country's
    /// when the id is a country code, else the id.
    public func name(ofDelegation id: String) -> String {
        if let delegation = scenario?.delegation(DelegationID(id)) { return delegation.name }
        return Countries.named(CountryCode(id))?.name ?? id
    }

    /// A delegation's home zone: the scenario's, else its country's capital
    /// zone when the id is a country code.
    public func homeZone(ofDelegation id: String) -> String? {
        if let delegation = scenario?.delegation(DelegationID(id)) { return delegation.home }
        return Countries.named(CountryCode(id))?.timeZone
    }

    /// The chair's secretariat, which organises every meeting of the term.
    public var organizer: CalendarUser {
        CalendarUser(address: "mailto:" + (scenario?.body.email ?? "secretariat@\(domain)"),
                     commonName: "\(termName) Chair Secretariat (\(chairName))")
    }

    /// A delegation as a required group attendee (§3.2.3 CUTYPE=GROUP,
    /// §3.2.16 ROLE=REQ-PARTICIPANT).
    public func attendee(_ id: String) -> CalendarUser {
        let local = EventIdentity.clean(id).lowercased()
        let address = scenario?.delegation(DelegationID(id))?.email ?? "\(local.isEmpty ? "delegation" : local)@\(domain)"
        return CalendarUser(address: "mailto:" + address,
                            commonName: name(ofDelegation: id),
                            otherParameters: [Parameter("CUTYPE", "GROUP"), Parameter("ROLE", "REQ-PARTICIPANT")])
    }
}
