import Foundation
import Calendars
import Scenarios

/// The places meetings happen, for travel: one site per city, and one for
/// every virtual venue together (no one travels to a video call).
package struct Sites {
    /// Site names ("bandar-seri-begawan", "online").
    package let names: [String]
    /// The site of each venue, in scenario order.
    package let siteOfVenue: [VenueID: Int]
    /// Travel minutes between sites.
    package let travelMinutes: [[Int]]

    package init(venues: [Venue]) {
        var names: [String] = []
        var coordinates: [(Double, Double)?] = []
        var countries: [CountryCode?] = []
        var siteOfVenue: [VenueID: Int] = [:]
        for venue in venues {
            let name = venue.isVirtual ? "online" : Self.slug(venue.city ?? venue.country.rawValue)
            if let index = names.firstIndex(of: name) {
                siteOfVenue[venue.id] = index
                continue
            }
            names.append(name)
            siteOfVenue[venue.id] = names.count - 1
            countries.append(venue.isVirtual ? nil : venue.country)
            if venue.isVirtual {
                coordinates.append(nil)
            } else if let latitude = venue.latitude, let longitude = venue.longitude {
                coordinates.append((latitude, longitude))
            } else {
                let capital = Countries.named(venue.country)
                coordinates.append(capital.map { ($0.latitude, $0.longitude) })
            }
        }
        var travel = Array(repeating: Array(repeating: 0, count: names.count), count: names.count)
        for a in names.indices {
            for b in names.indices where a != b {
                guard let from = coordinates[a], let to = coordinates[b] else { continue }
                travel[a][b] = TravelTime.minutes(from: from, to: to, sameCountry: countries[a] == countries[b])
            }
        }
        self.names = names
        self.siteOfVenue = siteOfVenue
        self.travelMinutes = travel
    }

    /// A lowercase ASCII name for a city, for the model's site list.
    static func slug(_ text: String) -> String {
        let folded = text.lowercased().unicodeScalars.map { scalar -> String in
            scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) ? String(scalar) : "-"
        }.joined()
        return folded.split(separator: "-").joined(separator: "-")
    }
}

/// The time a delegation needs between meetings in two cities: two hours at
/// each end (to the airport, security, to the hotel), the flight at 800 km/h
/// over the great-circle distance, rounded up to the half hour; at least
/// three hours between two cities of one country.
public enum TravelTime {
    public static func minutes(from: (Double, Double), to: (Double, Double), sameCountry: Bool) -> Int {
        let kilometres = greatCircleKilometres(from, to)
        let raw = 240 + kilometres / 800 * 60
        let rounded = Int((raw / 30).rounded(.up)) * 30
        return sameCountry ? max(180, rounded) : rounded
    }

    static func greatCircleKilometres(_ a: (Double, Double), _ b: (Double, Double)) -> Double {
        let radians = Double.pi / 180
        let (lat1, lon1, lat2, lon2) = (a.0 * radians, a.1 * radians, b.0 * radians, b.1 * radians)
        let h = pow2(sin((lat2 - lat1) / 2)) + cos(lat1) * cos(lat2) * pow2(sin((lon2 - lon1) / 2))
        return 2 * 6371 * asin(min(1, h.squareRoot()))
    }

    private static func pow2(_ x: Double) -> Double { x * x }
}
