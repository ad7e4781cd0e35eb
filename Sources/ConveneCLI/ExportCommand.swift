import ArgumentParser

/// `convene export KIND PLAN`: turns a plan into what people use:
/// iCalendar files for calendar programs, agendas for the meeting room.
public struct ExportCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a plan: iCalendar for the whole plan or one delegation, a meeting's agenda, or the run-up's deadlines.",
        subcommands: [ExportICSCommand.self, ExportAgendaCommand.self, ExportRunupCommand.self]
    )

    public init() {}
}
