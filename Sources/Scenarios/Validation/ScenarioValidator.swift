import Calendars

/// Checks what no single node can: references between parts, duplicate
/// ids, windows against the horizon, cycles of `after`; then fills in the
/// defaults that depend on other parts (venue country and zone from the
/// chair, default delegations) and builds the `Scenario`.
struct ScenarioValidator {
    let reader: YAMLReader
    let file: String

    /// Checks everything it can even when the body, chair or horizon had
    /// errors (so that one run reports every problem), but builds a
    /// scenario only when they are all there.
    func validate(_ draft: ScenarioDecoder.Draft) -> Scenario? {
        let horizon = draft.horizon ?? termsHorizon(draft)
        let members = membership(draft, horizon: horizon?.value ?? DayRange(single: Day(year: 2000, month: 1, day: 1)!))
        let firstTermChair = draft.bodies.first { !$0.turns.isEmpty }?.turns.first?.chair
            ?? draft.meetings.lazy.compactMap(\.term).first?.chair
        let chair = draft.chair ?? Located(firstTermChair ?? members.first ?? "BN", at: draft.rootLocation)
        let partners = unique(draft.partners, "partner")
        // A partner may host (the ASEAN-Korea roundtable is Korea's), so the
        // chair is a member or a partner.
        if draft.chair != nil, !members.contains(chair.value), !partners.contains(chair.value) {
            reader.error("the chair \(chair.value) is neither a member nor a partner (members: \(members.map(\.rawValue).joined(separator: " ")))", at: chair.location)
        }

        let venues = resolveVenues(draft.venues, chair: chair.value)
        let delegations = resolveDelegations(draft, members: members, partners: partners)
        let delegationIDs = Set(delegations.map(\.id))

        checkMeetings(draft.meetings, horizon: horizon?.value, venues: venues, delegationIDs: delegationIDs)
        checkFixed(draft.fixed, venueIDs: Set(venues.map(\.id)), delegationIDs: delegationIDs)
        checkRunup(draft.meetings, overrides: draft.runup)

        if draft.horizon == nil, !draft.bodies.isEmpty, horizon == nil {
            reader.error("the scenario needs 'horizon' (the first and last day of planning): its bodies' terms have no dates to take it from", at: draft.rootLocation)
        }
        let body = draft.body ?? (draft.bodies.isEmpty ? nil : Scenario.Body(
            name: draft.bodies.map(\.name).joined(separator: "; "), short: draft.bodies.map(\.short).joined(separator: "+")))
        if draft.chair == nil, firstTermChair == nil, !draft.bodies.isEmpty {
            reader.error("the scenario needs 'chair': none of its meetings belongs to a body's cycle", at: draft.rootLocation)
        }
        guard let body, draft.chair != nil || firstTermChair != nil, let horizon else { return nil }
        return Scenario(file: file, body: body, cycle: draft.cycle, chair: chair.value, theme: draft.theme,
                        horizon: horizon.value, members: members, partners: partners, venues: venues,
                        delegations: delegations, meetings: draft.meetings, fixed: draft.fixed,
                        holidayFeeds: draft.holidayFeeds, weights: draft.weights, runup: draft.runup, bodies: draft.bodies,
                        programme: draft.programme)
    }

    /// Without a horizon, a scenario of terms plans from the first planned
    /// term's first day to the last one's last day.
    private func termsHorizon(_ draft: ScenarioDecoder.Draft) -> Located<DayRange>? {
        let spans = draft.bodies.compactMap { body -> DayRange? in
            guard let dates = body.rotation.dates, let first = body.turns.first, let last = body.turns.last else { return nil }
            return DayRange(dates.start(of: first.cycle), dates.end(of: last.cycle))
        }
        guard let from = spans.map(\.first).min(), let to = spans.map(\.last).max(), let range = DayRange(from, to) else { return nil }
        return Located(range, at: draft.rootLocation)
    }

    // MARK: Who

