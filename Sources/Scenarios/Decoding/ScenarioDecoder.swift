import Calendars
import Yams

/// Decodes the YAML text of a scenario into its parts, keeping every node's
/// place. Shape and value errors are found here; references between parts
/// are checked by `ScenarioValidator`.
struct ScenarioDecoder {
    let reader: YAMLReader

    static let topKeys = ["body", "cycle", "chair", "theme", "horizon", "members", "partners", "venues",
                          "delegations", "meetings", "fixed", "holidays", "weights", "runup", "bodies", "cycles", "chairperson", "logo", "translations"]
    static let venueKeys = ["id", "name", "city", "country", "timeZone", "rooms", "hours", "closed", "virtual",
                            "joinURL", "latitude", "longitude", "default", "address"]
    static let delegationKeys = ["id", "country", "home", "name", "email"]
    static let meetingKeys = ["id", "kind", "title", "days", "hours", "venues", "attendees", "window", "prefer",
                              "after", "date", "start", "mode", "remote", "agenda", "joinURL", "runup", "body", "cycle", "chairperson", "coChair"]
    static let fixedKeys = ["title", "from", "to", "attendees", "venue", "ics"]
    static let holidayFeedKeys = ["ics", "country", "major"]

    /// The parts of a scenario as written, before references are resolved.
    struct Draft {
        var body: Scenario.Body?
        var cycle: Int?
        var chair: Located<CountryCode>?
        var theme: String?
        var horizon: Located<DayRange>?
        var members: [Located<CountryCode>]?
        var membersIsASEAN = false
        var partners: [Located<CountryCode>] = []
        var venues: [VenueDraft] = []
        var delegations: [Delegation] = []
        var meetings: [Meeting] = []
        var fixed: [FixedEvent] = []
        var holidayFeeds: [HolidayFeed] = []
        var weights = Weights()
        var runup = RunupOverrides()
        var programme = Programme()
        var rootLocation: SourceLocation
        /// Bodies with rotations (`bodies:`); empty for a one-body scenario.
        var bodies: [ScenarioBody] = []
    }

    /// A venue whose defaults (country, zone, city) wait for the chair.
    struct VenueDraft {
        var id: Located<VenueID>
        var name: String?
        var city: String?
        var country: Located<CountryCode>?
        var timeZone: String?
        var rooms: Int?
        var hours: OpeningHours?
        var closed: [DayRange]
        var isVirtual: Bool
        var joinURL: String?
        var latitude: Double?
        var longitude: Double?
        var location: SourceLocation
        /// The country's venue for meetings held at "the chair's" venue.
        var isDefault = false
    }

