import Calendars
import Solving
import Scenarios

/// Writes a reproducible ASEAN-scale scenario: a year of some two hundred
/// sectoral bodies, each with a chain of working-group meetings, a Senior
/// Officials Meeting and a ministerial meeting, plus virtual consultations,
/// each body hosted by its own chair of the year, delegations shared by the
/// bodies of a sector, one to three venues per member with room limits, and
/// the two ASEAN Summits, hosted by the ASEAN Chair of the year, as fixed
/// events. Same year, bodies and seed: same text.
///
/// Chairs (Docs/Rotation.md): one body in ten follows the ASEAN Chair; of
/// the rest, three in nine have two-year terms (as ACCSM) and six in nine
/// rotate yearly, each with its own anchor (a member chairing a year
/// between 2000 and 2015, drawn from the seed), so chairs differ between
/// bodies in the same year.
public struct ASEANYearGenerator: Sendable {
    public let year: Int
    public let bodies: Int
    public let seed: UInt64

    /// Bodies of one sector share their delegations (the same ministry).
    static let bodiesPerSector = 5

    public init(year: Int, bodies: Int, seed: UInt64) {
        self.year = year
        self.bodies = bodies
        self.seed = seed
    }

    /// The bodies and their chairs in the year. Their own stream of random
    /// numbers, so the meetings drawn in `yaml()` do not depend on them.
    public func generatedBodies() -> [GeneratedBody] {
        var random = SplitMix64(seed: seed ^ 0x5EED_C4A1_0707_A001)
        let first = Day(year: year, month: 1, day: 1)!
        let aseanChair = summitHost()
        let founding = ASEANMembership.members(on: Day(year: 1999, month: 12, day: 31)!)
        return (0..<bodies).map { index in
            let id = "b\(String(repeating: "0", count: max(0, 3 - String(index).count)))\(index)"
            let anchorYear = random.int(in: 2000...2015)
            let anchorChair = founding[random.int(in: 0...(founding.count - 1))]
            let kind: GeneratedBody.Kind = index % 10 == 0 ? .aseanChair : (index % 10 <= 3 ? .twoYearly : .yearly)
            switch kind {
            case .aseanChair:
                return GeneratedBody(id: id, kind: kind, rotation: KnownRotation.asean.rotation, cycle: year, chair: aseanChair)
            case .yearly:
                let rotation = BodyRotation(members: ASEANMembership.rotationMembers,
                                            anchor: .init(cycle: anchorYear, chair: anchorChair), dates: .calendarYears)
                return GeneratedBody(id: id, kind: kind, rotation: rotation, cycle: year, chair: Self.chair(rotation, year))
            case .twoYearly:
                // Cycle 1 began on 1 January of the anchor year.
                let dates = CycleDates(cycle: 1, start: Day(year: anchorYear, month: 1, day: 1)!, years: 2)
                let rotation = BodyRotation(members: ASEANMembership.rotationMembers,
                                            anchor: .init(cycle: 1, chair: anchorChair), dates: dates)
                let cycle = dates.cycle(on: first)
                return GeneratedBody(id: id, kind: kind, rotation: rotation, cycle: cycle, chair: Self.chair(rotation, cycle))
            }
        }
    }

    /// The chair of a cycle of a rotation without deviations, whose anchor
    /// chair was a member at the anchor: a failure is a programmer error.
    private static func chair(_ rotation: BodyRotation, _ cycle: Int) -> CountryCode {
        do { return try rotation.chair(of: cycle) } catch { fatalError("generated rotation: \(error)") }
    }

    /// The scenario as YAML text.
    public func yaml() -> String {
        var random = SplitMix64(seed: seed)
        let first = Day(year: year, month: 1, day: 1)!
        let members = ASEANMembership.members(on: first)
        let generated = generatedBodies()
        let sectors = (bodies + Self.bodiesPerSector - 1) / Self.bodiesPerSector
        var out = """
        # A generated ASEAN year for benchmarks: \(bodies) bodies in \(sectors) sectors.
        # convene generate asean --year \(year) --bodies \(bodies) --seed \(seed)
        body: { name: ASEAN sectoral bodies \(year), short: ASEAN-\(year) }
        chair: \(summitHost().rawValue)
        horizon: { from: \(year)-01-01, to: \(year)-12-31 }
        members: [\(members.map(\.rawValue).joined(separator: ", "))]
        partners: [CN, JP, KR]
        venues:
          - { id: online, virtual: true, rooms: 60, name: ASEAN video conference }

        """
        var venuesOf: [CountryCode: [String]] = [:]
        for code in members {
            let cities = ASEANCities.byCountry[code] ?? []
            let count = min(cities.count, random.int(in: 1...3))
            for (index, city) in cities.prefix(count).enumerated() {
                let id = "\(code.rawValue.lowercased())-\(index + 1)"
                venuesOf[code, default: []].append(id)
                let zone = city.timeZone.map { ", timeZone: \($0)" } ?? ""
                out += "  - { id: \(id), name: \(city.name) Convention Centre, city: \(city.name), country: \(code.rawValue)\(zone), "
                    + "rooms: \(random.int(in: 2...5)), latitude: \(city.latitude), longitude: \(city.longitude) }\n"
            }
        }
        out += "delegations:\n"
        for sector in 0..<sectors {
            for code in members + (sector % 4 == 0 ? ["CN", "JP", "KR"] : []) {
                out += "  - { id: \(delegation(code, sector)), country: \(code.rawValue) }\n"
            }
        }
        out += "meetings:\n"
        for body in generated {
            out += "  # \(body.id): \(body.kind.rawValue), cycle \(body.cycle), chair \(body.chair.rawValue)"
                + (body.kind == .aseanChair ? "" : " (anchor \(body.rotation.anchor))") + "\n"
            out += meetings(body: body, members: members, venuesOf: venuesOf, random: &random)
        }
        let host = summitHost()
        let summitVenue = venuesOf[host]?.first.map { ", venue: \($0)" } ?? ""
        out += """
        fixed:
          - { title: ASEAN Summit (first), from: \(summitDays(month: 5).first), to: \(summitDays(month: 5).last), attendees: [members]\(summitVenue) }
          - { title: ASEAN Summit (second), from: \(summitDays(month: 10).first), to: \(summitDays(month: 10).last), attendees: [members]\(summitVenue) }
        # Both summits are hosted by the ASEAN Chair of \(year), \(host.rawValue) (convene rotation --body ASEAN).

        """
        return out
    }

