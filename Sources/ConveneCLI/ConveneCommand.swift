import ArgumentParser
import Calendars

/// The root command: `convene SUBCOMMAND`.
public struct ConveneCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "convene",
        abstract: "Plan the meeting cycle of a body whose chair rotates among its members.",
        subcommands: [HolidaysCommand.self]
    )
    public init() {}
    public func run() throws {
        print(ICU.version, try ICU.tzDataVersion(), try ICU.sorted(["Viet Nam", "Brunei Darussalam", "Lao PDR", "Cambodia"]), try ICU.weekend(region: "BN"), try ICU.weekend(region: "AE"))
        print(try ICU.vtimezone(zone: "Australia/Sydney", from: 1_700_000_000))
    }
}
