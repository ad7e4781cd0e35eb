import Calendars
import ICalendar
import Scenarios
import Planning

/// A plan as an iCalendar object (RFC 5545): one VEVENT per meeting (or
/// per meeting day), with a UID that survives re-plans, SEQUENCE raised
/// when a meeting moved, times in the venue's zone with that zone's
/// VTIMEZONE, and the chair's secretariat as organiser. The whole plan or
/// one delegation's meetings. Pure: the clock comes in through
/// `Options.timestamp`, so the same plan and timestamp give the same bytes.
public struct PlanCalendar: Sendable {
    /// What to write and as of when.
    public struct Options: Sendable {
        /// DTSTAMP of every event (§3.8.7.2): when the calendar was made.
        /// The CLI passes SOURCE_DATE_EPOCH when set, else the current time.
        public var timestamp: ICalDateTime
        /// Only the meetings this delegation attends; nil for all.
        public var delegation: String?
        /// One event per meeting day instead of one per meeting. Until the
        /// agenda module times sessions within a day, a day is the session.
        public var sessions: Bool
        /// SEQUENCE of each UID in the calendar published before, if known:
        /// an event keeps it, or goes one up when its meeting moved.
        public var previousSequences: [String: Int]

        /// Each meeting's timed programme, one line per item or break, as
        /// the agenda module lays it out (the caller makes it: Planning
        /// does not know agendas). A meeting without one gets its kind's
        /// standard order of business.
        public var programmes: [String: [String]]
        /// Each meeting's timed agenda items, for `sessions`: one event per
        /// item. A meeting without them gets one event per day.
        public var agendaItems: [String: [AgendaItemTime]]

        public init(timestamp: ICalDateTime, delegation: String? = nil, sessions: Bool = false,
                    previousSequences: [String: Int] = [:], programmes: [String: [String]] = [:],
                    agendaItems: [String: [AgendaItemTime]] = [:]) {
            self.timestamp = timestamp
            self.delegation = delegation
            self.sessions = sessions
            self.previousSequences = previousSequences
            self.programmes = programmes
            self.agendaItems = agendaItems
        }
    }

    /// One item of a meeting's programme, timed on the venue's clock.
    public struct AgendaItemTime: Hashable, Sendable {
        public let number: Int
        public let title: String
        public let day: Day
        /// Local minutes after midnight at the venue.
        public let start: Int
        public let end: Int

        public init(number: Int, title: String, day: Day, start: Int, end: Int) {
            self.number = number
            self.title = title
            self.day = day
            self.start = start
            self.end = end
        }
    }

    /// PRODID (§3.7.3).
    public static let productID = "-//Convene//Convene 1.0//EN"

    public let plan: Plan
    /// Adds what plan.json does not hold: venue coordinates (GEO), join
    /// links (URL) and delegation names.
    public let scenario: Scenario?

    public init(plan: Plan, scenario: Scenario? = nil) {
        self.plan = plan
        self.scenario = scenario
    }

    /// The delegation ids a calendar can be asked for: the scenario's, else
    /// every attendee of the plan, in order of first appearance.
    public var delegationIDs: [String] {
        if let scenario { return scenario.delegations.map(\.id.rawValue) }
        var seen: Set<String> = []
        return plan.meetings.flatMap(\.attendees).filter { seen.insert($0).inserted }
    }

    /// The id in `delegationIDs` that `code` names, exactly or ignoring case.
    public func delegationID(matching code: String) -> String? {
        let ids = delegationIDs
        return ids.first { $0 == code } ?? ids.first { $0.lowercased() == code.lowercased() }
    }

