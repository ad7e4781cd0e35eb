import Calendars
import ICalendar
import Scenarios
import Planning

/// A plan as an iCalendar subscription feed (RFC 5545, RFC 7986): one
/// VEVENT per meeting day with the programme's hours, a UID that survives
/// re-plans, times in the venue's zone with that zone's VTIMEZONE, and the
/// chair's secretariat as organiser. The whole plan or one delegation's
/// meetings. `METHOD:PUBLISH` without ATTENDEE (RFC 5546 §3.2.1): who
/// attends is written in the description. Pure: the clock comes in through
/// `Options.timestamp`, so the same plan and timestamp give the same bytes.
public struct PlanCalendar: Sendable {
    /// What to write and as of when.
    public struct Options: Sendable {
        /// DTSTAMP of every event (§3.8.7.2): when the calendar was made.
        /// The CLI passes SOURCE_DATE_EPOCH when set, else the current time.
        public var timestamp: ICalDateTime
        /// Only the meetings this delegation attends; nil for all.
        public var delegation: String?
        /// One event per agenda item (per day when a meeting has no timed
        /// agenda) instead of one per meeting day.
        public var sessions: Bool
        /// The plan's calendar state (plan.json `calendar`): each event's
        /// SEQUENCE and last change, and the cancelled events still kept.
        /// Without it (a plan made before calendar state), SEQUENCE is 1 for
        /// a meeting that moved since the kept plan, else 0, and DTSTAMP is
        /// `timestamp`.
        public var state: CalendarState?

        /// Each meeting's timed programme, one line per item or break, as
        /// the agenda module lays it out (the caller makes it: Planning
        /// does not know agendas). Used by `sessions`.
        public var programmes: [String: [String]]
        /// Each meeting's timed agenda items, for `sessions`: one event per
        /// item. A meeting without them gets one event per day.
        public var agendaItems: [String: [AgendaItemTime]]
        /// Each meeting's programme by day. A meeting whose days are given
        /// here has one event per day with exactly those hours; one without
        /// them keeps the plan's reserved hours and its kind's standard
        /// order of business.
        public var programmeDays: [String: [ProgrammeDay]]
        /// REFRESH-INTERVAL (RFC 7986 §5.7) and X-PUBLISHED-TTL: how often
        /// a subscriber should fetch the feed again.
        public var refreshInterval: ICalDuration
        /// Where this feed is published, for URL and SOURCE (RFC 7986 §5.8).
        public var publishURL: String?

        public init(timestamp: ICalDateTime, delegation: String? = nil, sessions: Bool = false,
                    state: CalendarState? = nil, programmes: [String: [String]] = [:],
                    agendaItems: [String: [AgendaItemTime]] = [:], programmeDays: [String: [ProgrammeDay]] = [:],
                    refreshInterval: ICalDuration = PlanCalendar.defaultRefresh, publishURL: String? = nil) {
            self.timestamp = timestamp
            self.delegation = delegation
            self.sessions = sessions
            self.state = state
            self.programmes = programmes
            self.agendaItems = agendaItems
            self.programmeDays = programmeDays
            self.refreshInterval = refreshInterval
            self.publishURL = publishURL
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
    /// One day: secretariats re-plan over weeks, and clients that honour
    /// the hint then see a change the next day.
    public static let defaultRefresh = ICalDuration(days: 1)

    public let plan: Plan
    /// Adds what plan.json does not hold: venue coordinates (GEO), join
    /// links (CONFERENCE), delegation names and home zones.
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
        return plan.meetings.flatMap(\.attendees).map(\.rawValue).filter { seen.insert($0).inserted }
    }

    /// The delegations that get a feed: `delegationIDs`, then any that
    /// the calendar state still owes a cancellation (a delegation no longer
    /// in the scenario keeps its feed until its cancelled events expire).
    public func feedDelegationIDs(state: CalendarState?) -> [String] {
        var ids = delegationIDs
        var seen = Set(ids)
        for record in state?.events ?? [] {
            let owed = record.status == CalendarState.cancelled ? record.attendees : record.dropped
            for id in owed where seen.insert(id).inserted { ids.append(id) }
        }
        return ids
    }

