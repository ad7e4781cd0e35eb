import Testing
@testable import Calendars

/// Weekends: CLDR's week data through ICU, with overrides where government
/// practice differs.
struct WeekendTests {
    @Test func bruneiRestsOnFridayAndSunday() throws {
        let brunei = try #require(Countries.named("BN"))
        #expect(Weekends.of(brunei) == [.friday, .sunday])
        // CLDR itself says Saturday and Sunday: the override is what differs.
        #expect(try ICU.weekend(region: "BN") == [.saturday, .sunday])
    }

    @Test func indiaCentralGovernmentWorksFiveDays() throws {
        let india = try #require(Countries.named("IN"))
        #expect(try ICU.weekend(region: "IN") == [.sunday])
        #expect(Weekends.of(india) == [.saturday, .sunday])
    }

    @Test func everyOtherCountryTakesCLDRsWeekend() throws {
        for country in Countries.all where country.weekendOverride == nil {
            #expect(Weekends.of(country) == (try ICU.weekend(region: country.code.rawValue)), "\(country.code)")
            #expect(Weekends.of(country) == [.saturday, .sunday], "\(country.code)")
        }
    }

    @Test func everyOverrideSaysWhy() {
        for country in Countries.all where country.weekendOverride != nil {
            #expect(country.weekendNote?.isEmpty == false, "\(country.code)")
        }
    }

    /// Brunei's day in lieu of a Friday holiday is the Saturday after.
    @Test func bruneiFridayHolidayMovesToSaturday() throws {
        let holidays = try Holidays.of("BN", year: 2024)
        #expect(holidays.contains { $0.date == HolidayTestSupport.day("2024-02-24") && $0.name.hasPrefix("National Day") })
    }
}