    func decode(_ root: Node) -> Draft? {
        var draft = Draft(rootLocation: reader.location(root))
        guard let top = reader.mapping(root, "the scenario", keys: Self.topKeys) else { return nil }

        let hasBodies = top["bodies"] != nil
        func required(_ key: String, _ what: String) -> Node? {
            if let entry = top[key] { return entry.value }
            // With `bodies:`, the body, chair and horizon follow from them.
            if hasBodies, ["body", "chair", "horizon"].contains(key) { return nil }
            reader.error("the scenario needs '\(key)' (\(what))", at: draft.rootLocation)
            return nil
        }

        if let node = required("body", "the body's name and short name") { draft.body = body(node) }
        if let node = top["cycle"]?.value { draft.cycle = reader.integer(node, "the cycle number", in: 1...10_000) }
        if let node = required("chair", "the chairing member's country code") {
            draft.chair = reader.country(node, "the chair").map { Located($0, at: reader.location(node)) }
        }
        if let node = top["theme"]?.value { draft.theme = reader.text(node, "the theme") }
        if let node = required("horizon", "the first and last day of planning, {from: ..., to: ...}") {
            draft.horizon = horizon(node)
        }
        if let node = top["members"]?.value {
            if case .scalar = node, node.string == "asean" {
                draft.membersIsASEAN = true
            } else if let items = reader.sequence(node, "the members ('asean' or a list of country codes)") {
                draft.members = items.compactMap { item in
                    reader.country(item, "a member").map { Located($0, at: reader.location(item)) }
                }
            }
        } else {
            draft.membersIsASEAN = true
        }
        if let node = top["partners"]?.value, let items = reader.sequence(node, "the partners") {
            draft.partners = items.compactMap { item in
                reader.country(item, "a partner").map { Located($0, at: reader.location(item)) }
            }
        }
        if let node = required("venues", "where meetings can take place"), let items = reader.sequence(node, "the venues") {
            if items.isEmpty { reader.error("the scenario needs at least one venue", at: node) }
            if items.count > reader.limits.maximumVenues {
                reader.error("too many venues: \(items.count), the limit is \(reader.limits.maximumVenues)", at: node)
            } else {
                draft.venues = items.compactMap(venue)
            }
        }
        if let node = top["delegations"]?.value, let items = reader.sequence(node, "the delegations") {
            if items.count > reader.limits.maximumDelegations {
                reader.error("too many delegations: \(items.count), the limit is \(reader.limits.maximumDelegations)", at: node)
            } else {
                draft.delegations = items.compactMap(delegation)
            }
        }
        let chairVenues = chairVenues(draft.venues, scenarioChair: draft.chair?.value)
        var bodies: [BodyDraft] = []
        if let node = top["bodies"]?.value {
            bodies = bodyDrafts(node)
            let cycles = top["cycles"].map { cycleRanges($0.value, bodies: bodies) } ?? [:]
            let expanded = expand(bodies, cycles: cycles, chairVenues: chairVenues)
            draft.bodies = expanded.bodies
            draft.meetings = expanded.meetings
        } else if let node = top["cycles"]?.key {
            reader.error("'cycles' names cycles of the bodies declared under 'bodies', and there are none", at: node)
        }
        if let node = top["meetings"]?.value ?? (hasBodies ? nil : required("meetings", "what must be placed")),
           let items = reader.sequence(node, "the meetings") {
            if items.isEmpty && !hasBodies { reader.error("the scenario needs at least one meeting", at: node) }
            if items.count > reader.limits.maximumMeetings {
                reader.error("too many meetings: \(items.count), the limit is \(reader.limits.maximumMeetings)", at: node)
            } else {
                draft.meetings += items.compactMap { item in
                    let term = plainTerm(item, bodies: bodies)
                    return meeting(item, cycle: term?.term.cycle ?? draft.cycle, body: term?.term.short ?? draft.body?.short, term: term,
                                   chairVenues: chairVenues, scenarioChair: draft.chair?.value)
                }
            }
        }
        if hasBodies, draft.meetings.isEmpty {
            reader.error("the scenario needs at least one meeting: give 'cycles' for a body with a 'template', or 'meetings'", at: draft.rootLocation)
        }
        if draft.meetings.count > reader.limits.maximumMeetings {
            reader.error("too many meetings once the templates are expanded: \(draft.meetings.count), the limit is \(reader.limits.maximumMeetings)", at: draft.rootLocation)
            draft.meetings = []
        }
        if let node = top["fixed"]?.value, let items = reader.sequence(node, "the fixed events") {
            draft.fixed = items.compactMap(fixedEvent)
        }
        if let node = top["holidays"]?.value, let items = reader.sequence(node, "the holiday feeds") {
            draft.holidayFeeds = items.compactMap(holidayFeed)
        }
        if let node = top["weights"]?.value { draft.weights = weights(node) }
        if let node = top["runup"]?.value { draft.runup = runupByKind(node) }
        draft.programme = programme(top: top, meetings: draft.meetings)
        return draft
    }

    // MARK: Parts

    private func body(_ node: Node) -> Scenario.Body? {
        guard let entries = reader.mapping(node, "the body", keys: ["name", "short", "email"]) else { return nil }
        guard let nameNode = entries["name"]?.value, let shortNode = entries["short"]?.value else {
            reader.error("the body needs 'name' and 'short'", at: node)
            return nil
        }
        guard let name = reader.text(nameNode, "the body's name"),
              let short = reader.identifier(shortNode, "the body's short name") else { return nil }
        let email = entries["email"].flatMap { reader.email($0.value, "the body's e-mail address") }
        return Scenario.Body(name: name, short: short, email: email)
    }