    /// The id in `feedDelegationIDs` that `code` names, exactly or ignoring case.
    public func delegationID(matching code: String, state: CalendarState? = nil) -> String? {
        let ids = feedDelegationIDs(state: state)
        return ids.first { $0 == code } ?? ids.first { $0.lowercased() == code.lowercased() }
    }

    /// The feed's events for every delegation: one per meeting day, in plan order.
    public func feedEvents(_ options: Options) throws(PlanCalendarError) -> [FeedEvent] {
        var events: [FeedEvent] = []
        for entry in plan.meetings { events += try feedEvents(for: entry, options: options) }
        return events
    }

    /// The calendar: VTIMEZONEs of every zone used (sorted by TZID), then
    /// the events in plan order.
    public func calendar(_ options: Options) throws(PlanCalendarError) -> VCalendar {
        let people = CalendarParticipants(plan: plan, scenario: scenario)
        var entries = plan.meetings
        var calendar = VCalendar(productID: Self.productID)
        calendar.calendarScale = "GREGORIAN"
        calendar.method = "PUBLISH"
        var reader: String?
        if let code = options.delegation {
            guard let id = delegationID(matching: code, state: options.state) else {
                throw .unknownDelegation(code, known: feedDelegationIDs(state: options.state))
            }
            entries = entries.filter { $0.attendees.contains(DelegationID(id)) }
            reader = id
        }
        let title = reader.map { "\(people.termName) — \(people.name(ofDelegation: $0)) delegation" }
            ?? "\(people.termName) — \(people.chairName)"
        calendar.component.append(Property.text("NAME", title))
        calendar.name = title
        // X-WR-TIMEZONE is the zone a client shows the calendar in: the
        // reader's own, not the chair's.
        calendar.defaultTimeZoneID = reader.flatMap(people.homeZone(ofDelegation:)) ?? people.chairZone
        calendar.component.append(Property("REFRESH-INTERVAL", parameters: [Parameter("VALUE", "DURATION")],
                                           value: options.refreshInterval.icalText))
        calendar.component.append(Property("X-PUBLISHED-TTL", value: options.refreshInterval.icalText))
        if let url = options.publishURL {
            calendar.component.append(Property("URL", value: url))
            calendar.component.append(Property("SOURCE", parameters: [Parameter("VALUE", "URI")], value: url))
        }

        let lastHeads = plan.meetings.last { $0.kind == .heads }?.id
        var events: [VEvent] = []
        for entry in entries {
            if options.sessions {
                events += try sessionEvents(for: entry, options: options, people: people, handover: entry.id == lastHeads)
            } else {
                for day in try feedEvents(for: entry, options: options) {
                    events.append(try event(day, options: options, people: people, reader: reader,
                                            handover: entry.id == lastHeads))
                }
            }
        }
        let cancelled = cancelledEvents(options.state, reader: reader)
        for record in cancelled {
            events.append(try cancelledEvent(record, people: people, reader: reader))
        }
        for zone in Set(entries.map(\.timeZone.identifier) + cancelled.map(\.timeZone)).sorted() {
            calendar.add(try ZoneDefinitions.vtimezone(zone, from: plan.epoch))
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

    /// The days of a meeting: the agenda's days when given (they must be
    /// the plan's days), else the plan's days with its reserved hours.
    func feedEvents(for entry: Plan.Entry, options: Options) throws(PlanCalendarError) -> [FeedEvent] {
        let (days, opens, closes) = try Self.span(of: entry)
        let meetingUID = EventIdentity(body: plan.body, cycle: plan.cycle, meeting: entry.id.rawValue).uid
        let programme = options.programmeDays[entry.id.rawValue].flatMap { $0.map(\.day) == Array(days) ? $0 : nil }
        return days.enumerated().map { index, day in
            let sitting = programme?[index]
            let uid = index == 0 ? meetingUID
                : EventIdentity(body: plan.body, cycle: plan.cycle, meeting: entry.id.rawValue, day: index + 1).uid
            return FeedEvent(uid: uid, entry: entry, dayNumber: index + 1, dayCount: days.count, day: day,
                             start: sitting?.start ?? opens.minutes, end: sitting?.end ?? closes.minutes,
                             programme: sitting, parentUID: index == 0 ? nil : meetingUID)
        }
    }

    /// The plan entry's days and reserved hours; its last day may not come
    /// before its first.
    static func span(of entry: Plan.Entry) throws(PlanCalendarError) -> (DayRange, LocalTime, LocalTime) {
        guard let days = DayRange(entry.date, entry.lastDate) else {
            throw .invalidEntry(meeting: entry.id.rawValue, field: "lastDate", value: entry.lastDate.description)
        }
        return (days, entry.localStart, entry.localEnd)
    }

    /// One day of a meeting as a VEVENT of a feed read by `reader` (nil:
    /// the whole plan's feed).
    func event(_ day: FeedEvent, options: Options, people: CalendarParticipants, reader: String?,
               handover: Bool) throws(PlanCalendarError) -> VEvent {
        let zone = ICalDateTime.Zone.tzid(day.timeZone)
        var event = try makeEvent(day.entry, uid: day.uid, start: Self.dateTime(day.day, LocalTime(minutes: day.start), zone),
                                  end: Self.dateTime(day.day, LocalTime(minutes: day.end), zone), options: options)
        if let record = options.state?.event(day.uid), let stamp = CivilClock.dateTime(rfc3339: record.lastModified) {
            event.setSequence(record.sequence)
            event.component.set(Property("DTSTAMP", value: stamp.icalText))
            event.component.set(Property("LAST-MODIFIED", value: stamp.icalText))
        }
        fill(&event, day.entry, people: people)
        event.summary = day.summary
        event.description = describe(day, people: people, reader: reader, handover: handover)
        if let parent = day.parentUID {
            event.component.append(Property.text("RELATED-TO", parent, parameters: [Parameter("RELTYPE", "PARENT")]))
        }
        event.component.append(Property.text("X-CONVENE-MEETING", day.meeting))
        return event
    }

    /// With `sessions`: one event per agenda item (per day when the
    /// meeting has no timed agenda).
    func sessionEvents(for entry: Plan.Entry, options: Options, people: CalendarParticipants,
                       handover: Bool) throws(PlanCalendarError) -> [VEvent] {
        let (days, opens, closes) = try Self.span(of: entry)
        let zone = ICalDateTime.Zone.tzid(entry.timeZone.identifier)
        var events: [VEvent] = []
        if let items = options.agendaItems[entry.id.rawValue], !items.isEmpty {
            for item in items {
                let uid = EventIdentity(body: plan.body, cycle: plan.cycle, meeting: entry.id.rawValue, item: item.number).uid
                var event = try makeEvent(entry, uid: uid,
                                          start: Self.dateTime(item.day, LocalTime(minutes: item.start), zone),
                                          end: Self.dateTime(item.day, LocalTime(minutes: item.end), zone), options: options)
                fill(&event, entry, people: people)
                event.summary = "\(entry.title): \(item.number). \(item.title)"
                event.description = outline(entry, people: people, dayNote: "Item \(item.number) of \(entry.title).",
                                            handover: handover, programme: options.programmes[entry.id.rawValue])
                event.component.append(Property.text("X-CONVENE-MEETING", entry.id.rawValue))
                events.append(event)
            }
            return events
        }
        for (index, day) in days.enumerated() {
            let uid = EventIdentity(body: plan.body, cycle: plan.cycle, meeting: entry.id.rawValue, day: index + 1).uid
            var event = try makeEvent(entry, uid: uid, start: Self.dateTime(day, opens, zone),
                                      end: Self.dateTime(day, closes, zone), options: options)
            fill(&event, entry, people: people)
            if days.count > 1 { event.summary = "\(entry.title) (day \(index + 1) of \(days.count))" }
            event.description = outline(entry, people: people, dayNote: "Day \(index + 1) of \(days.count).",
                                        handover: handover, programme: options.programmes[entry.id.rawValue])
            event.component.append(Property.text("X-CONVENE-MEETING", entry.id.rawValue))
            events.append(event)
        }
        return events
    }

    /// UID, SEQUENCE, DTSTAMP, DTSTART and DTEND (§3.6.1).
    private func makeEvent(_ entry: Plan.Entry, uid: String, start: ICalDateTime?, end: ICalDateTime?,
                           options: Options) throws(PlanCalendarError) -> VEvent {
        guard let start else {
            throw .invalidEntry(meeting: entry.id.rawValue, field: "localStart", value: entry.localStart.description)
        }
        guard let end else { throw .invalidEntry(meeting: entry.id.rawValue, field: "localEnd", value: entry.localEnd.description) }
        var event = VEvent(uid: uid, timestamp: options.timestamp, start: .dateTime(start))
        event.setSequence(entry.moved == nil ? 0 : 1)
        event.setEnd(.dateTime(end))
        return event
    }

    /// The join link of a virtual or hybrid meeting: the meeting's own,
    /// else its venue's.
    func joinLink(_ entry: Plan.Entry) -> String? {
        guard entry.mode != .inPerson else { return nil }
        return scenario?.meeting(entry.id)?.joinURL ?? scenario?.venue(entry.venue)?.joinURL
    }

    /// SUMMARY, LOCATION, GEO, CATEGORIES, STATUS, ORGANIZER, URL and
    /// CONFERENCE; no ATTENDEE (RFC 5546 §3.2.1 forbids it in PUBLISH).
    private func fill(_ event: inout VEvent, _ entry: Plan.Entry, people: CalendarParticipants) {
        let venue = scenario?.venue(entry.venue)
        let isVirtual = entry.mode == .virtual
        event.summary = entry.title
        event.location = FeedEvent.location(of: entry)
        if !isVirtual, let latitude = venue?.latitude, let longitude = venue?.longitude {
            event.setGeo(GeoPosition(latitude: latitude, longitude: longitude))
        }
        event.categories = [entry.kind.displayName]
        event.status = "CONFIRMED"
        event.organizer = people.organizer
        if let link = joinLink(entry) {
            event.url = link
            // RFC 7986 §5.11: clients show a "join" button for it.
            event.component.append(Property("CONFERENCE", parameters: [
                Parameter("VALUE", "URI"), Parameter("FEATURE", ["AUDIO", "VIDEO"]), Parameter("LABEL", "Join the meeting"),
            ], value: link))
        }
    }

    /// A feed event's DESCRIPTION: what the meeting is, how it is held,
    /// who attends, its hours on the venue's clock and, in a delegation's
    /// feed, on the delegation's, then the day's programme on both clocks.
    func describe(_ day: FeedEvent, people: CalendarParticipants, reader: String?, handover: Bool) -> String {
        let entry = day.entry
        var lines = ["\(people.termName), chaired by \(people.chairName)."]
        if day.dayCount > 1 { lines.append("Day \(day.dayNumber) of \(day.dayCount) of \(entry.title).") }
        lines += howHeld(entry, people: people)
        lines.append("Attending: " + entry.attendees.map { people.name(ofDelegation: $0.rawValue) }.joined(separator: ", ") + ".")
        let venueClock = "\(CivilClock.clock(day.start))–\(CivilClock.clock(day.end))"
        let instant = CivilClock.instant(day.day, minutes: day.start, zone: day.timeZone) ?? day.day.unixSecondsAtMidnightUTC
        let venueOffset = CivilClock.offsetText(zone: day.timeZone, at: instant) ?? "UTC\(entry.utcOffset)"
        lines.append("Local time at the venue \(venueClock) \(day.timeZone) (\(venueOffset)).")
        let readerZone = reader.flatMap(people.homeZone(ofDelegation:))
        var shift: Int64?
        if let reader, let readerZone, let home = CivilClock.offsetText(zone: readerZone, at: instant), home != venueOffset,
           let venueSeconds = try? ICU.offset(zone: day.timeZone, at: instant),
           let homeSeconds = try? ICU.offset(zone: readerZone, at: instant) {
            shift = Int64(homeSeconds - venueSeconds)
            lines.append("\(people.name(ofDelegation: reader)) time \(Self.shifted(day.start, day.end, by: shift!)) "
                + "\(readerZone) (\(home)).")
        }
        if let link = joinLink(entry) { lines.append("Join: \(link)") }
        lines.append("")
        if let programme = day.programme, !programme.rows.isEmpty {
            if let shift, let reader {
                lines.append("Programme (venue time | \(people.name(ofDelegation: reader)) time):")
                for row in programme.rows {
                    lines.append("\(CivilClock.clock(row.start))–\(CivilClock.clock(row.end)) | "
                        + "\(Self.shifted(row.start, row.end, by: shift))  \(Self.rowText(row))")
                }
            } else {
                lines.append("Programme (local time at the venue):")
                for row in programme.rows {
                    lines.append("\(CivilClock.clock(row.start))–\(CivilClock.clock(row.end))  \(Self.rowText(row))")
                }
            }
        } else {
            lines.append("Order of business:")
            for (number, item) in AgendaOutline.items(kind: entry.kind, handover: handover).enumerated() {
                lines.append("\(number + 1). \(item)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// "1. Opening remarks by the Chair", or a break's text.
    static func rowText(_ row: ProgrammeDay.Row) -> String {
        row.number.map { "\($0). \(row.text)" } ?? row.text
    }

    /// Venue minutes `start`–`end` on a clock `seconds` ahead, with the
    /// day marked when it is not the venue's ("23:00–01:00 (+1 day)").
    static func shifted(_ start: Int, _ end: Int, by seconds: Int64) -> String {
        let delta = Int(seconds / 60)
        let from = start + delta, to = end + delta
        func wrap(_ minutes: Int) -> String { CivilClock.clock(((minutes % 1440) + 1440) % 1440) }
        var text = "\(wrap(from))–\(wrap(to))"
        if from < 0 { text += " (previous day)" } else if to > 1440 { text += " (next day)" }
        return text
    }

    /// How the meeting is held: virtual, hybrid (with who joins remotely), or nothing for in person.
    private func howHeld(_ entry: Plan.Entry, people: CalendarParticipants) -> [String] {
        switch entry.mode {
        case .virtual:
            return ["Virtual meeting; every delegation joins remotely."]
        case .hybrid where !entry.remote.isEmpty:
            return ["Hybrid meeting; joining remotely: " + entry.remote.map { people.name(ofDelegation: $0.rawValue) }.joined(separator: ", ") + "."]
        default:
            return []
        }
    }

    /// The DESCRIPTION of a session event: the meeting, how it is held,
    /// who attends, and its timed programme (or its kind's standard order
    /// of business, `AgendaOutline`).
    private func outline(_ entry: Plan.Entry, people: CalendarParticipants, dayNote: String?, handover: Bool,
                         programme: [String]?) -> String {
        var lines = ["\(people.termName), chaired by \(people.chairName)."]
        if let dayNote { lines.append(dayNote) }
        lines += howHeld(entry, people: people)
        lines.append("Attending: " + entry.attendees.map { people.name(ofDelegation: $0.rawValue) }.joined(separator: ", ") + ".")
        lines.append("Local time \(entry.localStart)–\(entry.localEnd) \(entry.timeZone) (UTC\(entry.utcOffset)).")
        lines.append("")
        if let programme, !programme.isEmpty {
            lines.append("Programme (local time at the venue):")
            lines += programme
        } else {
            lines.append("Order of business:")
            for (number, item) in AgendaOutline.items(kind: entry.kind, handover: handover).enumerated() {
                lines.append("\(number + 1). \(item)")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The kept cancelled events a feed shows: all of them in the whole
    /// plan's feed; in a delegation's, those it attended and the events it
    /// no longer attends.
    func cancelledEvents(_ state: CalendarState?, reader: String?) -> [CalendarState.Event] {
        guard let state else { return [] }
        return state.events.filter { record in
            if record.status == CalendarState.cancelled { return reader.map(record.attendees.contains) ?? true }
            return reader.map(record.dropped.contains) ?? false
        }
    }

    /// A cancelled event as last written, from the calendar state: its
    /// times, title and place, STATUS:CANCELLED (RFC 5545 §3.8.1.11), so
    /// that a subscriber's client removes or strikes it.
    func cancelledEvent(_ record: CalendarState.Event, people: CalendarParticipants,
                        reader: String?) throws(PlanCalendarError) -> VEvent {
        let zone = ICalDateTime.Zone.tzid(record.timeZone)
        guard let start = ICalDateTime(icalText: Self.compact(record.localStart), tzid: record.timeZone),
              let end = ICalDateTime(icalText: Self.compact(record.localEnd), tzid: record.timeZone),
              let stamp = CivilClock.dateTime(rfc3339: record.lastModified) else {
            throw .invalidEntry(meeting: record.meeting, field: "calendar", value: record.uid)
        }
        var event = VEvent(uid: record.uid, timestamp: stamp, start: .dateTime(start.with(zone: zone)))
        event.setSequence(record.sequence)
        event.component.set(Property("LAST-MODIFIED", value: stamp.icalText))
        event.setEnd(.dateTime(end.with(zone: zone)))
        event.summary = "Cancelled: " + record.summary
        let why = record.status == CalendarState.cancelled
            ? "this meeting day is no longer in the plan"
            : "\(reader.map(people.name(ofDelegation:)) ?? "the delegation") no longer attends this meeting"
        event.description = "\(people.termName), chaired by \(people.chairName).\n"
            + "Cancelled: \(why) (as of \(record.lastModified.prefix(10)))."
        event.location = record.location
        event.status = CalendarState.cancelled
        event.organizer = people.organizer
        event.component.append(Property.text("X-CONVENE-MEETING", record.meeting))
        return event
    }

    /// "2023-05-09T09:00" as iCalendar's "20230509T090000".
    static func compact(_ local: String) -> String {
        local.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "") + "00"
    }

    /// Each event of the plan with the digest of its content: the whole
    /// plan's rendering with SEQUENCE and the stamps left out, so that any
    /// change to what an event says is seen (`CalendarLedger`).
    public func ledgerInput(_ options: Options) throws(PlanCalendarError) -> [CalendarLedger.Current] {
        let people = CalendarParticipants(plan: plan, scenario: scenario)
        let lastHeads = plan.meetings.last { $0.kind == .heads }?.id.rawValue
        var neutral = options
        neutral.state = nil
        neutral.timestamp = ICalDateTime(utcSecondsSince1970: 0)
        var result: [CalendarLedger.Current] = []
        for day in try feedEvents(options) {
            var event = try self.event(day, options: neutral, people: people, reader: nil, handover: day.meeting == lastHeads)
            for name in ["SEQUENCE", "DTSTAMP", "LAST-MODIFIED"] { event.component.removeProperties(named: name) }
            let text: String
            do {
                text = try ICalendarWriter.write(event.component)
            } catch {
                throw .write(error)
            }
            result.append(CalendarLedger.Current(event: day, digest: SHA256.hex(Array(text.utf8))))
        }
        return result
    }

    /// A local date-time on `day` at `time` in `zone`; `24:00` is midnight
    /// of the next day (§3.3.12 has no hour 24).
    static func dateTime(_ day: Day, _ time: LocalTime, _ zone: ICalDateTime.Zone) -> ICalDateTime? {
        let date = time.minutes == 1440 ? day.adding(days: 1) : day
        guard let civil = ICalDate(year: date.year, month: date.month, day: date.day) else { return nil }
        return ICalDateTime(date: civil, hour: time.hour % 24, minute: time.minute, zone: zone)
    }
}
