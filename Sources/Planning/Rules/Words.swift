/// Small helpers for the rules' sentences.
enum Words {
    /// "a, b and c".
    static func list(_ items: [String], conjunction: String = "and") -> String {
        switch items.count {
        case 0: ""
        case 1: items[0]
        default: items.dropLast().joined(separator: ", ") + " \(conjunction) " + (items.last ?? "")
        }
    }

    /// "1 day", "3 days".
    static func days(_ count: Int) -> String { "\(count) day\(count == 1 ? "" : "s")" }
}