    private func horizon(_ node: Node) -> Located<DayRange>? {
        if case .scalar = node {
            return reader.dayRange(node, "the horizon").map { Located($0, at: reader.location(node)) }
        }
        guard let entries = reader.mapping(node, "the horizon", keys: ["from", "to"]) else { return nil }
        guard let fromNode = entries["from"]?.value, let toNode = entries["to"]?.value else {
            reader.error("the horizon needs 'from' and 'to'", at: node)
            return nil
        }
        guard let from = reader.day(fromNode, "the horizon's first day"),
              let to = reader.day(toNode, "the horizon's last day") else { return nil }
        guard let range = DayRange(from, to) else {
            reader.error("the horizon ends (\(to)) before it starts (\(from))", at: toNode)
            return nil
        }
        if range.count > reader.limits.maximumHorizonDays {
            reader.error("the horizon is \(range.count) days long; the limit is \(reader.limits.maximumHorizonDays)", at: toNode)
            return nil
        }
        return Located(range, at: reader.location(node))
    }

    private func venue(_ node: Node) -> VenueDraft? {
        guard let entries = reader.mapping(node, "a venue", keys: Self.venueKeys) else { return nil }
        guard let idNode = entries["id"]?.value else {
            reader.error("a venue needs an 'id'", at: node)
            return nil
        }
        guard let id = reader.identifier(idNode, "a venue id") else { return nil }
        var draft = VenueDraft(id: Located(VenueID(id), at: reader.location(idNode)), closed: [],
                               isVirtual: false, location: reader.location(node))
        if let n = entries["name"]?.value { draft.name = reader.text(n, "the venue's name") }
        if let n = entries["city"]?.value { draft.city = reader.text(n, "the venue's city") }
        if let n = entries["country"]?.value {
            draft.country = reader.country(n, "the venue's country").map { Located($0, at: reader.location(n)) }
        }
        if let n = entries["timeZone"]?.value { draft.timeZone = reader.timeZone(n, "the venue's time zone") }
        if let n = entries["rooms"]?.value { draft.rooms = reader.integer(n, "the number of rooms", in: 1...100_000) }
        if let n = entries["hours"]?.value { draft.hours = reader.openingHours(n, "the opening hours") }
        if let n = entries["closed"]?.value, let items = reader.sequence(n, "the closed days") {
            draft.closed = items.compactMap { reader.dayRange($0, "a closed range") }
        }
        if let n = entries["virtual"]?.value { draft.isVirtual = reader.boolean(n, "'virtual'") ?? false }
        if let n = entries["joinURL"]?.value { draft.joinURL = reader.link(n, "the join URL") }
        if let n = entries["default"]?.value { draft.isDefault = reader.boolean(n, "'default'") ?? false }
        if let n = entries["latitude"]?.value {
            draft.latitude = reader.number(n, "the latitude")
            if let value = draft.latitude, !(-90...90).contains(value) {
                reader.error("expected a latitude between -90 and 90, found \(value)", at: n)
            }
        }
        if let n = entries["longitude"]?.value {
            draft.longitude = reader.number(n, "the longitude")
            if let value = draft.longitude, !(-180...180).contains(value) {
                reader.error("expected a longitude between -180 and 180, found \(value)", at: n)
            }
        }
        if (draft.latitude == nil) != (draft.longitude == nil), entries["latitude"] != nil || entries["longitude"] != nil {
            reader.error("give both 'latitude' and 'longitude', or neither", at: node)
        }
        return draft
    }