    /// The calendar: VTIMEZONEs of every zone used (sorted by TZID), then
    /// the events in plan order.
    public func calendar(_ options: Options) throws(PlanCalendarError) -> VCalendar {
        let people = CalendarParticipants(plan: plan, scenario: scenario)
        var entries = plan.meetings
        var calendar = VCalendar(productID: Self.productID)
        calendar.calendarScale = "GREGORIAN"
        calendar.method = "PUBLISH"
        if let code = options.delegation {
            guard let id = delegationID(matching: code) else {
                throw .unknownDelegation(code, known: delegationIDs)
            }
            entries = entries.filter { $0.attendees.contains(id) }
            calendar.name = "\(people.termName) — \(people.name(ofDelegation: id)) delegation"
        } else {
            calendar.name = "\(people.termName) — \(people.chairName)"
        }
        calendar.defaultTimeZoneID = people.chairZone

        let lastHeads = plan.meetings.last { $0.kind == MeetingKind.heads.rawValue }?.id
        var events: [VEvent] = []
        for entry in entries {
            events += try self.events(for: entry, options: options, people: people, handover: entry.id == lastHeads)
        }
        guard let firstDay = Day(iso: plan.epoch) else {
            throw .invalidEntry(meeting: "-", field: "epoch", value: plan.epoch)
        }
        for zone in Set(entries.map(\.timeZone)).sorted() {
            calendar.add(try ZoneDefinitions.vtimezone(zone, from: firstDay))
        }
        for event in events { calendar.add(event) }
        return calendar
    }

    /// The calendar as text: CRLF line ends, folded at 75 octets (§3.1).
    public func text(_ options: Options) throws(PlanCalendarError) -> String {
        let calendar = try calendar(options)
        do {
            return try ICalendarWriter.write(calendar)
        } catch {
            throw .write(error)
        }
    }

    /// The event of a meeting, or with `sessions` one event per agenda item
    /// (per day when the meeting has no timed agenda).
    func events(for entry: Plan.Entry, options: Options, people: CalendarParticipants,
                handover: Bool) throws(PlanCalendarError) -> [VEvent] {
        guard let first = Day(iso: entry.date) else { throw .invalidEntry(meeting: entry.id, field: "date", value: entry.date) }
        guard let last = Day(iso: entry.lastDate), let days = DayRange(first, last) else {
            throw .invalidEntry(meeting: entry.id, field: "lastDate", value: entry.lastDate)
        }
        guard let opens = LocalTime(text: entry.localStart) else {
            throw .invalidEntry(meeting: entry.id, field: "localStart", value: entry.localStart)
        }
        guard let closes = LocalTime(text: entry.localEnd) else {
            throw .invalidEntry(meeting: entry.id, field: "localEnd", value: entry.localEnd)
        }
        guard ICU.isKnownZone(entry.timeZone) else {
            throw .invalidEntry(meeting: entry.id, field: "timeZone", value: entry.timeZone)
        }
        let zone = ICalDateTime.Zone.tzid(entry.timeZone)
        guard options.sessions else {
            let uid = EventIdentity(body: plan.body, cycle: plan.cycle, meeting: entry.id).uid
            var event = try makeEvent(entry, uid: uid, start: Self.dateTime(first, opens, zone),
                                      end: Self.dateTime(last, closes, zone), options: options)
            fill(&event, entry, people: people, dayNote: days.count > 1 ? "\(days.count) days, \(first) to \(last)." : nil,
                 handover: handover,
                 programme: options.programmes[entry.id])
            return [event]
        }
        var events: [VEvent] = []
        if let items = options.agendaItems[entry.id], !items.isEmpty {
            for item in items {
                let uid = EventIdentity(body: plan.body, cycle: plan.cycle, meeting: entry.id, item: item.number).uid
                var event = try makeEvent(entry, uid: uid,
                                          start: Self.dateTime(item.day, LocalTime(minutes: item.start), zone),
                                          end: Self.dateTime(item.day, LocalTime(minutes: item.end), zone), options: options)
                fill(&event, entry, people: people, dayNote: "Item \(item.number) of \(entry.title).", handover: handover,
                     programme: options.programmes[entry.id])
                event.summary = "\(entry.title): \(item.number). \(item.title)"
                events.append(event)
            }
            return events
        }
        for (index, day) in days.enumerated() {
            let uid = EventIdentity(body: plan.body, cycle: plan.cycle, meeting: entry.id, day: index + 1).uid
            var event = try makeEvent(entry, uid: uid, start: Self.dateTime(day, opens, zone),
                                      end: Self.dateTime(day, closes, zone), options: options)
            fill(&event, entry, people: people, dayNote: "Day \(index + 1) of \(days.count).", handover: handover, programme: options.programmes[entry.id])
            if days.count > 1 { event.summary = "\(entry.title) (day \(index + 1) of \(days.count))" }
            events.append(event)
        }
        return events
    }

