/// The one rule for turning data (a meeting or delegation id) into a file
/// name: the scenario's identifier rule (1 to 64 ASCII letters, digits, `-`
/// and `_`, starting with a letter or digit). Validation refuses anything
/// else already; this is the last guard where names are made, so that no
/// path from data to a file name (a plan edited by hand and read back, a
/// new writer) can produce `..`, a slash or a control character.
enum SafeFileName {
    static func isSafe(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.unicodeScalars.count <= 64, first != "-", first != "_" else { return false }
        return name.unicodeScalars.allSatisfy { scalar in
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
        }
    }

    /// `id.suffix` when the id is safe; otherwise every other character is
    /// replaced by `_` (and a leading one prefixed), so the name stays in
    /// its folder.
    static func make(_ id: String, extension suffix: String) -> String {
        if isSafe(id) { return id + "." + suffix }
        var name = ""
        for scalar in id.unicodeScalars.prefix(64) {
            let keep = ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_"
            name.unicodeScalars.append(keep ? scalar : "_")
        }
        if name.first == "-" || name.first == "_" || name.isEmpty { name = "x" + name }
        return name + "." + suffix
    }
}