    /// `asean` means every state that is a member at some time in the
    /// horizon (membership only grows), so a scenario of 2022 does not
    /// invite Timor-Leste, which joined on 2025-10-26, and one of 2024-26 does.
    private func membership(_ draft: ScenarioDecoder.Draft, horizon: DayRange) -> [CountryCode] {
        if draft.membersIsASEAN { return ASEANMembership.members(on: horizon.last) }
        return unique(draft.members ?? [], "member")
    }

    private func unique(_ codes: [Located<CountryCode>], _ what: String) -> [CountryCode] {
        var seen = Set<CountryCode>()
        var result: [CountryCode] = []
        for code in codes {
            if seen.insert(code.value).inserted {
                result.append(code.value)
            } else {
                reader.error("\(what) \(code.value) is listed twice", at: code.location)
            }
        }
        return result
    }

    private func resolveVenues(_ drafts: [ScenarioDecoder.VenueDraft], chair: CountryCode) -> [Venue] {
        var firstPlace: [VenueID: SourceLocation] = [:]
        var venues: [Venue] = []
        for draft in drafts {
            if let first = firstPlace[draft.id.value] {
                reader.error("duplicate venue id '\(draft.id.value)' (first defined at \(first.line):\(first.column))", at: draft.id.location)
                continue
            }
            firstPlace[draft.id.value] = draft.id.location
            let code = draft.country?.value ?? chair
            guard let country = Countries.named(code) else { continue }
            if draft.isVirtual, draft.city != nil {
                reader.error("virtual venue '\(draft.id.value)' cannot have a city", at: draft.location)
            }
            if !draft.isVirtual, draft.joinURL != nil {
                reader.warning("venue '\(draft.id.value)' has a join URL but is not virtual; it is kept for hybrid meetings", at: draft.location)
            }
            venues.append(Venue(
                id: draft.id.value,
                name: draft.name ?? (draft.isVirtual ? "Video conference" : draft.id.value.rawValue),
                city: draft.isVirtual ? nil : (draft.city ?? country.capital),
                country: code,
                timeZone: draft.timeZone ?? country.timeZone,
                rooms: draft.rooms ?? (draft.isVirtual ? 100 : 1),
                hours: draft.hours ?? .standard,
                closed: draft.closed,
                isVirtual: draft.isVirtual,
                joinURL: draft.joinURL,
                latitude: draft.isVirtual ? nil : (draft.latitude ?? (draft.city == nil ? country.latitude : nil)),
                longitude: draft.isVirtual ? nil : (draft.longitude ?? (draft.city == nil ? country.longitude : nil)),
                location: draft.location))
        }
        return venues
    }

    /// The declared delegations, then a default one for every member,
    /// partner and Plus Three country (when a meeting invites them) that has
    /// none.
    private func resolveDelegations(_ draft: ScenarioDecoder.Draft, members: [CountryCode], partners: [CountryCode]) -> [Delegation] {
        var result: [Delegation] = []
        var firstPlace: [DelegationID: SourceLocation] = [:]
        for delegation in draft.delegations {
            if let first = firstPlace[delegation.id], let location = delegation.location {
                reader.error("duplicate delegation id '\(delegation.id)' (first defined at \(first.line):\(first.column))", at: location)
                continue
            }
            if let location = delegation.location { firstPlace[delegation.id] = location }
            result.append(delegation)
        }
        var wanted = members + partners
        let references = draft.meetings.flatMap { $0.attendees + $0.remote }.map(\.value)
            + draft.fixed.flatMap { event -> [AttendeeReference] in
                if case .inline(_, _, let attendees, _) = event.source { return attendees.map(\.value) }
                return []
            }
        if references.contains(.plusThree) { wanted += Countries.plusThree.map(\.code) }
        for reference in references {
            if case .delegation(let id) = reference, firstPlace[id] == nil, Countries.named(CountryCode(id.rawValue)) != nil {
                wanted.append(CountryCode(id.rawValue))
            }
        }
        let covered = Set(result.map(\.country))
        var added = Set<CountryCode>()
        for code in wanted where !covered.contains(code) && added.insert(code).inserted {
            guard let country = Countries.named(code) else { continue }
            result.append(Delegation(id: DelegationID(code.rawValue), country: code, name: country.name,
                                     home: country.timeZone, location: nil))
        }
        return result
    }

