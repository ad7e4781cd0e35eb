import Foundation

/// The official holiday tables shipped with Convene, one file per country
/// in `HolidayTables/` (a SwiftPM resource of this target, so `swift run`,
/// `.build/debug/convene` from any directory and the tests all find it),
/// read once and kept.
enum HolidayTables {
    /// The rows of `code`'s table; none when the country has no file.
    static func rows(for code: CountryCode) throws(CalendarError) -> [HolidayTable.Row] {
        try cache.value(for: code) { () throws(CalendarError) in
            guard let url = Bundle.module.url(forResource: code.rawValue, withExtension: "txt",
                                              subdirectory: "HolidayTables") else { return [] }
            let file = "HolidayTables/\(code.rawValue).txt"
            let text: String
            do {
                text = try String(contentsOf: url, encoding: .utf8)
            } catch {
                throw .badTable(HolidayTableError(file: file, line: 1, column: 1, message: "cannot read the table: \(error)",
                                                  sourceLine: ""))
            }
            do throws(HolidayTableError) {
                return try HolidayTable(text: text, file: file).rows
            } catch {
                throw .badTable(error)
            }
        }
    }

    /// The countries that have a table file.
    static var countries: [CountryCode] {
        guard let folder = Bundle.module.resourceURL?.appendingPathComponent("HolidayTables"),
              let names = try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return names.filter { $0.pathExtension == "txt" }.map { CountryCode($0.deletingPathExtension().lastPathComponent) }.sorted()
    }

    private static let cache = LockedCache<CountryCode, [HolidayTable.Row]>()
}