    /// UID, SEQUENCE, DTSTAMP, DTSTART and DTEND (§3.6.1).
    private func makeEvent(_ entry: Plan.Entry, uid: String, start: ICalDateTime?, end: ICalDateTime?,
                           options: Options) throws(PlanCalendarError) -> VEvent {
        guard let start else { throw .invalidEntry(meeting: entry.id, field: "localStart", value: entry.localStart) }
        guard let end else { throw .invalidEntry(meeting: entry.id, field: "localEnd", value: entry.localEnd) }
        var event = VEvent(uid: uid, timestamp: options.timestamp, start: .dateTime(start))
        let previous = options.previousSequences[uid] ?? 0
        event.setSequence(entry.moved == nil ? previous : previous + 1)
        event.setEnd(.dateTime(end))
        return event
    }

    /// The descriptive properties: SUMMARY, DESCRIPTION, LOCATION, GEO,
    /// CATEGORIES, STATUS, ORGANIZER, ATTENDEE and URL.
    private func fill(_ event: inout VEvent, _ entry: Plan.Entry, people: CalendarParticipants,
                      dayNote: String?, handover: Bool, programme: [String]?) {
        let venue = scenario?.venue(VenueID(entry.venue))
        let kind = MeetingKind(rawValue: entry.kind)
        let isVirtual = entry.mode == MeetingMode.virtual.rawValue
        event.summary = entry.title
        event.description = describe(entry, kind: kind, people: people, dayNote: dayNote, handover: handover,
                                     programme: programme)
        event.location = isVirtual
            ? "Online (\(entry.venueName))"
            : [entry.venueName, entry.city, Countries.named(CountryCode(entry.country))?.name ?? entry.country]
                .compactMap { $0 }.joined(separator: ", ")
        if !isVirtual, let latitude = venue?.latitude, let longitude = venue?.longitude {
            event.setGeo(GeoPosition(latitude: latitude, longitude: longitude))
        }
        event.categories = [kind?.displayName ?? entry.kind]
        event.status = "CONFIRMED"
        event.organizer = people.organizer
        event.attendees = entry.attendees.map(people.attendee)
        if isVirtual, let link = venue?.joinURL { event.url = link }
    }

    /// The DESCRIPTION: what the meeting is, how it is held, and its
    /// timed programme (or, without one, its kind's standard order of
    /// business, `AgendaOutline`).
    private func describe(_ entry: Plan.Entry, kind: MeetingKind?, people: CalendarParticipants,
                          dayNote: String?, handover: Bool, programme: [String]?) -> String {
        var lines = ["\(people.termName), chaired by \(people.chairName)."]
        if let dayNote { lines.append(dayNote) }
        switch entry.mode {
        case MeetingMode.virtual.rawValue:
            lines.append("Virtual meeting; every delegation joins remotely.")
        case MeetingMode.hybrid.rawValue where !entry.remote.isEmpty:
            lines.append("Hybrid meeting; joining remotely: "
                + entry.remote.map(people.name(ofDelegation:)).joined(separator: ", ") + ".")
        default:
            break
        }
        lines.append("Local time \(entry.localStart)–\(entry.localEnd) \(entry.timeZone) (UTC\(entry.utcOffset)).")
        lines.append("")
        if let programme, !programme.isEmpty {
            lines.append("Programme (local time at the venue):")
            lines += programme
        } else {
            lines.append("Order of business:")
            for (number, item) in AgendaOutline.items(kind: kind, handover: handover).enumerated() {
                lines.append("\(number + 1). \(item)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// A local date-time on `day` at `time` in `zone`; `24:00` is midnight
    /// of the next day (§3.3.12 has no hour 24).
    static func dateTime(_ day: Day, _ time: LocalTime, _ zone: ICalDateTime.Zone) -> ICalDateTime? {
        let date = time.minutes == 1440 ? day.adding(days: 1) : day
        guard let civil = ICalDate(year: date.year, month: date.month, day: date.day) else { return nil }
        return ICalDateTime(date: civil, hour: time.hour % 24, minute: time.minute, zone: zone)
    }
}
