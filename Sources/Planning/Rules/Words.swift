import Scenarios

/// Small helpers for the rules' sentences.
package enum Words {
    /// "a, b and c".
    package static func list(_ items: [String], conjunction: String = "and") -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " \(conjunction) " + (items.last ?? "")
        }
    }

    /// "1 day", "3 days".
    package static func days(_ count: Int) -> String { "\(count) day\(count == 1 ? "" : "s")" }
}
