import ArgumentParser

/// `convene export FORMAT PLAN`: turns a plan into what people use. Only
/// formats that work are listed (iCalendar for now; agendas come with the
/// agenda module).
public struct ExportCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a plan: iCalendar for the whole plan or one delegation.",
        subcommands: [ExportICSCommand.self]
    )

    public init() {}
}
