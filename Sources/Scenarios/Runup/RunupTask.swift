/// One piece of a secretariat's work before a meeting, due a number of
/// days before its first day (Docs/Runup.md). The order of the cases is
/// the order a secretariat usually meets them, earliest first.
public enum RunupTask: String, CaseIterable, Sendable, Codable, Comparable {
    /// Venue, rooms, hotel blocks, transport, security and protocol booked
    /// with the host country's agencies.
    case hostArrangements = "host-arrangements"
    /// The invitation letter, sent by note verbale through the foreign
    /// ministries, with the provisional agenda.
    case invitation
    /// Online or form registration of delegates opens.
    case registrationOpens = "registration-opens"
    /// Draft documents (provisional agenda, annotated agenda, working
    /// papers) circulated to delegations.
    case documents
    /// The logistics (information) note: venue, hotels, transport, dress,
    /// visas; for a virtual meeting, how to join.
    case logisticsNote = "logistics-note"
    /// Registration closes: badges, seating and room sizes are fixed.
    case registrationCloses = "registration-closes"
    /// Each delegation's list (head, members, alternates) confirmed.
    case delegationLists = "delegation-lists"

    /// What the task is, as a deadline's title.
    public var displayName: String {
        switch self {
        case .hostArrangements: "Host-country arrangements confirmed"
        case .invitation: "Invitation letter (note verbale) sent"
        case .registrationOpens: "Registration opens"
        case .documents: "Draft documents circulated"
        case .logisticsNote: "Logistics note sent"
        case .registrationCloses: "Registration closes"
        case .delegationLists: "Delegation lists confirmed"
        }
    }

    public static func < (lhs: RunupTask, rhs: RunupTask) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
