import Calendars
import ICalendar
import Planning
import Scenarios

/// The run-up's deadlines as all-day events (RFC 5545 §3.6.1: DTSTART with
/// VALUE=DATE, DTEND the next day), for the chair's calendar. All-day
/// VEVENTs rather than VTODOs: the calendar programs a secretariat uses
/// (Google Calendar, Outlook, Apple Calendar on subscription) show events
/// from a feed but do not all show its to-dos. TRANSP:TRANSPARENT, so a
/// deadline never makes anyone look busy.
public enum RunupCalendar {
    /// The category every run-up event carries, so a client can filter them.
    public static let category = "Run-up"

    /// One event per deadline, in the order given. `moved` holds the
    /// meetings that moved since the kept plan, whose deadlines raise
    /// SEQUENCE over `previousSequences` (§3.8.7.4).
    public static func events(_ deadlines: [RunupDeadline], body: String, cycle: Int?, timestamp: ICalDateTime,
                              previousSequences: [String: Int] = [:], moved: Set<MeetingID> = []) -> [VEvent] {
        deadlines.map { deadline in
            let uid = EventIdentity(body: body, cycle: cycle, meeting: "\(deadline.meeting.rawValue)-runup-\(deadline.task.rawValue)").uid
            var event = VEvent(uid: uid, timestamp: timestamp, start: .date(date(deadline.due)))
            let previous = previousSequences[uid] ?? 0
            event.setSequence(moved.contains(deadline.meeting) ? previous + 1 : previous)
            event.setEnd(.date(date(deadline.due.adding(days: 1))))
            event.summary = "Due: \(deadline.task.displayName) — \(deadline.meetingTitle)"
            var lines = ["Run-up of \(deadline.meetingTitle), which begins \(deadline.meetingDay.weekday.name) \(deadline.meetingDay).",
                         "\(deadline.task.displayName): \(deadline.leadDays) days before the meeting"
                            + (deadline.skipped.isEmpty ? "." : ", on \(deadline.nominal); moved to the working day before.")]
            for skip in deadline.skipped { lines.append("\(skip.day): \(skip.reason).") }
            event.description = lines.joined(separator: "\n")
            event.categories = [category]
            event.component.set("TRANSP", raw: "TRANSPARENT")
            return event
        }
    }

    static func date(_ day: Day) -> ICalDate {
        ICalDate(daysSince1970: day.daysSince1970)
    }
}
