/// A scenario's changes to the default lead times: by meeting kind
/// (`runup:` at the top) and by meeting (`runup:` in a meeting), each
/// value with its place in the file so a contradiction can be pointed at.
public struct RunupOverrides: Sendable {
    public var byKind: [MeetingKind: [RunupTask: Located<Int>]]

    public init(byKind: [MeetingKind: [RunupTask: Located<Int>]] = [:]) {
        self.byKind = byKind
    }
}

/// Where a task's lead time came from.
public enum LeadSource: Sendable, Hashable {
    case standard
    case kind(SourceLocation)
    case meeting(SourceLocation)

    /// Where the lead was set; nil for a default.
    public var location: SourceLocation? {
        switch self {
        case .standard: nil
        case .kind(let location), .meeting(let location): location
        }
    }
}

extension Scenario {
    /// The lead of every task of `meeting` held in `mode`: the default for
    /// its kind, then the scenario's kind override, then the meeting's own.
    public func leadTimes(of meeting: Meeting, mode: MeetingMode) -> [RunupTask: (days: Int, source: LeadSource)] {
        var result: [RunupTask: (days: Int, source: LeadSource)] = [:]
        for (task, days) in LeadTimes.defaults(kind: meeting.kind, mode: mode) { result[task] = (days, .standard) }
        for (task, days) in runup.byKind[meeting.kind] ?? [:] { result[task] = (days.value, .kind(days.location)) }
        for (task, days) in meeting.runup { result[task] = (days.value, .meeting(days.location)) }
        return result
    }

    /// How a meeting is held, as the plan reads it: a virtual venue makes it
    /// virtual, else its own mode, else in person.
    public func mode(of meeting: Meeting, at venue: Venue?) -> MeetingMode {
        if venue?.isVirtual == true { return .virtual }
        return meeting.mode ?? .inPerson
    }
}