    private func delegation(_ node: Node) -> Delegation? {
        guard let entries = reader.mapping(node, "a delegation", keys: Self.delegationKeys) else { return nil }
        guard let countryNode = entries["country"]?.value else {
            reader.error("a delegation needs a 'country'", at: node)
            return nil
        }
        guard let code = reader.country(countryNode, "the delegation's country"),
              let country = Countries.named(code) else { return nil }
        var id = code.rawValue
        if let n = entries["id"]?.value { id = reader.identifier(n, "a delegation id") ?? id }
        var home = country.timeZone
        if let n = entries["home"]?.value { home = reader.timeZone(n, "the delegation's home zone") ?? home }
        var name = country.name
        if let n = entries["name"]?.value { name = reader.text(n, "the delegation's name") ?? name }
        let email = entries["email"].flatMap { reader.email($0.value, "the delegation's e-mail address") }
        return Delegation(id: DelegationID(id), country: code, name: name, home: home, location: reader.location(entries["id"]?.value ?? node),
                          email: email)
    }

    private func attendees(_ node: Node, _ what: String) -> [Located<AttendeeReference>] {
        guard let items = reader.sequence(node, what) else { return [] }
        return items.compactMap { item in
            guard let text = reader.string(item, "an attendee (a group or a delegation)") else { return nil }
            let reference: AttendeeReference = switch text {
            case "members": .members
            case "partners": .partners
            case "plus-three": .plusThree
            case "chair": .chair
            default: .delegation(DelegationID(text))
            }
            return Located(reference, at: reader.location(item))
        }
    }

