import Calendars
import Yams

/// Bodies with rotations, the cycles planned, and term templates: the
/// second-wave part of a scenario (Docs/Scenario.md, "Bodies and terms").
/// A template is decoded once per cycle, with that cycle's chair, dates and
/// id prefix; the first meeting of each cycle after the first follows the
/// heads meeting that ends the term before it (the hand-over).
extension ScenarioDecoder {
    static let bodyKeys = ["id", "name", "short", "rotation", "template"]
    static let rotationKeys = ["anchor", "term", "members", "skip", "swap"]

    /// A body as written; its template stays as nodes until the cycles are known.
    struct BodyDraft {
        let id: Located<BodyID>
        let name: String
        let short: String
        let rotation: BodyRotation?
        let rotationNode: Node
        let template: [Node]
        let location: SourceLocation
    }

    /// What a template meeting needs to know about the cycle it is decoded for.
    struct TermContext {
        let term: MeetingTerm
        let start: Day?
        let end: Day?
        let templateIDs: Set<String>
        /// For the first meeting of a cycle after the first: follow the
        /// previous term's heads meeting.
        let handover: Meeting.After?
        /// Template meetings get ids `BODY-CYCLE-ID`; a meeting listed under
        /// `meetings:` with `body` and `cycle` keeps its own.
        var prefixesIDs = true
    }

    /// The term of a meeting listed under `meetings:` with `body` and `cycle`.
    func plainTerm(_ node: Node, bodies: [BodyDraft]) -> TermContext? {
        guard case .mapping = node else { return nil }
        let bodyNode = node["body"], cycleNode = node["cycle"]
        guard bodyNode != nil || cycleNode != nil else { return nil }
        guard let bodyNode, let cycleNode else {
            reader.error("a meeting of a body gives both 'body' (a body id) and 'cycle'", at: bodyNode ?? cycleNode ?? node)
            return nil
        }
        guard let id = reader.identifier(bodyNode, "a body id"), let cycle = reader.integer(cycleNode, "the cycle", in: 1...10_000) else { return nil }
        guard let body = bodies.first(where: { $0.id.value.rawValue == id }) else {
            let names = bodies.map(\.id.value.rawValue)
            reader.error("unknown body '\(id)'\(Suggestion.hint(for: id, among: names)) (bodies: \(names.joined(separator: ", ")))", at: bodyNode)
            return nil
        }
        guard let rotation = body.rotation else { return nil }
        do {
            let turns = try rotation.turns(from: cycle, through: cycle + 1)
            let term = MeetingTerm(body: body.id.value, short: body.short, cycle: cycle, chair: turns[0].chair, nextChair: turns[1].chair)
            return TermContext(term: term, start: rotation.dates?.start(of: cycle), end: rotation.dates?.end(of: cycle),
                               templateIDs: [], handover: nil, prefixesIDs: false)
        } catch {
            reader.error("the rotation of '\(id)' cannot give the chair of \(cycle): \(error)", at: cycleNode)
            return nil
        }
    }

    func bodyDrafts(_ node: Node) -> [BodyDraft] {
        guard let items = reader.sequence(node, "the bodies") else { return [] }
        if items.isEmpty { reader.error("'bodies' lists no body; remove it or declare one", at: node) }
        var seen: [BodyID: SourceLocation] = [:]
        return items.compactMap { item in
            guard let entries = reader.mapping(item, "a body", keys: Self.bodyKeys) else { return nil }
            guard let idNode = entries["id"]?.value, let nameNode = entries["name"]?.value, let shortNode = entries["short"]?.value else {
                reader.error("a body needs 'id', 'name' and 'short'", at: item)
                return nil
            }
            guard let id = reader.identifier(idNode, "a body id"), let name = reader.text(nameNode, "the body's name"),
                  let short = reader.identifier(shortNode, "the body's short name") else { return nil }
            let bodyID = BodyID(id)
            if let first = seen[bodyID] {
                reader.error("duplicate body id '\(id)' (first defined at \(first.line):\(first.column))", at: idNode)
                return nil
            }
            seen[bodyID] = reader.location(idNode)
            guard let rotationNode = entries["rotation"]?.value else {
                reader.error("body '\(id)' needs a 'rotation' ({anchor: {cycle: N, chair: CODE}, term: ...})", at: item)
                return nil
            }
            var template: [Node] = []
            if let n = entries["template"]?.value, let nodes = reader.sequence(n, "the body's template (a term's meetings)") {
                template = nodes
            }
            return BodyDraft(id: Located(bodyID, at: reader.location(idNode)), name: name, short: short,
                             rotation: rotation(rotationNode), rotationNode: rotationNode, template: template,
                             location: reader.location(item))
        }
    }

