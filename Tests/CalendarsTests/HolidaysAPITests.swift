import Testing
@testable import Calendars

/// What every caller relies on: every supported country and year computes,
/// results are sorted and consistent, errors are typed.
struct HolidaysAPITests {
    typealias S = HolidayTestSupport

    @Test func everyCountryOfConveneHasRules() {
        #expect(Set(Holidays.supportedCountries) == Set(Countries.all.map(\.code)))
    }

    @Test(arguments: ["BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL",
                      "CN", "JP", "KR", "AU", "NZ", "IN", "CA", "US", "GB"])
    func everyYearComputesSortedAndConsistent(_ code: String) throws {
        let country = CountryCode(code)
        for year in stride(from: Holidays.supportedYears.lowerBound, through: Holidays.supportedYears.upperBound, by: 3) {
            let holidays = try Holidays.of(country, year: year)
            #expect(!holidays.isEmpty)
            #expect(holidays == holidays.sorted { ($0.date, $0.name) < ($1.date, $1.name) })
            for holiday in holidays {
                #expect(holiday.country == country && holiday.date.year == year)
                #expect(holiday.possibleDates.contains(holiday.date))
                #expect(holiday.isUncertain || holiday.possibleDates == [holiday.date])
            }
            #expect(Set(holidays.map { "\($0.date) \($0.name)" }).count == holidays.count)
        }
    }

    @Test func rangeQueriesCrossYears() throws {
        let range = try #require(DayRange(S.day("2023-12-20"), S.day("2024-01-05")))
        let holidays = try Holidays.of("SG", in: range)
        #expect(holidays.map(\.date) == [S.day("2023-12-25"), S.day("2024-01-01")])
    }

    @Test func errorsAreTyped() {
        #expect(throws: CalendarError.yearOutOfRange(1989, Holidays.supportedYears)) { try Holidays.of("VN", year: 1989) }
        #expect(throws: CalendarError.yearOutOfRange(2101, Holidays.supportedYears)) { try Holidays.of("VN", year: 2101) }
        #expect(throws: CalendarError.unknownCountry("FR")) { try Holidays.of("FR", year: 2024) }
    }

    @Test func holidaysEncodeAsCodable() throws {
        let holiday = try #require(try Holidays.of("VN", year: 2024).first)
        let data = try JSONEncoder().encode(holiday)
        #expect(try JSONDecoder().decode(Holiday.self, from: data) == holiday)
    }

    /// Concurrent callers share the cache safely and see the same answer.
    @Test func concurrentCallsAgree() async throws {
        let results = try await withThrowingTaskGroup(of: [Holiday].self) { group in
            for _ in 0..<8 { group.addTask { try Holidays.of("KR", year: 2077) } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(Set(results.map(\.count)).count == 1)
        #expect(results.allSatisfy { $0 == results[0] })
    }
}

import Foundation
