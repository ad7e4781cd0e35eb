import Calendars
import Scenarios

/// One run-up task of one meeting, due on a working day of the chair's
/// country: its nominal day (the lead counted back from the meeting's
/// first day) and, when that day is a weekend or a holiday there, the
/// working day before it, with the days it skipped and why.
public struct RunupDeadline: Sendable, Hashable {
    /// A day the deadline could not fall on.
    public struct Skipped: Sendable, Hashable {
        public let day: Day
        /// "Friday, a weekend day in Brunei Darussalam", "Lunar New Year (Tet)".
        public let reason: String
    }

    public let meeting: MeetingID
    public let meetingTitle: String
    public let meetingDay: Day
    public let task: RunupTask
    /// Days before the meeting's first day, as asked.
    public let leadDays: Int
    public let source: LeadSource
    /// The meeting's first day less the lead.
    public let nominal: Day
    /// The working day it is due: `nominal`, or the nearest working day before it.
    public let due: Day
    /// The days between `due` and `nominal` (nominal first) that are not working days.
    public let skipped: [Skipped]

    /// Days from `due` to the meeting's first day.
    public var actualLead: Int { due.days(to: meetingDay) }
}