    /// `{anchor: {cycle, chair}, term: {years, cycle, from}, members, skip, swap}`.
    private func rotation(_ node: Node) -> BodyRotation? {
        if case .scalar = node, let name = reader.string(node, "the rotation") {
            guard let known = KnownRotation.named(name) else {
                let names = KnownRotation.all.map(\.short)
                reader.error("unknown rotation '\(name)'\(Suggestion.hint(for: name, among: names)): give {anchor: ..., term: ...} or one of \(names.joined(separator: ", "))", at: node)
                return nil
            }
            return known.rotation
        }
        guard let entries = reader.mapping(node, "the rotation", keys: Self.rotationKeys) else { return nil }
        var anchor: Rotation.Anchor?
        if let n = entries["anchor"]?.value, let fields = reader.mapping(n, "the anchor", keys: ["cycle", "chair"]) {
            if let c = fields["cycle"]?.value, let ch = fields["chair"]?.value {
                if let cycle = reader.integer(c, "the anchor's cycle", in: 1...10_000), let chair = reader.country(ch, "the anchor's chair") {
                    anchor = Rotation.Anchor(cycle: cycle, chair: chair)
                }
            } else {
                reader.error("the anchor needs 'cycle' and 'chair' (who chaired that cycle)", at: n)
            }
        } else if entries["anchor"] == nil {
            reader.error("the rotation needs an 'anchor': {cycle: N, chair: CODE}, who chaired a known cycle", at: node)
        }
        var dates: CycleDates?
        if let n = entries["term"]?.value, let fields = reader.mapping(n, "the term", keys: ["years", "cycle", "from"]) {
            let years = fields["years"].flatMap { reader.integer($0.value, "the term's years", in: 1...10) } ?? 1
            switch (fields["cycle"], fields["from"]) {
            case (let c?, let f?):
                if let cycle = reader.integer(c.value, "the cycle whose first day is given", in: 1...10_000),
                   let from = reader.day(f.value, "the cycle's first day") {
                    dates = CycleDates(cycle: cycle, start: from, years: years)
                }
            case (nil, nil):
                if years == 1, let anchor, (1967...2200).contains(anchor.cycle) {
                    dates = .calendarYears
                } else if fields["years"] != nil {
                    reader.error("give the term's dates as {years: N, cycle: C, from: YYYY-MM-DD} (cycles numbered by year need only {years: 1})", at: n)
                }
            default:
                reader.error("the term needs both 'cycle' and 'from' (the first day of that cycle)", at: n)
            }
        } else if entries["term"] == nil, let anchor, (1967...2200).contains(anchor.cycle) {
            dates = .calendarYears
        }
        var members = ASEANMembership.rotationMembers
        if let n = entries["members"]?.value {
            if case .scalar = n, n.string == "asean" {
                members = ASEANMembership.rotationMembers
            } else if let items = reader.sequence(n, "the rotation's members ('asean' or a list of country codes)") {
                members = items.compactMap { item in reader.country(item, "a member").map { RotationMember($0) } }
            }
        }
        var deviations: [Rotation.Deviation] = []
        if let n = entries["skip"]?.value {
            for item in reader.oneOrMany(n) {
                guard let fields = reader.mapping(item, "a skip", keys: ["member", "cycle"]),
                      let m = fields["member"]?.value, let c = fields["cycle"]?.value else {
                    reader.error("a skip is {member: CODE, cycle: N}", at: item)
                    continue
                }
                if let code = reader.country(m, "the member that skips"), let cycle = reader.integer(c, "the cycle", in: 1...10_000) {
                    deviations.append(.skip(code, cycle: cycle))
                }
            }
        }
        if let n = entries["swap"]?.value {
            for item in reader.oneOrMany(n) {
                guard let fields = reader.mapping(item, "a swap", keys: ["members", "cycle"]),
                      let m = fields["members"]?.value, let c = fields["cycle"]?.value,
                      let pair = reader.sequence(m, "the two members that swap"), pair.count == 2 else {
                    reader.error("a swap is {members: [A, B], cycle: N}, the cycle where it began", at: item)
                    continue
                }
                if let a = reader.country(pair[0], "a member"), let b = reader.country(pair[1], "a member"),
                   let cycle = reader.integer(c, "the cycle", in: 1...10_000) {
                    deviations.append(.swap(a, b, cycle: cycle))
                }
            }
        }
        guard let anchor else { return nil }
        return BodyRotation(members: members, anchor: anchor, dates: dates, deviations: deviations)
    }