    // MARK: Meetings

    private func checkMeetings(_ meetings: [Meeting], horizon: DayRange?, venues: [Venue], delegationIDs: Set<DelegationID>) {
        let venueByID = Dictionary(venues.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var firstPlace: [MeetingID: SourceLocation] = [:]
        for meeting in meetings {
            if let first = firstPlace[meeting.id] {
                reader.error("duplicate meeting id '\(meeting.id)' (first defined at \(first.line):\(first.column))", at: meeting.location)
            } else {
                firstPlace[meeting.id] = meeting.location
            }
        }
        // Ids become file names (agendas/<id>.md), and macOS and Windows
        // disks fold case: 'SOM' and 'som' would overwrite each other's files.
        var folded: [String: MeetingID] = [:]
        for meeting in meetings {
            let key = meeting.id.rawValue.lowercased()
            if let other = folded[key] {
                if other != meeting.id {
                    reader.error("meeting ids '\(meeting.id)' and '\(other)' differ only in case; they would name the same file on some disks", at: meeting.location)
                }
            } else {
                folded[key] = meeting.id
            }
        }
        let meetingIDs = Array(firstPlace.keys.map(\.rawValue)).sorted()

        for meeting in meetings {
            for venue in meeting.venues where venueByID[venue.value] == nil {
                reader.error("meeting '\(meeting.id)' names unknown venue '\(venue.value)'\(Suggestion.hint(for: venue.value.rawValue, among: venueByID.keys.map(\.rawValue).sorted()))", at: venue.location)
            }
            checkAttendees(meeting.attendees + meeting.remote, delegationIDs: delegationIDs)
            if let window = meeting.window, let horizon {
                if !horizon.contains(window.value) {
                    reader.error("the window \(window.value) of meeting '\(meeting.id)' is not inside the horizon \(horizon)", at: window.location)
                } else if window.value.count < meeting.dayCount {
                    reader.error("the window \(window.value) of meeting '\(meeting.id)' is \(window.value.count) days, shorter than the meeting (\(meeting.length))", at: window.location)
                }
            }
            if let prefer = meeting.preferredWindow, let horizon, !horizon.overlaps(prefer.value) {
                reader.error("the preferred window \(prefer.value) of meeting '\(meeting.id)' lies outside the horizon \(horizon)", at: prefer.location)
            }
            if let date = meeting.date, let horizon {
                let last = date.value.adding(days: meeting.dayCount - 1)
                if !horizon.contains(date.value) || !horizon.contains(last) {
                    reader.error("meeting '\(meeting.id)' is pinned to \(date.value), outside the horizon \(horizon)", at: date.location)
                } else if let window = meeting.window, !window.value.contains(date.value) || !window.value.contains(last) {
                    reader.error("meeting '\(meeting.id)' is pinned to \(date.value), outside its window \(window.value)", at: date.location)
                }
            }
            for rule in meeting.after {
                if firstPlace[rule.meeting.value] == nil {
                    reader.error("meeting '\(meeting.id)' comes after unknown meeting '\(rule.meeting.value)'\(Suggestion.hint(for: rule.meeting.value.rawValue, among: meetingIDs))", at: rule.meeting.location)
                } else if rule.meeting.value == meeting.id {
                    reader.error("meeting '\(meeting.id)' cannot come after itself", at: rule.meeting.location)
                }
            }
            checkMode(meeting, venueByID: venueByID)
        }
        checkCycles(meetings, known: Set(firstPlace.keys))
    }

    private func checkMode(_ meeting: Meeting, venueByID: [VenueID: Venue]) {
        let chosen = meeting.venues.compactMap { venueByID[$0.value] }
        switch meeting.mode {
        case .virtual?:
            if let physical = chosen.first(where: { !$0.isVirtual }) {
                reader.error("virtual meeting '\(meeting.id)' lists venue '\(physical.id)', which is not virtual", at: meeting.location)
            }
        case .inPerson?, .hybrid?:
            if let online = chosen.first(where: \.isVirtual) {
                reader.error("\(meeting.mode!.rawValue) meeting '\(meeting.id)' lists virtual venue '\(online.id)'; it needs a physical venue", at: meeting.location)
            }
        case nil:
            break
        }
        if !meeting.remote.isEmpty, meeting.mode != .hybrid {
            reader.error("meeting '\(meeting.id)' lists 'remote' delegations but is not hybrid; add 'mode: hybrid'", at: meeting.remote[0].location)
        }
        if case .days = meeting.length, chosen.contains(where: \.isVirtual), chosen.contains(where: { !$0.isVirtual }) == false {
            reader.error("meeting '\(meeting.id)' is held online; give its length in 'hours', not 'days'", at: meeting.location)
        }
        // A meeting in days runs from its start to the venue's closing, so a
        // start outside opening hours (00:00 at a venue opening at 09:00)
        // would plan a day that begins at midnight.
        if case .days = meeting.length, let start = meeting.start {
            for venue in chosen where !venue.isVirtual && !(venue.hours.opens <= start && start < venue.hours.closes) {
                reader.error("meeting '\(meeting.id)' lasts whole days, from its start to the venue's closing; its start \(start) "
                    + "is outside the opening hours of venue '\(venue.id)' (\(venue.hours.opens)-\(venue.hours.closes))", at: meeting.location)
            }
        }
    }

    private func checkAttendees(_ references: [Located<AttendeeReference>], delegationIDs: Set<DelegationID>) {
        for reference in references {
            guard case .delegation(let id) = reference.value else { continue }
            if delegationIDs.contains(id) { continue }
            let candidates = AttendeeReference.groupNames + delegationIDs.map(\.rawValue).sorted()
                + Countries.all.map(\.code.rawValue)
            reader.error("unknown attendee '\(id)': not a group (\(AttendeeReference.groupNames.joined(separator: ", "))), a delegation or a known country\(Suggestion.hint(for: id.rawValue, among: candidates))", at: reference.location)
        }
    }

    /// Reports each cycle of `after` rules once, naming it in order
    /// ("prep → som → prep"), at the rule that closes it.
    private func checkCycles(_ meetings: [Meeting], known: Set<MeetingID>) {
        var rules: [MeetingID: [Meeting.After]] = [:]
        for meeting in meetings where rules[meeting.id] == nil {
            rules[meeting.id] = meeting.after.filter { known.contains($0.meeting.value) && $0.meeting.value != meeting.id }
        }
        enum Mark { case visiting, done }
        var marks: [MeetingID: Mark] = [:]
        var path: [MeetingID] = []
        func visit(_ id: MeetingID) {
            marks[id] = .visiting
            path.append(id)
            for rule in rules[id] ?? [] {
                let next = rule.meeting.value
                switch marks[next] {
                case .visiting?:
                    let start = path.firstIndex(of: next)!
                    // Read as "a comes after b": list in time order, first meeting first.
                    let cycle = (Array(path[start...]) + [next]).reversed().map(\.rawValue)
                    reader.error("'after' rules form a cycle: \(cycle.joined(separator: " → ")); each must come after the one before", at: rule.location)
                case .done?:
                    break
                case nil:
                    visit(next)
                }
            }
            path.removeLast()
            marks[id] = .done
        }
        for meeting in meetings where marks[meeting.id] == nil { visit(meeting.id) }
    }

    // MARK: Fixed events

    private func checkFixed(_ events: [FixedEvent], venueIDs: Set<VenueID>, delegationIDs: Set<DelegationID>) {
        for event in events {
            guard case .inline(_, _, let attendees, let venue) = event.source else { continue }
            checkAttendees(attendees, delegationIDs: delegationIDs)
            if let venue, !venueIDs.contains(venue.value) {
                reader.error("fixed event names unknown venue '\(venue.value)'\(Suggestion.hint(for: venue.value.rawValue, among: venueIDs.map(\.rawValue).sorted()))", at: venue.location)
            }
        }
    }
}
