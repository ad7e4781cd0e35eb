import ArgumentParser
import Foundation
import Overview

/// `convene export table PLAN`: the calendar of meetings as secretariats
/// circulate it.
public struct ExportTableCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "table",
        abstract: "Write the calendar of meetings: one row per meeting, by date (CSV, Markdown or HTML).",
        discussion: """
        Columns: dates, meeting, body and cycle, chair, venue and city, local time with its UTC offset, attendees. \
        CSV follows RFC 4180 (CRLF, quoted fields) in UTF-8 with a byte order mark, and opens as is in \
        LibreOffice and Excel. Exit status: 0 written, 64 bad command line, 65 bad plan, 66 missing file, \
        73/74 cannot write.
        """
    )

    @Argument(help: "The plan (plan.json written by 'convene plan').")
    var plan: String

    @Option(help: "csv, md or html.")
    var format: MeetingTable.Format = .csv

    @Option(name: .shortAndLong, help: "Output file (default: standard output).")
    var output: String?

    public init() {}

    public func run() throws {
        let table = MeetingTable(plan: try PlanInput.load(plan))
        let data = try table.render(format)
        if let output {
            var files = OutputFiles()
            files.add(output, data)
            try files.commit()
        } else {
            FileHandle.standardOutput.write(data)
        }
    }
}

extension MeetingTable.Format: ExpressibleByArgument {}
