import Calendars
import Testing
@testable import Planning

@Suite struct RotationTests {
    static let aseanTen: [CountryCode] = ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN"]

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

    @Test func timorLesteTakesItsAlphabeticalPlace() throws {
        let members = Self.aseanTen + ["TL"]
        let turns = try Rotation(members: members).turns(anchorCycle: 30, anchorChair: "TH", count: 3)
        #expect(turns.map(\.chair) == ["TH", "TL", "VN"])
    }

    /// The ASEAN chairs 2015–2026 as held (FACTS.md), from an anchor and the
    /// declared deviations: Indonesia and Brunei swapped 2011/2013, Myanmar
    /// and Lao PDR 2014/2016, Myanmar skipped 2026.
    @Test func aseanChairs2015To2026() throws {
        let turns = try Rotation(members: Self.aseanTen).turns(
            anchorCycle: 2010, anchorChair: "VN", count: 18,
            deviations: [.swap("BN", "ID", cycle: 2011), .swap("LA", "MM", cycle: 2014), .skip("MM", cycle: 2026)])
        let held = Dictionary(uniqueKeysWithValues: turns.map { ($0.cycle, $0.chair.rawValue) })
        let expected: [Int: String] = [
            2011: "ID", 2013: "BN", 2014: "MM",
            2015: "MY", 2016: "LA", 2017: "PH", 2018: "SG", 2019: "TH", 2020: "VN",
            2021: "BN", 2022: "KH", 2023: "ID", 2024: "LA", 2025: "MY", 2026: "PH", 2027: "SG",
        ]
        for (year, chair) in expected { #expect(held[year] == chair, "chair of \(year)") }
    }

    @Test func skipOfAMemberNotDueIsRefused() throws {
        #expect(throws: Rotation.Problem.self) {
            try Rotation(members: Self.aseanTen).turns(anchorCycle: 21, anchorChair: "VN", count: 5, deviations: [.skip("MM", cycle: 22)])
        }
    }
}
