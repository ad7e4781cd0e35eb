import Scenarios
/// What `ScheduleChecker` found: hard conflicts, soft costs and their
/// total, and the meetings it could not check (not placed by the
/// schedule), so that a clean report never hides a gap.
public struct CheckReport: Sendable {
    /// A meeting left out of the check, and why.
    public struct Unchecked: Hashable, Sendable {
        public let meeting: MeetingID
        public let reason: String
        /// Where the schedule gives the entry that could not be judged
        /// (an unknown venue, an end before the start, a second placement);
        /// nil for a meeting the schedule does not place at all. An entry
        /// with a place makes `check` exit 65: a schedule is never called
        /// clean when part of it was not checked.
        public let location: SourceLocation?

        public init(meeting: MeetingID, reason: String, location: SourceLocation? = nil) {
            self.meeting = meeting
            self.reason = reason
            self.location = location
        }

        /// Whether this is an entry of the schedule left unjudged (not a
        /// meeting the schedule leaves out).
        public var isSkippedEntry: Bool { location != nil }
    }

    public let hard: [Finding]
    public let soft: [Finding]
    public let unchecked: [Unchecked]
    /// The order meetings were placed in, by first day and start: the order
    /// a text report lists them.
    public let meetingOrder: [MeetingID]

    public init(hard: [Finding], soft: [Finding], unchecked: [Unchecked], meetingOrder: [MeetingID]) {
        self.hard = hard
        self.soft = soft
        self.unchecked = unchecked
        self.meetingOrder = meetingOrder
    }

    /// The sum of the soft costs: for a plan, its objective.
    public var objective: Int { soft.reduce(0) { $0 + $1.cost } }

    /// Points by planner rule name, as plan.json's `breakdown`.
    public var breakdown: [String: Int] {
        var result: [String: Int] = [:]
        for finding in soft where finding.cost > 0 {
            result[finding.rule.soft?.rawValue ?? finding.rule.rawValue, default: 0] += finding.cost
        }
        return result
    }
}
