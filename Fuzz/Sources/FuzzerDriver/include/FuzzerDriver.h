#ifndef CONVENE_FUZZER_DRIVER_H
#define CONVENE_FUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// The fuzz callback. Each fuzz target defines it in Swift with
/// `@_cdecl("LLVMFuzzerTestOneInput")`; declaring it here lets main.swift
/// pass that one C symbol to the driver (referring to the Swift function
/// instead would emit a second copy of the C thunk).
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/// libFuzzer's documented entry for programs that keep their own `main`
/// (https://llvm.org/docs/LibFuzzer.html, "Using libFuzzer as a library").
/// SwiftPM links every executable with `main` aliased to the module's own
/// entry point, so libFuzzer's `main` can never be the one that runs: each
/// fuzz target's main.swift calls this instead, with its command line.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
