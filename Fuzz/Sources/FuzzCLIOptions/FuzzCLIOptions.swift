import ArgumentParser
import ConveneCLI
import Foundation

/// libFuzzer's per-input callback: the input, split at NUL or line feed,
/// is a command line for `convene`. Every subcommand's options are parsed
/// and validated (`parseAsRoot`, as the executable does), and the commands
/// that only compute and print (`rotation`, `holidays`, `zones`) are run,
/// so that numbers given on the command line reach the arithmetic they
/// feed. Law: parsing either succeeds or throws an error that maps to an
/// exit code of 0 (help), 64 or 65; any trap or sanitizer report is a bug.
/// Commands that read or write files are parsed and validated only.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCLIOptions(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, size <= 4096 else { return 0 }
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let arguments = bytes.split(omittingEmptySubsequences: false, whereSeparator: { $0 == 0 || $0 == 10 })
        .map { String(decoding: $0, as: UTF8.self) }
    guard arguments.count <= 24 else { return 0 }
    let command: ParsableCommand
    do {
        command = try ConveneCommand.parseAsRoot(arguments)
    } catch {
        let code = ConveneCommand.exitCode(for: error).rawValue
        if ![0, 64, 65].contains(code) { fatalError("parsing \(arguments) gave exit code \(code)") }
        return 0
    }
    let name = type(of: command).configuration.commandName ?? ""
    guard ["rotation", "holidays", "zones"].contains(name) else { return 0 }
    do {
        var runnable = command
        try runnable.run()
    } catch {
        let code = ConveneCommand.exitCode(for: error).rawValue
        if ![0, 1, 64, 65].contains(code) { fatalError("running \(arguments) gave exit code \(code)") }
    }
    return 0
}
