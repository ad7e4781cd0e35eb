/// One line saying what a run wrote: the files directly in the output
/// folder by name, the ones in subfolders counted.
enum WrittenFiles {
    static func summary(_ paths: [String], under folder: String) -> String {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        var names: [String] = []
        var counts: [(String, Int)] = []
        var outside: [String] = []
        for path in paths {
            guard path.hasPrefix(prefix) else {
                outside.append(path)
                continue
            }
            let rest = path.dropFirst(prefix.count)
            if let slash = rest.firstIndex(of: "/") {
                let sub = String(rest[..<slash]) + "/"
                if let index = counts.firstIndex(where: { $0.0 == sub }) { counts[index].1 += 1 } else { counts.append((sub, 1)) }
            } else {
                names.append(String(rest))
            }
        }
        let inside = names + counts.map { "\($0.0) (\($0.1) files)" }
        var parts: [String] = []
        if !inside.isEmpty { parts.append("\(prefix): \(inside.joined(separator: ", "))") }
        parts += outside
        return "wrote " + parts.joined(separator: "; ")
    }
}
