import Foundation

/// Where publishing finds its login: CONVENE_CALDAV_USER and
/// CONVENE_CALDAV_PASSWORD when both are set, else the netrc file (NETRC,
/// else ~/.netrc) entry for the server's host, as curl and git read it.
/// Never from the command line, never printed.
enum CalDAVCredentials {
    static func find(host: String, environment: [String: String] = ProcessInfo.processInfo.environment)
        -> NetrcFile.Credentials? {
        if let user = environment["CONVENE_CALDAV_USER"], let password = environment["CONVENE_CALDAV_PASSWORD"] {
            return NetrcFile.Credentials(login: user, password: password)
        }
        let path = environment["NETRC"]
            ?? ((environment["HOME"] ?? NSHomeDirectory()) as NSString).appendingPathComponent(".netrc")
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return NetrcFile(text: String(decoding: data, as: UTF8.self)).credentials(forHost: host)
    }
}
