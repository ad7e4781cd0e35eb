/// The one rule for turning data (a meeting or delegation id) into a file
/// name: the scenario's identifier rule (1 to 64 ASCII letters, digits, `-`
/// and `_`, starting with a letter or digit), checked again where the name
/// is made. Validation refuses anything else already; this is the last
/// guard, so that no future path from data to a file name (a plan read
/// back, a new writer) can produce `..`, a slash or a control character.
enum SafeFileName {
    static func isSafe(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.unicodeScalars.count <= 64, first != "-", first != "_" else { return false }
        return name.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
        }
    }
}
