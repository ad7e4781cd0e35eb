import Yams

/// The scenario's `runup:` entries: at the top, lead times by meeting kind
/// (`runup: { som: { invitation: 56 } }`); in a meeting, its own
/// (`runup: { invitation: 70 }`). Days before the meeting's first day,
/// 0 to `LeadTimes.maximumDays`. Docs/Runup.md.
extension ScenarioDecoder {
    func runupByKind(_ node: Node) -> RunupOverrides {
        var overrides = RunupOverrides()
        let kinds = MeetingKind.allCases.map(\.rawValue)
        guard let entries = reader.mapping(node, "the run-up lead times by meeting kind", keys: kinds) else { return overrides }
        for kind in MeetingKind.allCases {
            guard let entry = entries[kind.rawValue] else { continue }
            overrides.byKind[kind] = runupLeads(entry.value, "the run-up of \(kind.rawValue) meetings")
        }
        return overrides
    }

    func runupLeads(_ node: Node, _ what: String) -> [RunupTask: Located<Int>] {
        var leads: [RunupTask: Located<Int>] = [:]
        guard let entries = reader.mapping(node, what, keys: RunupTask.allCases.map(\.rawValue)) else { return leads }
        for task in RunupTask.allCases {
            guard let value = entries[task.rawValue]?.value else { continue }
            if let days = reader.integer(value, "the days before the meeting for '\(task.rawValue)'", in: 0...LeadTimes.maximumDays) {
                leads[task] = Located(days, at: reader.location(value))
            }
        }
        if let opens = leads[.registrationOpens], let closes = leads[.registrationCloses], closes.value >= opens.value {
            reader.error("registration would close (\(closes.value) days before) no later than it opens (\(opens.value) days before); "
                + "'registration-closes' must be fewer days before the meeting than 'registration-opens'", at: closes.location)
        }
        return leads
    }
}