    func meeting(_ node: Node, cycle: Int?, body: String?, term: TermContext? = nil, isFirst: Bool = false,
                 chairVenues: [CountryCode: Located<VenueID>] = [:], scenarioChair: CountryCode? = nil) -> Meeting? {
        guard let entries = reader.mapping(node, "a meeting", keys: Self.meetingKeys) else { return nil }
        let location = reader.location(node)
        guard let idNode = entries["id"]?.value else {
            reader.error("a meeting needs an 'id'", at: node)
            return nil
        }
        let id = reader.identifier(idNode, "a meeting id")

        var kind: MeetingKind?
        if let n = entries["kind"]?.value, let text = reader.string(n, "the meeting kind") {
            kind = MeetingKind(rawValue: text)
            if kind == nil {
                let names = MeetingKind.allCases.map(\.rawValue)
                reader.error("unknown meeting kind '\(text)'\(Suggestion.hint(for: text, among: names)) (kinds: \(names.joined(separator: ", ")))", at: n)
            }
        } else if entries["kind"] == nil {
            reader.error("meeting '\(id ?? "?")' needs a 'kind'", at: idNode)
        }

        var length: Meeting.Length?
        switch (entries["days"], entries["hours"]) {
        case (let days?, nil):
            length = reader.integer(days.value, "the number of days", in: 1...60).map(Meeting.Length.days)
        case (nil, let hours?):
            if let value = reader.number(hours.value, "the number of hours") {
                let minutes = value * 60
                if value <= 0 || value > 24 || minutes.rounded() != minutes || Int(minutes) % 15 != 0 {
                    reader.error("expected hours between 0.25 and 24 in quarter hours, found \(hours.value.string ?? "")", at: hours.value)
                } else {
                    length = .minutes(Int(minutes))
                }
            }
        case (let days?, _?):
            reader.error("meeting '\(id ?? "?")' gives both 'days' and 'hours'; give one", at: days.key)
        case (nil, nil):
            reader.error("meeting '\(id ?? "?")' needs 'days' (whole days) or 'hours' (a session)", at: idNode)
        }

        var venues: [Located<VenueID>] = []
        if let n = entries["venues"]?.value, let items = reader.sequence(n, "the meeting's venues") {
            venues = items.compactMap { item in
                guard let text = reader.identifier(item, "a venue id") else { return nil }
                // "chair": the default venue of the chair's country (the
                // cycle's chair in a template, else the scenario's).
                guard text == "chair", let chair = term?.term.chair ?? scenarioChair else {
                    return Located(VenueID(text), at: reader.location(item))
                }
                guard let venue = chairVenues[chair] else {
                    let name = Countries.named(chair)?.name ?? chair.rawValue
                    reader.error("no venue of \(name) (\(chair)) for 'chair'\(term.map { " in \($0.term.short) \($0.term.cycle)" } ?? ""); declare one with country: \(chair) (and default: true if it has several)", at: item)
                    return nil
                }
                return Located(venue.value, at: reader.location(item))
            }
            if items.isEmpty { reader.error("meeting '\(id ?? "?")' has no venue; list at least one under 'venues'", at: n) }
        } else if entries["venues"] == nil {
            reader.error("meeting '\(id ?? "?")' has no venue; list at least one under 'venues'", at: idNode)
        }

        var attendeeList = [Located(AttendeeReference.members, at: location)]
        if let n = entries["attendees"]?.value { attendeeList = attendees(n, "the attendees") }
        var remote: [Located<AttendeeReference>] = []
        if let n = entries["remote"]?.value { remote = attendees(n, "the remote delegations") }

        let window = entries["window"].flatMap { self.window($0.value, "the window", term: term) }
        var preferredWindow: Located<DayRange>?
        var preferredStart: LocalTime?
        if let n = entries["prefer"]?.value, let prefer = reader.mapping(n, "the preferences", keys: ["window", "start"]) {
            if let w = prefer["window"]?.value {
                preferredWindow = self.window(w, "the preferred window", term: term)
            }
            if let s = prefer["start"]?.value { preferredStart = reader.localTime(s, "the preferred start") }
        }

        var after: [Meeting.After] = []
        if let n = entries["after"]?.value {
            for item in reader.oneOrMany(n) {
                guard let rule = reader.mapping(item, "an 'after' rule", keys: ["meeting", "days"]) else { continue }
                guard let meetingNode = rule["meeting"]?.value else {
                    reader.error("an 'after' rule needs the 'meeting' it follows", at: item)
                    continue
                }
                guard var other = reader.identifier(meetingNode, "a meeting id") else { continue }
                if let term, term.templateIDs.contains(other) {
                    other = Self.expandedID(term.term.body, term.term.cycle, other)
                }
                var days = DayCountRange(minimum: 0, maximum: nil)!
                if let d = rule["days"]?.value {
                    guard let range = reader.dayCountRange(d, "'days'") else { continue }
                    days = range
                }
                after.append(Meeting.After(meeting: Located(MeetingID(other), at: reader.location(meetingNode)),
                                           days: days, location: reader.location(item)))
            }
        }

        if isFirst, let handover = term?.handover { after.append(handover) }
        let date = entries["date"].flatMap { entry in
            reader.day(entry.value, "the meeting's date").map { Located($0, at: reader.location(entry.value)) }
        }
        let start = entries["start"].flatMap { reader.localTime($0.value, "the start time") }
        var mode: MeetingMode?
        if let n = entries["mode"]?.value, let text = reader.string(n, "the mode") {
            mode = MeetingMode(rawValue: text)
            if mode == nil {
                let names = MeetingMode.allCases.map(\.rawValue)
                reader.error("unknown mode '\(text)'\(Suggestion.hint(for: text, among: names)) (modes: \(names.joined(separator: ", ")))", at: n)
            }
        }
        let joinURL = entries["joinURL"].flatMap { reader.link($0.value, "the meeting's join URL") }
        var agenda: [Meeting.AgendaItem]?
        if let n = entries["agenda"]?.value, let items = reader.sequence(n, "the agenda") {
            agenda = items.compactMap { item in
                guard let fields = reader.mapping(item, "an agenda item", keys: ["title", "minutes"]),
                      let titleNode = fields["title"]?.value, let minutesNode = fields["minutes"]?.value else {
                    reader.error("an agenda item needs 'title' and 'minutes'", at: item)
                    return nil
                }
                guard let title = reader.text(titleNode, "the item's title"),
                      let minutes = reader.integer(minutesNode, "the item's minutes", in: 1...600) else { return nil }
                return Meeting.AgendaItem(title: title, minutes: minutes)
            }
        }

        let runup = entries["runup"].map { runupLeads($0.value, "the meeting's run-up lead times") } ?? [:]

        // A meeting with an error in its kind or length is kept with a
        // stand-in, so that its references are still checked in this run;
        // the error already recorded keeps the scenario from being used.
        guard var id else { return nil }
        if let term, term.prefixesIDs { id = Self.expandedID(term.term.body, term.term.cycle, id) }
        let meetingKind = kind ?? .other
        var title = meetingKind.displayName
        if let body { title = "\(body) \(title)" }
        if let cycle { title = "\(Ordinal.english(cycle)) \(title)" }
        if let n = entries["title"]?.value, let text = reader.text(n, "the title") {
            title = text
            if let term {
                title = title.replacingOccurrences(of: "{nth}", with: Ordinal.english(term.term.cycle))
                    .replacingOccurrences(of: "{chair}", with: Countries.named(term.term.chair)?.name ?? term.term.chair.rawValue)
            }
        }
        return Meeting(id: MeetingID(id), kind: meetingKind, title: title, length: length ?? .days(1), venues: venues,
                       attendees: attendeeList, window: window, preferredWindow: preferredWindow,
                       preferredStart: preferredStart, after: after, date: date, start: start, mode: mode,
                       remote: remote, agenda: agenda, location: reader.location(idNode), joinURL: joinURL, runup: runup, term: term?.term)
    }

