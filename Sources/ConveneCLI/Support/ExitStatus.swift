import ArgumentParser

/// The exit codes of DESIGN.md (BSD sysexits), in one place.
enum ExitStatus {
    /// An infeasible plan, or hard conflicts found by `check`.
    static let conflicts = ExitCode(1)
    /// A bad command line (ArgumentParser's own for validation errors).
    static let usage = ExitCode(64)
    /// Bad input data; the message names file, line and column.
    static let dataError = ExitCode(65)
    /// An input file is missing.
    static let noInput = ExitCode(66)
    /// An output file cannot be created.
    static let cannotCreate = ExitCode(73)
    /// Reading or writing failed part way.
    static let ioError = ExitCode(74)
}
