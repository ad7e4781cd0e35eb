/// How many days before a meeting's first day each run-up task falls due,
/// by meeting kind (Docs/Runup.md gives the sources). A scenario's
/// `runup:` overrides them by kind and by meeting.
///
/// Where public practice names a figure it is used: the UN's six-week rule
/// for documents (rule 6 of the rules of procedure of ECOSOC's functional
/// commissions: the provisional agenda and basic documents not less than
/// six weeks before the session; General Assembly resolution 49/221 B);
/// the General Assembly's rule 27 for delegation lists (credentials and the
/// names of delegation members, if possible not less than one week before
/// the opening); ASEAN OSHNET's procedure for invitations to a working
/// meeting (letters with the provisional agenda and registration forms at
/// least 3 to 4 weeks before). Every other figure is Convene's assumption,
/// marked as such in Docs/Runup.md.
public enum LeadTimes {
    /// The default lead, in days, of every task for a meeting of `kind`
    /// held in `mode`. A virtual meeting has no host-country arrangements.
    public static func defaults(kind: MeetingKind, mode: MeetingMode) -> [RunupTask: Int] {
        var leads: [RunupTask: Int]
        switch kind {
        case .heads, .plusThreeHeads:
            leads = [.hostArrangements: 120, .invitation: 60, .registrationOpens: 60, .documents: 42,
                     .logisticsNote: 30, .registrationCloses: 21, .delegationLists: 7]
        case .som, .plusThreeSOM:
            leads = [.hostArrangements: 90, .invitation: 42, .registrationOpens: 42, .documents: 42,
                     .logisticsNote: 28, .registrationCloses: 14, .delegationLists: 7]
        case .preparatory, .focalPoints:
            leads = [.hostArrangements: 60, .invitation: 28, .registrationOpens: 28, .documents: 14,
                     .logisticsNote: 14, .registrationCloses: 10, .delegationLists: 5]
        case .dialogue, .forum, .roundtable, .other:
            leads = [.hostArrangements: 90, .invitation: 42, .registrationOpens: 42, .documents: 28,
                     .logisticsNote: 28, .registrationCloses: 14, .delegationLists: 7]
        }
        if mode == .virtual { leads[.hostArrangements] = nil }
        return leads
    }

    /// The longest lead a scenario may give (two years).
    public static let maximumDays = 730
}
