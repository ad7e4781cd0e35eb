import Calendars
import Scenarios
import Planning

/// A schedule item resolved against its scenario for checking: the meeting
/// and venue themselves, every day it takes, its instants, and who attends
/// in person or remotely. Built once per item, so that the rules only look
/// things up.
struct PlacedMeeting {
    /// Position in the checker's order (by start), for stable output; set once all are sorted.
    var order: Int
    let meeting: Meeting
    let venue: Venue
    let firstDay: Day
    let lastDay: Day
    let start: LocalTime
    let end: LocalTime
    /// Minutes since 1970-01-01 00:00 UTC.
    let utcStart: Int
    let utcEnd: Int
    /// The venue's offset from UTC at the start and at the end, in minutes.
    let startOffset: Int
    let endOffset: Int
    let attendees: [Delegation]
    /// Delegations that join from home: everyone for a virtual meeting,
    /// the listed ones for a hybrid meeting (the planner's reading).
    let remote: [Delegation]
    /// The travel site of the venue (one per city; all virtual venues share one).
    let site: Int
    let label: String

    var id: MeetingID { meeting.id }
    /// In person at a venue with rooms and a city (hybrid meetings too).
    var inPerson: Bool { !venue.isVirtual }
    var days: [Day] { (0...max(0, firstDay.days(to: lastDay))).map { firstDay.adding(days: $0) } }
    /// "SOM on Friday 2023-05-12 at icc".
    var headline: String { "\(label) on \(firstDay.weekday.name) \(firstDay) at \(venue.id)" }
    /// "2023-05-10 17:30 +09:00".
    var startText: String { "\(firstDay) \(start) \(ZoneOffsets.text(startOffset))" }
    var endText: String { "\(lastDay) \(end) \(ZoneOffsets.text(endOffset))" }
    /// "in Tokyo", "online".
    var placeText: String { venue.isVirtual ? "online" : "in \(venue.city ?? venue.name)" }
}
