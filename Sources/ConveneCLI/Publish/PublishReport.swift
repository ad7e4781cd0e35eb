/// What a publish run did, in order, for the terminal and the report file:
/// every collection made and every resource written, the count left
/// unchanged, and the failure that stopped the run, if any. Holds no
/// credentials.
struct PublishReport: Sendable {
    enum Action: String, Sendable {
        case madeCalendar = "made calendar"
        case created
        case updated
    }

    let server: String
    let dryRun: Bool
    private(set) var entries: [(action: Action, path: String)] = []
    var unchanged = 0
    var failure: String?

    init(server: String, dryRun: Bool) {
        self.server = server
        self.dryRun = dryRun
    }

    /// Records a step and prints it at once, so an interrupted run still
    /// shows what it did.
    mutating func record(_ action: Action, _ path: String) {
        entries.append((action, path))
        Console.out("\(dryRun ? "would be " : "")\(action.rawValue) \(path)")
    }

    func count(_ action: Action) -> Int { entries.filter { $0.action == action }.count }

    /// One line: what was (or would be) written.
    var summary: String {
        let verb = dryRun ? "would write" : (failure == nil ? "published" : "stopped after writing")
        return "\(verb): \(count(.madeCalendar)) calendars made, \(count(.created)) events created, "
            + "\(count(.updated)) updated, \(unchanged) unchanged"
            + (failure.map { "; failed: \($0)" } ?? "")
    }

    /// The report file: the server, each step, the summary.
    var text: String {
        var lines = ["server: \(server)", "dry run: \(dryRun ? "yes" : "no")"]
        lines += entries.map { "\($0.action.rawValue) \($0.path)" }
        lines.append(summary)
        return lines.joined(separator: "\n") + "\n"
    }
}
