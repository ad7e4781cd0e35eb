import FuzzerDriver
import Foundation

// libFuzzer runs the loop, reading its options (-runs, -max_total_time, a
// corpus folder, ...) from the command line.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput))
