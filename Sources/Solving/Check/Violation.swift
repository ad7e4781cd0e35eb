/// One broken hard rule of the flat model, with what a reader needs to find
/// it: the meetings (by id), the venue or attendee, and the size of the
/// breach (a day gap, a minute).
public enum Violation: Hashable, Sendable, CustomStringConvertible {
    /// The assignment's length differs from the number of meetings.
    case wrongLength(expected: Int, found: Int)
    /// The chosen index is not one of the meeting's options.
    case noSuchOption(meeting: ModelMeetingID, option: Int)
    /// g = then.day − first.lastDay lies outside [minDays, maxDays].
    case precedenceGap(first: ModelMeetingID, then: ModelMeetingID, gap: Int, minDays: Int, maxDays: Int?)
    /// Same day (g = 0), but `then` starts before `first` ends.
    case precedenceSameDayOrder(first: ModelMeetingID, then: ModelMeetingID, firstEnd: Int, thenStart: Int)
    /// More meetings than rooms at the venue from `minute` on.
    case venueOverbooked(venue: ModelVenueID, minute: Int, inUse: Int, rooms: Int, meetings: [ModelMeetingID])
    /// An attendee is in two meetings at once, from `minute` on.
    case attendeeOverlap(attendee: ModelAttendeeID, a: ModelMeetingID, b: ModelMeetingID, minute: Int)
    /// An attendee cannot travel from `earlier`'s site to `later`'s in time.
    case attendeeTravel(attendee: ModelAttendeeID, earlier: ModelMeetingID, later: ModelMeetingID, gapMinutes: Int, travelMinutes: Int)

    public var description: String {
        switch self {
        case let .wrongLength(expected, found):
            return "assignment has \(found) entries for \(expected) meetings"
        case let .noSuchOption(meeting, option):
            return "meeting '\(meeting)' has no option \(option)"
        case let .precedenceGap(first, then, gap, minDays, maxDays):
            return "'\(then)' is \(gap) days after '\(first)', outside \(minDays)...\(maxDays.map(String.init) ?? "")"
        case let .precedenceSameDayOrder(first, then, firstEnd, thenStart):
            return "'\(then)' starts at minute \(thenStart), before '\(first)' ends at minute \(firstEnd) on the same day"
        case let .venueOverbooked(venue, minute, inUse, rooms, meetings):
            return "venue '\(venue)' holds \(inUse) meetings at minute \(minute) with \(rooms) rooms: "
                + meetings.map(\.rawValue).joined(separator: ", ")
        case let .attendeeOverlap(attendee, a, b, minute):
            return "'\(attendee)' is in '\(a)' and '\(b)' at once from minute \(minute)"
        case let .attendeeTravel(attendee, earlier, later, gap, travel):
            return "'\(attendee)' has \(gap) minutes from '\(earlier)' to '\(later)' but needs \(travel) to travel"
        }
    }
}