    private func delegation(_ code: CountryCode, _ sector: Int) -> String {
        "\(code.rawValue)-s\(sector < 10 ? "0" : "")\(sector)"
    }

    /// The ASEAN Chair of the year, from the ASEAN rotation as held
    /// (KnownRotation.asean: 2026 is the Philippines').
    public func summitHost() -> CountryCode {
        Self.chair(KnownRotation.asean.rotation, year)
    }

    /// Tuesday to Thursday of the second full week of `month`.
    private func summitDays(month: Int) -> DayRange {
        var day = Day(year: year, month: month, day: 8)!
        while day.weekday != .tuesday { day = day.adding(days: 1) }
        return DayRange(day, day.adding(days: 2))!
    }

    private func meetings(body generated: GeneratedBody, members: [CountryCode], venuesOf: [CountryCode: [String]], random: inout SplitMix64) -> String {
        let body = Int(generated.id.dropFirst())!
        let sector = body / Self.bodiesPerSector
        let venues = (venuesOf[generated.chair] ?? ["online"]).joined(separator: ", ")
        let attendees = members.map { delegation($0, sector) }.joined(separator: ", ")
        let plusThree = sector % 4 == 0 && body % Self.bodiesPerSector == 0
        let prefix = generated.id
        var lines: [String] = []
        func add(_ id: String, _ kind: String, _ length: String, _ venueList: String, _ extra: String, who: String? = nil) {
            lines.append("  - { id: \(prefix)-\(id), kind: \(kind), \(length), venues: [\(venueList)], attendees: [\(who ?? attendees)]\(extra) }")
        }
        // Each body's year is staggered by up to two months; every meeting
        // has a six-week target window, as a body's annual calendar does.
        let stagger = random.int(in: 0...60)
        func window(fromDayOfYear start: Int, weeks: Int = 6) -> String {
            let first = Day(year: year, month: 1, day: 1)!.adding(days: start + stagger)
            return "\(first)..\(first.adding(days: weeks * 7 - 1))"
        }
        let workingGroups = random.chance(0.9) ? 3 : 2
        for index in 1...workingGroups {
            let online = random.chance(0.35)
            let after = index == 1 ? "" : ", after: { meeting: \(prefix)-wg\(index - 1), days: \(random.int(in: 20...40)).. }"
            add("wg\(index)", "other", online ? "hours: 3" : "days: 1", online ? "online" : venues,
                ", window: \(window(fromDayOfYear: 10 + (index - 1) * 63))\(after)")
        }
        let somDays = random.chance(0.3) ? 2 : 1
        add("som", "som", "days: \(somDays)", venues,
            ", after: { meeting: \(prefix)-wg\(workingGroups), days: \(random.int(in: 14...30)).. }, window: \(window(fromDayOfYear: 200, weeks: 8))")
        add("min", "heads", "days: 1", venues, ", after: { meeting: \(prefix)-som, days: 1..2 }")
        if plusThree {
            let who = attendees + ", " + ["CN", "JP", "KR"].map { delegation(CountryCode($0), sector) }.joined(separator: ", ")
            add("plus3", "plus-three-som", "hours: 3", venues, ", after: { meeting: \(prefix)-min, days: 0..1 }", who: who)
        }
        if random.chance(0.6) {
            add("workshop", "forum", "days: 1", venues, ", window: \(window(fromDayOfYear: random.int(in: 30...240)))")
        }
        let consultations = random.int(in: 1...3)
        for index in 1...consultations {
            // A call is fixed to a fortnight, as secretariats do when they
            // circulate a date poll.
            let start = Day(year: year, month: 1, day: 15)!.adding(days: random.int(in: 0...310))
            add("call\(index)", "other", "hours: 2", "online", ", window: \(start)..\(start.adding(days: 13))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
