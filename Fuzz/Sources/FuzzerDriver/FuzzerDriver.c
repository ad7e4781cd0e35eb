// The declaration in include/FuzzerDriver.h is all this target provides;
// libFuzzer itself is linked by `-sanitize=fuzzer`. SwiftPM needs one source.
#include "FuzzerDriver.h"
