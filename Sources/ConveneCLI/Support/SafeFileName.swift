/// A file name made from an id: letters, digits, `-` and `_` kept, anything
/// else (a `/`, a leading `.`) replaced by `_`, so an id can never reach
/// outside the folder it is written to. Scenario ids already pass
/// unchanged; plan files may be edited by hand.
enum SafeFileName {
    static func make(_ id: String, extension suffix: String) -> String {
        var name = ""
        for scalar in id.unicodeScalars {
            let keep = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-" || scalar == "_")
            name.unicodeScalars.append(keep ? scalar : "_")
        }
        return (name.isEmpty ? "_" : name) + "." + suffix
    }
}