    private func fixedEvent(_ node: Node) -> FixedEvent? {
        guard let entries = reader.mapping(node, "a fixed event", keys: Self.fixedKeys) else { return nil }
        let location = reader.location(node)
        if let icsNode = entries["ics"]?.value {
            if entries.count > 1 {
                reader.error("a fixed calendar is written {ics: PATH} alone", at: node)
                return nil
            }
            guard let path = reader.text(icsNode, "the calendar's path") else { return nil }
            return FixedEvent(source: .calendar(path: path), location: reader.location(icsNode))
        }
        guard let titleNode = entries["title"]?.value, let fromNode = entries["from"]?.value else {
            reader.error("a fixed event needs 'title' and 'from' (or is {ics: PATH})", at: node)
            return nil
        }
        let title = reader.text(titleNode, "the event's title")
        let from = reader.day(fromNode, "the event's first day")
        var to = from
        if let n = entries["to"]?.value { to = reader.day(n, "the event's last day") }
        let attendeeList = entries["attendees"].map { attendees($0.value, "the attendees") }
            ?? [Located(AttendeeReference.members, at: location)]
        let venue = entries["venue"].flatMap { entry in
            reader.identifier(entry.value, "a venue id").map { Located(VenueID($0), at: reader.location(entry.value)) }
        }
        guard let title, let from, let to else { return nil }
        guard let days = DayRange(from, to) else {
            reader.error("the event ends (\(to)) before it starts (\(from))", at: entries["to"]!.value)
            return nil
        }
        return FixedEvent(source: .inline(title: title, days: days, attendees: attendeeList, venue: venue), location: location)
    }

    private func holidayFeed(_ node: Node) -> HolidayFeed? {
        guard let entries = reader.mapping(node, "a holiday feed", keys: Self.holidayFeedKeys) else { return nil }
        guard let icsNode = entries["ics"]?.value, let countryNode = entries["country"]?.value else {
            reader.error("a holiday feed needs 'ics' (a path) and 'country'", at: node)
            return nil
        }
        let path = reader.text(icsNode, "the feed's path")
        let country = reader.country(countryNode, "the feed's country")
        let major = entries["major"].flatMap { reader.boolean($0.value, "'major'") } ?? false
        guard let path, let country else { return nil }
        return HolidayFeed(path: path, country: country, isMajor: major, location: reader.location(icsNode))
    }

    private func weights(_ node: Node) -> Weights {
        var weights = Weights()
        guard let entries = reader.mapping(node, "the weights", keys: Weights.keys.map(\.name)) else { return weights }
        for (name, path) in Weights.keys {
            if let n = entries[name]?.value, let value = reader.integer(n, "the weight '\(name)'", in: 0...1_000_000) {
                weights[keyPath: path] = value
            }
        }
        return weights
    }
}
