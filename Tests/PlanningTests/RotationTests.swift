import Calendars
import Testing
@testable import Planning
@testable import Scenarios

@Suite struct RotationTests {
    static let aseanTen: [CountryCode] = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"]
    static let aseanEleven: [CountryCode] = aseanTen + ["TL"]
    /// The ASEAN Chairs as held (Scenarios/SOURCES.md, C and G).
    static let aseanChairs: [Int: CountryCode] = [
        2010: "VN", 2011: "ID", 2012: "KH", 2013: "BN", 2014: "MM",
        2015: "MY", 2016: "LA", 2017: "PH", 2018: "SG", 2019: "TH", 2020: "VN",
        2021: "BN", 2022: "KH", 2023: "ID", 2024: "LA", 2025: "MY", 2026: "PH", 2027: "SG",
    ]
    static let aseanDeviations: [Rotation.Deviation] = [.swap("BN", "ID", cycle: 2011), .swap("LA", "MM", cycle: 2014), .skip("MM", cycle: 2026)]

    @Test func orderIsAlphabeticalByASEANEnglishNames() throws {
        let rotation = try Rotation(members: Self.aseanTen.reversed())
        #expect(rotation.order.map(\.name) == [
            "Brunei Darussalam", "Cambodia", "Indonesia", "Lao PDR", "Malaysia",
            "Myanmar", "Philippines", "Singapore", "Thailand", "Viet Nam",
        ])
    }

    @Test func accsmFromItsAnchor() throws {
        let turns = try Rotation(members: Self.aseanTen).turns(anchorCycle: 21, anchorChair: "VN", count: 4)
        #expect(turns.map(\.chair) == ["VN", "BN", "KH", "ID"])
        #expect(turns.map(\.cycle) == [21, 22, 23, 24])
    }

    @Test func accsmChairsFrom20() throws {
        let turns = try KnownRotation.accsm.rotation.turns(from: 20, through: 31)
        #expect(turns.map(\.chair) == ["TH", "VN", "BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "TL"])
        #expect(turns.allSatisfy { $0.note == nil })
    }

    @Test func timorLesteTakesItsAlphabeticalPlace() throws {
        let turns = try Rotation(members: Self.aseanEleven).turns(anchorCycle: 30, anchorChair: "TH", count: 3)
        #expect(turns.map(\.chair) == ["TH", "TL", "VN"])
    }

    /// Anchored on 2015 with the swaps declared where they began (before the
    /// anchor): 2016 and 2024 are Lao PDR's, 2026 the Philippines'.
    @Test func aseanChairsAsHeldFromThe2015Anchor() throws {
        let turns = try KnownRotation.asean.rotation.turns(from: 2010, through: 2027)
        #expect(Dictionary(uniqueKeysWithValues: turns.map { ($0.cycle, $0.chair) }) == Self.aseanChairs)
        #expect(turns.first { $0.cycle == 2026 }?.note == "MM skips its turn")
        #expect(turns.first { $0.cycle == 2016 }?.note == "LA takes MM's turn, swapped at 2014")
    }

    /// The anchor names who chaired the cycle, even a swapped one.
    @Test func anyHeldCycleAnchorsTheSameList() throws {
        let rotation = try Rotation(members: ASEANMembership.rotationMembers, dates: .calendarYears)
        for (year, chair) in Self.aseanChairs {
            let turns = try rotation.turns(anchor: .init(cycle: year, chair: chair), from: 2010, through: 2027, deviations: Self.aseanDeviations)
            #expect(Dictionary(uniqueKeysWithValues: turns.map { ($0.cycle, $0.chair) }) == Self.aseanChairs, "anchored at \(year)")
        }
    }

    @Test func membershipFollowsDates() throws {
        let rotation = try Rotation(members: ASEANMembership.rotationMembers, dates: .calendarYears)
        #expect(!rotation.isInRotation("TL", at: 2025))
        #expect(rotation.isInRotation("TL", at: 2026))
        #expect(rotation.firstCycle(of: "TL") == 2026)
        #expect(!rotation.isInRotation("KH", at: 1999))
        #expect(rotation.isInRotation("KH", at: 2000))
        // Timor-Leste's alphabetical place, after Thailand's 2028 turn.
        let turns = try rotation.turns(anchor: .init(cycle: 2025, chair: "MY"), from: 2025, through: 2030, deviations: [.skip("MM", cycle: 2026)])
        #expect(turns.map(\.chair) == ["MY", "PH", "SG", "TH", "TL", "VN"])
    }

    @Test func historicalListsLeaveOutTimorLeste() throws {
        let turns = try KnownRotation.asean.rotation.turns(from: 1999, through: 2025)
        #expect(!turns.contains { $0.chair == "TL" })
    }

    @Test func anchorBeforeJoiningIsRefused() throws {
        let rotation = try Rotation(members: ASEANMembership.rotationMembers, dates: .calendarYears)
        #expect(throws: Rotation.Problem.notInRotation("TL", cycle: 2020, joined: Day(year: 2025, month: 10, day: 26)!, firstCycle: 2026)) {
            try rotation.turns(anchor: .init(cycle: 2020, chair: "TL"), from: 2020, through: 2021)
        }
    }

    /// Eleven members without dates put Timor-Leste in 2020's turn, so
    /// Malaysia, not Myanmar, is due at 2026; the message says so and why.
    @Test func deviationThatCannotApplySaysWhy() throws {
        let rotation = try Rotation(members: Self.aseanEleven)
        do {
            _ = try rotation.turns(anchor: .init(cycle: 2010, chair: "VN"), from: 2010, through: 2027, deviations: Self.aseanDeviations)
            Issue.record("expected a problem")
        } catch {
            let text = error.description
            #expect(text.hasPrefix("'MM skips its turn at 2026' cannot apply: MY is due at 2026, not MM: "), "\(text)")
            #expect(text.contains("Timor-Leste is in the rotation from 2010"))
            #expect(text.contains("it chaired 2020, though it joined ASEAN on 2025-10-26"))
        }
    }

    @Test func skipOfAMemberNotDueIsRefused() throws {
        #expect(throws: Rotation.Problem.self) {
            try Rotation(members: Self.aseanTen).turns(anchorCycle: 21, anchorChair: "VN", count: 5, deviations: [.skip("MM", cycle: 22)])
        }
    }

    @Test func swapOfMembersNotDueIsRefused() throws {
        do {
            _ = try Rotation(members: Self.aseanTen).turns(anchorCycle: 21, anchorChair: "VN", count: 5, deviations: [.swap("LA", "MY", cycle: 22)])
            Issue.record("expected a problem")
        } catch {
            #expect(error.description.hasPrefix("'LA and MY swap turns from 22' cannot apply: BN is due at 22, neither LA nor MY"))
        }
    }

    @Test func anchorContradictingASkipIsRefused() throws {
        #expect(throws: Rotation.Problem.anchorContradicts(.init(cycle: 2026, chair: "MM"), [.skip("MM", cycle: 2026)])) {
            try Rotation(members: Self.aseanTen).turns(anchor: .init(cycle: 2026, chair: "MM"), from: 2026, through: 2027, deviations: [.skip("MM", cycle: 2026)])
        }
    }

    /// A swap declared only at its second half, after the anchor, gives two
    /// members two turns close together: said, not silent.
    @Test func halfASwapIsWarned() throws {
        let rotation = try Rotation(members: ASEANMembership.rotationMembers, dates: .calendarYears)
        let turns = try rotation.turns(anchor: .init(cycle: 2015, chair: "MY"), from: 2014, through: 2027, deviations: [.swap("LA", "MM", cycle: 2016)])
        let warnings = rotation.closeRepeats(in: turns)
        #expect(warnings.count == 2)
        #expect(warnings.first?.hasPrefix("LA chairs 2014 and 2016") == true)
        let held = try KnownRotation.asean.rotation.turns(from: 2010, through: 2027)
        #expect(try KnownRotation.asean.rotation.rotation().closeRepeats(in: held).isEmpty)
    }

    @Test func cycleDatesCountTermsFromAKnownStart() {
        let dates = CycleDates(cycle: 22, start: Day(year: 2022, month: 8, day: 5)!, years: 2)
        #expect(dates.start(of: 24) == Day(year: 2026, month: 8, day: 5)!)
        #expect(dates.end(of: 23) == Day(year: 2026, month: 8, day: 4)!)
        #expect(dates.cycle(on: Day(year: 2025, month: 10, day: 26)!) == 23)
        #expect(dates.cycle(on: Day(year: 2020, month: 8, day: 5)!) == 21)
        #expect(CycleDates.calendarYears.cycle(on: Day(year: 2026, month: 12, day: 31)!) == 2026)
    }
}
