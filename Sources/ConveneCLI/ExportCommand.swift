import ArgumentParser

/// `convene export KIND PLAN`: turns a plan into what people use:
/// iCalendar files for calendar programs, agendas for the meeting room.
public struct ExportCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a plan: iCalendar, a meeting's agenda, the run-up's deadlines, the overview page, the calendar of meetings, or the changes since an earlier plan.",
        subcommands: [
            ExportICSCommand.self, ExportAgendaCommand.self, ExportRunupCommand.self, ExportOverviewCommand.self,
            ExportTableCommand.self, ExportChangesCommand.self,
        ]
    )

    public init() {}
}
