import Calendars
import Scenarios

/// What `check --today` says of the run-up: deadlines of meetings still to
/// come that are already past (the task is late, and the meeting cannot be
/// prepared as the lead times plan unless it is done) or fall within the
/// next `soonDays` days. Meetings that have begun are left out.
public struct RunupReview: Sendable {
    /// One deadline that needs attention.
    public struct Finding: Sendable, Hashable {
        public enum Kind: String, Sendable { case past, soon }
        public let kind: Kind
        public let deadline: RunupDeadline
        public let message: String
    }

    /// Days ahead that count as "soon".
    public static let soonDays = 7

    public static func review(_ deadlines: [RunupDeadline], today: Day, soonDays: Int = soonDays) -> [Finding] {
        deadlines.compactMap { deadline in
            guard deadline.meetingDay > today else { return nil }
            let untilMeeting = today.days(to: deadline.meetingDay)
            let what = "\(deadline.task.displayName) for \(deadline.meetingTitle) [\(deadline.meeting)]"
            if deadline.due < today {
                let ago = deadline.due.days(to: today)
                return Finding(kind: .past, deadline: deadline, message:
                    "\(what) was due \(deadline.due.weekday.name) \(deadline.due), \(ago) day\(ago == 1 ? "" : "s") ago; "
                    + "the meeting on \(deadline.meetingDay) is \(untilMeeting) day\(untilMeeting == 1 ? "" : "s") away, "
                    + "less than the \(deadline.leadDays) the task is planned to leave")
            }
            let ahead = today.days(to: deadline.due)
            guard ahead <= soonDays else { return nil }
            let when = ahead == 0 ? "today" : "in \(ahead) day\(ahead == 1 ? "" : "s")"
            return Finding(kind: .soon, deadline: deadline, message:
                "\(what) is due \(when), \(deadline.due.weekday.name) \(deadline.due) (the meeting is on \(deadline.meetingDay))")
        }
    }
}
