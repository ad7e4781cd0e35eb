// Present only so that SwiftPM finds ICU through pkg-config and can name the
// package to install when it is missing. Nothing imports this module.
#include <unicode/uversion.h>