    /// `cycles: { accsm: 23..26, adgmin: 2026 }`.
    func cycleRanges(_ node: Node, bodies: [BodyDraft]) -> [BodyID: (ClosedRange<Int>, Node)] {
        guard let entries = reader.mapping(node, "the cycles to plan (body id: N or N..M)", keys: bodies.map(\.id.value.rawValue)) else { return [:] }
        var result: [BodyID: (ClosedRange<Int>, Node)] = [:]
        for (key, entry) in entries {
            guard let text = reader.string(entry.value, "the cycles of '\(key)'") else { continue }
            let parts = text.components(separatedBy: "..").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard (1...2).contains(parts.count), let first = parts.first ?? nil, let last = parts.last ?? nil, first <= last, first >= 1,
                  last - first < 100 else {
                reader.error("expected the cycles of '\(key)' as N or N..M (at most 100 cycles), found \(reader.describe(entry.value))", at: entry.value)
                continue
            }
            result[BodyID(key)] = (first...last, entry.value)
        }
        return result
    }

    /// Every body's planned cycles with their chairs, and the template's
    /// meetings decoded once per cycle.
    func expand(_ bodies: [BodyDraft], cycles: [BodyID: (ClosedRange<Int>, Node)],
                chairVenues: [CountryCode: Located<VenueID>]) -> (bodies: [ScenarioBody], meetings: [Meeting]) {
        var scenarioBodies: [ScenarioBody] = []
        var meetings: [Meeting] = []
        for body in bodies {
            guard let rotation = body.rotation else { continue }
            var turns: [Rotation.Turn] = []
            var nextChair: [Int: CountryCode] = [:]
            if let (range, node) = cycles[body.id.value] {
                do {
                    let all = try rotation.turns(from: range.lowerBound, through: range.upperBound + 1)
                    turns = Array(all.dropLast())
                    for (turn, next) in zip(all, all.dropFirst()) { nextChair[turn.cycle] = next.chair }
                } catch {
                    reader.error("the rotation of '\(body.id.value)' cannot give its chairs: \(error)", at: node)
                    continue
                }
                if body.template.isEmpty {
                    reader.error("body '\(body.id.value)' has cycles to plan but no 'template'", at: node)
                }
            }
            scenarioBodies.append(ScenarioBody(id: body.id.value, name: body.name, short: body.short, rotation: rotation,
                                               turns: turns, location: body.location))
            let shapes = body.template.map { node -> (id: String?, kind: String?) in
                (node["id"]?.string, node["kind"]?.string)
            }
            let templateIDs = Set(shapes.compactMap(\.id))
            let headsID = shapes.last { $0.kind == MeetingKind.heads.rawValue }?.id
            for (index, turn) in turns.enumerated() {
                let term = MeetingTerm(body: body.id.value, short: body.short, cycle: turn.cycle, chair: turn.chair,
                                       nextChair: nextChair[turn.cycle])
                var handover: Meeting.After?
                if index > 0, let headsID {
                    let previous = MeetingID(Self.expandedID(body.id.value, turns[index - 1].cycle, headsID))
                    handover = Meeting.After(meeting: Located(previous, at: body.location),
                                             days: DayCountRange(minimum: 1, maximum: nil)!, location: body.location)
                }
                let context = TermContext(term: term, start: rotation.dates?.start(of: turn.cycle),
                                          end: rotation.dates?.end(of: turn.cycle), templateIDs: templateIDs, handover: handover)
                for (position, node) in body.template.enumerated() {
                    if let meeting = meeting(node, cycle: turn.cycle, body: body.short, term: context,
                                             isFirst: position == 0, chairVenues: chairVenues) {
                        meetings.append(meeting)
                    }
                }
            }
        }
        return (scenarioBodies, meetings)
    }

