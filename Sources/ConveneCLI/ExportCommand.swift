import ArgumentParser

/// `convene export KIND PLAN`: writes a plan in another form.
public struct ExportCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a plan's meetings in another form (agendas).",
        subcommands: [ExportAgendaCommand.self]
    )

    public init() {}
}
