import Calendars
import ICalendar
import Planning
import Scenarios

extension PlanCalendar {
    /// An iTIP message (RFC 5546) telling `delegation` of one change:
    /// METHOD:REQUEST with the event as it is now for an added or changed
    /// event, METHOD:CANCEL with the event as last written for a cancelled
    /// one. ORGANIZER is the chair's secretariat; ATTENDEE every attending
    /// delegation for a request (with RSVP), the delegation told for a
    /// cancellation. `options.state` must be the new plan's.
    public func message(for change: ChangeNotice.Change, to delegation: String,
                        options: Options) throws(PlanCalendarError) -> VCalendar {
        let people = CalendarParticipants(plan: plan, scenario: scenario)
        var calendar = VCalendar(productID: Self.productID)
        calendar.calendarScale = "GREGORIAN"
        var event: VEvent
        switch change.kind {
        case .added, .changed:
            calendar.method = "REQUEST"
            guard let day = try feedEvents(options).first(where: { $0.uid == change.uid }) else {
                throw .invalidEntry(meeting: change.after.meeting, field: "calendar", value: change.uid)
            }
            let lastHeads = plan.meetings.last { $0.kind == .heads }?.id.rawValue
            event = try self.event(day, options: options, people: people, reader: delegation, handover: day.meeting == lastHeads)
            event.attendees = day.entry.attendees.map { id in
                var attendee = people.attendee(id.rawValue)
                attendee.otherParameters += [Parameter("PARTSTAT", "NEEDS-ACTION"), Parameter("RSVP", "TRUE")]
                return attendee
            }
        case .cancelled:
            calendar.method = "CANCEL"
            event = try cancelledEvent(change.after, people: people,
                                       reader: change.after.status == CalendarState.cancelled ? nil : delegation)
            event.attendees = [people.attendee(delegation)]
        }
        let zone = change.after.timeZone
        calendar.add(try ZoneDefinitions.vtimezone(zone, from: plan.epoch))
        calendar.add(event)
        return calendar
    }
}
