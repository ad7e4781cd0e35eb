import Planning
import Scenarios

/// libFuzzer's per-input callback: scenario text that loads without error
/// goes on to `ModelBuilder`, which turns its numbers (days, gaps, hours,
/// rooms, dates) into day and minute arithmetic. The loader must refuse
/// every value that the builder cannot handle; a trap there (an overflow,
/// an index out of range), a sanitizer report or a timeout is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzModel(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self),
          let scenario = ScenarioLoader().load(text: text, file: "fuzz.yaml").scenario else {
        return 0
    }
    _ = try? ModelBuilder(scenario: scenario).build()
    return 0
}
