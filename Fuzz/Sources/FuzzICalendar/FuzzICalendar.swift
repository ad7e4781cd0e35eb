import ICalendar

/// libFuzzer's per-input callback: bytes through `ICalendarParser`, then every typed
/// accessor and a bounded recurrence expansion on what parsed, then the
/// writer and the parser again (what the writer accepts must parse back).
/// Errors must be `ICalendarError`s whose line lies inside the input; any
/// trap, sanitizer report or timeout is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzICalendar(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let physicalLines = bytes.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    let components: [Component]
    do {
        components = try ICalendarParser().parse(bytes: bytes)
    } catch {
        if let line = error.line, !(1...physicalLines).contains(line) {
            fatalError("error line \(line) outside the input's \(physicalLines) lines: \(error)")
        }
        return 0
    }
    for component in components { exercise(component) }
    if let written = try? ICalendarWriter.write(components) {
        do {
            _ = try ICalendarParser().parse(written)
        } catch {
            fatalError("the writer's output does not parse: \(error)")
        }
    }
    return 0
}

/// Reads every typed value a property may hold and expands events, the way
/// a consumer of a parsed feed would.
private func exercise(_ component: Component) {
    for property in component.properties {
        _ = try? property.dateOrDateTimeValue()
        _ = try? property.durationValue()
        _ = try? property.utcOffsetValue()
        _ = try? property.recurrenceRuleValue()
        _ = try? property.recurrenceDatesValue()
        _ = try? property.geoValue()
    }
    if let calendar = VCalendar(component) {
        let resolver = calendar.resolver()
        for event in calendar.events {
            if case .dateTime(let start)? = try? event.start() {
                _ = try? resolver.utcSeconds(for: start)
            }
            _ = try? event.occurrences(through: .date(ICalDate(daysSince1970: 25_000)), maxOccurrences: 100)
        }
    }
    for child in component.components { exercise(child) }
}
