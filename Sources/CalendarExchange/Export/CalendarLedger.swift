import Calendars
import ICalendar
import Planning
import Scenarios

/// Carries calendar state from one plan to the next (RFC 5545 §3.8.7.4,
/// RFC 5546 §2.1.4): an event whose content changed goes one SEQUENCE up
/// and takes the new plan's stamp as its last change; an unchanged event
/// keeps both, so it is written byte for byte as before; an event that no
/// longer exists (a meeting dropped, a meeting day gone) becomes
/// CANCELLED, one SEQUENCE up, and stays in the feeds of the plan that
/// cancels it and of later plans until `CalendarState.cancelledRetentionDays`
/// after its day. Pure.
public enum CalendarLedger {
    /// An event as this plan writes it, with the digest of its content.
    public struct Current: Sendable {
        public let event: FeedEvent
        public let digest: String

        public init(event: FeedEvent, digest: String) {
            self.event = event
            self.digest = digest
        }
    }

    /// The state after this plan: `current` in plan order, then the
    /// cancelled events still kept, in the previous plan's order.
    public static func next(previous: CalendarState?, current: [Current], stamp: String,
                            stampDay: Day) -> CalendarState {
        var events: [CalendarState.Event] = []
        var seen: Set<String> = []
        for item in current {
            let event = item.event
            seen.insert(event.uid)
            let attendees = event.entry.attendees.map(\.rawValue)
            var snapshot = CalendarState.Event(
                uid: event.uid, meeting: event.meeting, day: event.dayNumber, sequence: 0, lastModified: stamp,
                status: CalendarState.confirmed, summary: event.summary, location: event.location, timeZone: event.timeZone,
                localStart: "\(event.day)T\(CivilClock.clock(event.start))",
                localEnd: "\(event.start <= event.end ? event.day : event.day.adding(days: 1))T\(CivilClock.clock(event.end))",
                utcStart: event.instants.map { CivilClock.rfc3339($0.start) } ?? "",
                utcEnd: event.instants.map { CivilClock.rfc3339($0.end) } ?? "",
                attendees: attendees, dropped: [], digest: item.digest)
            if let old = previous?.event(event.uid) {
                let changed = old.status != snapshot.status || old.digest != snapshot.digest
                    || old.attendees != snapshot.attendees
                snapshot.sequence = changed ? old.sequence + 1 : old.sequence
                snapshot.lastModified = changed ? stamp : old.lastModified
                let gone = old.dropped + old.attendees.filter { !attendees.contains($0) }
                snapshot.dropped = unique(gone.filter { !attendees.contains($0) })
            } else if previous == nil, event.entry.moved != nil {
                // A plan kept from before calendar state existed: the move
                // is known, the old SEQUENCE is not.
                snapshot.sequence = 1
            }
            events.append(snapshot)
        }
        for old in previous?.events ?? [] where !seen.contains(old.uid) {
            guard old.status != CalendarState.cancelled else {
                // Already cancelled and shown so: kept until its day is
                // past the retention.
                if let day = Day(iso: old.localStart.prefix(10)),
                   day.adding(days: CalendarState.cancelledRetentionDays) < stampDay {
                    continue
                }
                events.append(old)
                continue
            }
            // Newly cancelled: always in this plan's feeds, whatever its day.
            var cancelled = old
            cancelled.status = CalendarState.cancelled
            cancelled.sequence += 1
            cancelled.lastModified = stamp
            events.append(cancelled)
        }
        return CalendarState(stamp: stamp, events: events)
    }

    private static func unique(_ ids: [String]) -> [String] {
        var seen: Set<String> = []
        return ids.filter { seen.insert($0).inserted }
    }
}
