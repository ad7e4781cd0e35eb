import Scenarios

/// libFuzzer's per-input callback: scenario text through decoding, validation and
/// the rendering of every diagnostic, as `convene validate` does. Input
/// that is not UTF-8 is skipped, because the CLI refuses it before the
/// loader sees it. Any trap, sanitizer report or timeout is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzScenario(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data, let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else {
        return 0
    }
    let file = "fuzz.yaml"
    let result = ScenarioLoader().load(text: text, file: file)
    _ = DiagnosticRenderer(sources: [file: text]).render(result.diagnostics)
    if result.scenario == nil, result.errors.isEmpty {
        fatalError("a scenario was refused without an error")
    }
    return 0
}
