/// Checks what a single `runup:` entry cannot: that, once the defaults, the
/// kind's override and the meeting's own are combined, each meeting's
/// registration still opens before it closes.
extension ScenarioValidator {
    func checkRunup(_ meetings: [Meeting], overrides: RunupOverrides) {
        for meeting in meetings {
            let defaults = LeadTimes.defaults(kind: meeting.kind, mode: .inPerson)
            let kind = overrides.byKind[meeting.kind] ?? [:]
            /// The lead, and which entry set it (0 default, 1 the kind's, 2 the meeting's).
            func lead(_ task: RunupTask) -> (days: Int, entry: Int, location: SourceLocation?) {
                if let own = meeting.runup[task] { return (own.value, 2, own.location) }
                if let set = kind[task] { return (set.value, 1, set.location) }
                return (defaults[task] ?? 0, 0, nil)
            }
            let opens = lead(.registrationOpens), closes = lead(.registrationCloses)
            // Both from one entry: the decoder has said so already.
            guard closes.days >= opens.days, opens.entry != closes.entry,
                  let location = opens.entry > closes.entry ? opens.location : closes.location else { continue }
            reader.error("meeting '\(meeting.id)': registration would open \(opens.days) days before it and close \(closes.days) days before; "
                + "it must close after it opens (fewer days before the meeting)", at: location)
        }
    }
}
