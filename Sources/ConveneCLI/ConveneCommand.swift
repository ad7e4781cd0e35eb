import ArgumentParser

/// The root command: `convene SUBCOMMAND`. Only commands that work are listed.
public struct ConveneCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "convene",
        abstract: "Plan the meeting cycle of a body whose chair rotates among its members.",
        discussion: "Exit status: 0 done, 1 infeasible or conflicts, 64 bad command line, 65 bad input data, 66 input missing, 73 cannot create output, 74 I/O error.",
        subcommands: [PlanCommand.self, CheckCommand.self, ValidateCommand.self, ExportCommand.self, PublishCommand.self, ZonesCommand.self,
                      HolidaysCommand.self, RotationCommand.self, GenerateCommand.self, BenchCommand.self]
    )

    public init() {}
}
