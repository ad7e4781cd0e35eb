// CICU: the few ICU services Convene needs, behind plain C functions.
//
// Swift cannot import ICU's own headers (every symbol is renamed by a
// version macro, and they clash with the ICU copy inside Foundation), so
// this header declares only C types. Every function returns 0 on success
// and a negative value on failure, writing ICU's error name into `error`
// (a buffer of `errorCapacity` bytes) so that Swift can throw it.

#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Fields of a date in a non-Gregorian ICU calendar. `month` counts from 1
/// (ICU counts from 0); `isLeapMonth` is 1 for an intercalary month of a
/// lunisolar calendar.
typedef struct {
    int32_t era;
    int32_t year;
    int32_t month;
    int32_t isLeapMonth;
    int32_t day;
} CICUCalendarDate;

/// The tz database version ICU was built with, e.g. "2022e".
int32_t cicu_tz_version(char *buffer, int32_t capacity, char *error, int32_t errorCapacity);

/// The ICU version string, e.g. "72.1".
int32_t cicu_icu_version(char *buffer, int32_t capacity);

/// Converts a Gregorian date to the ICU calendar named `calendar`
/// ("chinese", "dangi", "islamic-umalqura", "islamic-civil", "buddhist",
/// "indian", ...; "dangi" is refused before ICU 75, see CICU.cpp). The day is taken at noon UTC, so the calendar's own
/// zone rules decide it (ICU's Chinese calendar computes in UTC+8).
int32_t cicu_from_gregorian(const char *calendar, int32_t year, int32_t month, int32_t day,
                            CICUCalendarDate *out, char *error, int32_t errorCapacity);

/// Converts a date of the ICU calendar `calendar` back to Gregorian. Fails
/// when the fields do not name a real day (ICU would silently roll them).
int32_t cicu_to_gregorian(const char *calendar, const CICUCalendarDate *date,
                          int32_t *year, int32_t *month, int32_t *day,
                          char *error, int32_t errorCapacity);

/// The weekend of a region (ISO 3166 code) from CLDR week data: bit n-1 is
/// set when weekday n (1 = Sunday ... 7 = Saturday) is a weekend day.
int32_t cicu_weekend_mask(const char *region, int32_t *mask, char *error, int32_t errorCapacity);

/// Whether `zoneID` is a zone ICU knows (canonical or alias), 1 or 0.
int32_t cicu_is_known_zone(const char *zoneID);

/// The VTIMEZONE component for `zoneID` with rules from `fromUnixSeconds`
/// on, written by icu::VTimeZone (RFC 5545 text, CRLF line ends). Returns the
/// number of bytes needed; when that is at least `capacity`, call again with
/// a larger buffer.
int32_t cicu_vtimezone(const char *zoneID, double fromUnixSeconds, char *buffer, int32_t capacity,
                       char *error, int32_t errorCapacity);

/// The offset from UTC in seconds of `zoneID` at the instant `unixSeconds`.
int32_t cicu_zone_offset(const char *zoneID, double unixSeconds, int32_t *offsetSeconds,
                         char *error, int32_t errorCapacity);

/// Compares two UTF-8 strings with the collator of `locale` ("en" for the
/// ASEAN English names). `result` is -1, 0 or 1.
int32_t cicu_collate(const char *locale, const char *a, const char *b, int32_t *result,
                     char *error, int32_t errorCapacity);

/// Formats the instant `unixSeconds` in `zoneID` with a CLDR skeleton
/// ("yMMMMEEEEd", "Hm", ...) for `locale`, writing UTF-8. Returns the byte
/// length needed, like cicu_vtimezone.
int32_t cicu_format(const char *locale, const char *skeleton, const char *zoneID, double unixSeconds,
                    char *buffer, int32_t capacity, char *error, int32_t errorCapacity);

/// The name of `region` (ISO 3166 code, "BN") in `locale`'s language, from
/// CLDR's display names ("Brunei" in en, "ព្រុយណេ" in km). UTF-8; returns
/// the byte length needed, like cicu_vtimezone.
int32_t cicu_region_name(const char *locale, const char *region, char *buffer, int32_t capacity,
                         char *error, int32_t errorCapacity);

/// A name of `zoneID` in `locale` at `unixSeconds`: `exemplarCity` 0 gives
/// the generic location format ("Giờ Việt Nam", CLDR pattern VVVV), 1 the
/// exemplar city ("TP Hồ Chí Minh", VVV). Never the IANA id itself unless
/// CLDR has nothing better. UTF-8, like cicu_vtimezone.
int32_t cicu_zone_name(const char *locale, const char *zoneID, int32_t exemplarCity, double unixSeconds,
                       char *buffer, int32_t capacity, char *error, int32_t errorCapacity);

#ifdef __cplusplus
}
#endif

#endif
