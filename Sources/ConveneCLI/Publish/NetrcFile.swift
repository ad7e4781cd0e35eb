/// Credentials from a netrc file, read as curl and git read `~/.netrc`:
/// `machine HOST login NAME password SECRET` entries, a `default` entry
/// for any other host, tokens separated by any white space, `#` comments
/// to the end of the line. `macdef` bodies are skipped. Pure: the caller
/// reads the file.
struct NetrcFile: Sendable {
    /// A login and password, never printed.
    struct Credentials: Sendable, Equatable, CustomStringConvertible {
        let login: String
        let password: String
        /// Keeps the password out of any message or log.
        var description: String { "\(login) (password hidden)" }
    }

    private var machines: [(host: String, credentials: Credentials)] = []
    private var fallback: Credentials?

    init(text: String) {
        var tokens: [String] = []
        var skippingMacro = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if skippingMacro {
                // A macro runs to the next empty line.
                if line.trimmingCharacters(in: .whitespaces).isEmpty { skippingMacro = false }
                continue
            }
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let words = content.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" }).map(String.init)
            if let index = words.firstIndex(of: "macdef") {
                tokens += words[..<index]
                skippingMacro = true
                continue
            }
            tokens += words
        }
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard token == "machine" || token == "default" else { index += 1; continue }
            var host: String?
            index += 1
            if token == "machine", index < tokens.count {
                host = tokens[index]
                index += 1
            }
            var login = "", password = ""
            while index < tokens.count, tokens[index] != "machine", tokens[index] != "default" {
                let key = tokens[index]
                let value = index + 1 < tokens.count ? tokens[index + 1] : ""
                switch key {
                case "login": login = value
                case "password": password = value
                default: break
                }
                index += 2
            }
            let credentials = Credentials(login: login, password: password)
            if let host { machines.append((host.lowercased(), credentials)) } else if fallback == nil { fallback = credentials }
        }
    }

    /// The first entry for `host` (case-insensitive), else the default entry.
    func credentials(forHost host: String) -> Credentials? {
        machines.first { $0.host == host.lowercased() }?.credentials ?? fallback
    }
}