    /// The id of a template meeting in one cycle: `accsm-23-som`.
    static func expandedID(_ body: BodyID, _ cycle: Int, _ id: String) -> String {
        "\(body.rawValue)-\(cycle)-\(id)"
    }

    /// The default venue of each country that has one: the venue marked
    /// `default: true`, or the country's only in-person venue. "The chair's
    /// venue" of a meeting is its chair country's default.
    func chairVenues(_ venues: [VenueDraft], scenarioChair: CountryCode?) -> [CountryCode: Located<VenueID>] {
        var byCountry: [CountryCode: [VenueDraft]] = [:]
        for venue in venues where !venue.isVirtual {
            guard let country = venue.country?.value ?? scenarioChair else { continue }
            byCountry[country, default: []].append(venue)
        }
        var result: [CountryCode: Located<VenueID>] = [:]
        for (country, list) in byCountry {
            let defaults = list.filter(\.isDefault)
            if defaults.count > 1 {
                reader.error("\(country) has two default venues ('\(defaults[0].id.value)' and '\(defaults[1].id.value)'); mark one", at: defaults[1].location)
            }
            if let chosen = defaults.first ?? (list.count == 1 ? list[0] : nil) {
                result[country] = chosen.id
            }
        }
        return result
    }

    /// A meeting's window or preferred window: dates, or, in a template,
    /// `{months: A..B}` counted from the term's first day (from A months in
    /// to the day before B months in).
    func window(_ node: Node, _ what: String, term: TermContext?) -> Located<DayRange>? {
        guard case .mapping = node else {
            return reader.dayRange(node, what).map { Located($0, at: reader.location(node)) }
        }
        guard let term else {
            reader.error("\(what) as {months: A..B} counts from a term's start, so it is only for a body's template", at: node)
            return nil
        }
        guard let fields = reader.mapping(node, what, keys: ["months"]), let monthsNode = fields["months"]?.value else {
            reader.error("expected \(what) as {months: A..B} (months from the term's first day)", at: node)
            return nil
        }
        guard let text = reader.string(monthsNode, "the months") else { return nil }
        let parts = text.components(separatedBy: "..").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 2, let from = parts[0], let to = parts[1], from >= 0, to > from, to <= 120 else {
            reader.error("expected the months as A..B with 0 <= A < B <= 120, found \(reader.describe(monthsNode))", at: monthsNode)
            return nil
        }
        guard let start = term.start else {
            reader.error("\(what) counts from the term's start, but the rotation gives no dates; add term: {years: N, cycle: C, from: YYYY-MM-DD}", at: node)
            return nil
        }
        let first = start.addingMonths(from), last = start.addingMonths(to).adding(days: -1)
        return DayRange(first, last).map { Located($0, at: reader.location(monthsNode)) }
    }
}

extension Day {
    /// The same day `count` months later (the month's last day when it is shorter).
    func addingMonths(_ count: Int) -> Day {
        let index = year * 12 + (month - 1) + count
        let newYear = index / 12, newMonth = index % 12 + 1
        return Day(year: newYear, month: newMonth, day: min(day, Day.daysIn(month: newMonth, year: newYear)))!
    }
}
