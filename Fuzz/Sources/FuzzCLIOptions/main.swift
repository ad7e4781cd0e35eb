import FuzzerDriver
import Foundation

// The commands print their results: keep the fuzzer's output readable.
dup2(open("/dev/null", O_WRONLY), STDOUT_FILENO)
// libFuzzer runs the loop, reading its options (-runs, -max_total_time, a
// corpus folder, ...) from the command line.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput))
