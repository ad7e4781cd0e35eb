// The implementation of CICU.h over ICU's C++ API. Each entry point catches
// ICU's status codes and reports them through the caller's error buffer.

#include "CICU.h"

#include <unicode/calendar.h>
#include <unicode/coll.h>
#include <unicode/dtptngen.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>
#include <unicode/uvernum.h>
#include <unicode/uversion.h>
#include <unicode/vtzone.h>

#include <cstring>
#include <map>
#include <memory>
#include <string>

namespace {

constexpr double kMillisPerSecond = 1000.0;
constexpr double kMillisPerDay = 86400000.0;

void writeError(char *error, int32_t capacity, const char *message) {
    if (error == nullptr || capacity <= 0) return;
    std::strncpy(error, message, static_cast<size_t>(capacity - 1));
    error[capacity - 1] = '\0';
}

int32_t fail(char *error, int32_t capacity, UErrorCode status) {
    writeError(error, capacity, u_errorName(status));
    return -1;
}

int32_t fail(char *error, int32_t capacity, const char *message) {
    writeError(error, capacity, message);
    return -1;
}

/// Copies UTF-8 into the caller's buffer, returning the length needed.
int32_t copyOut(const std::string &text, char *buffer, int32_t capacity) {
    auto length = static_cast<int32_t>(text.size());
    if (buffer != nullptr && capacity > length) {
        std::memcpy(buffer, text.data(), text.size());
        buffer[length] = '\0';
    }
    return length;
}

/// Days from 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's
/// days_from_civil), so that conversions never depend on a zone.
int64_t daysFromCivil(int64_t y, int64_t m, int64_t d) {
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int64_t yoe = y - era * 400;
    const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

std::unique_ptr<icu::Calendar> makeCalendar(const char *calendar, UErrorCode &status) {
#if U_ICU_VERSION_MAJOR_NUM < 75
    // Before ICU 75, DangiCalendar and ChineseCalendar share one global cache
    // of new years and solstices although they reckon in different zones, so
    // using one corrupts the other (ICU-9972). Convene computes the Korean
    // calendar itself; refuse it here rather than poison `chinese`.
    if (std::strcmp(calendar, "dangi") == 0) {
        status = U_UNSUPPORTED_ERROR;
        return nullptr;
    }
#endif
    std::string localeID = std::string("en@calendar=") + calendar;
    icu::Locale locale(localeID.c_str());
    std::unique_ptr<icu::Calendar> cal(
        icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), locale, status));
    if (U_FAILURE(status)) return nullptr;
    // ICU falls back to Gregorian for an unknown calendar keyword; refuse that.
    if (std::strcmp(cal->getType(), calendar) != 0 &&
        !(std::strcmp(calendar, "gregorian") == 0)) {
        status = U_UNSUPPORTED_ERROR;
        return nullptr;
    }
    cal->setLenient(false);
    return cal;
}

/// One calendar per type and thread: creating an icu::Calendar costs far
/// more than a conversion (locale and data lookups), and a thread-local
/// copy needs no lock. Each caller resets the fields it uses (setTime or
/// clear), so no state leaks from one call to the next.
icu::Calendar *cachedCalendar(const char *calendar, UErrorCode &status) {
    thread_local std::map<std::string, std::unique_ptr<icu::Calendar>> cache;
    auto found = cache.find(calendar);
    if (found != cache.end()) return found->second.get();
    auto made = makeCalendar(calendar, status);
    if (!made) return nullptr;
    icu::Calendar *raw = made.get();
    cache.emplace(calendar, std::move(made));
    return raw;
}

/// A proleptic Gregorian calendar in GMT, one per thread, for reading
/// the Gregorian fields of an instant.
icu::GregorianCalendar *cachedGregorian(UErrorCode &status) {
    thread_local std::unique_ptr<icu::GregorianCalendar> gregorian;
    if (!gregorian) {
        auto made = std::make_unique<icu::GregorianCalendar>(*icu::TimeZone::getGMT(), status);
        if (U_FAILURE(status)) return nullptr;
        made->setGregorianChange(-1e300, status);  // proleptic, like the Swift side
        if (U_FAILURE(status)) return nullptr;
        gregorian = std::move(made);
    }
    return gregorian.get();
}

}  // namespace

extern "C" {

int32_t cicu_tz_version(char *buffer, int32_t capacity, char *error, int32_t errorCapacity) {
    UErrorCode status = U_ZERO_ERROR;
    const char *version = icu::TimeZone::getTZDataVersion(status);
    if (U_FAILURE(status)) return fail(error, errorCapacity, status);
    return copyOut(version, buffer, capacity);
}

int32_t cicu_icu_version(char *buffer, int32_t capacity) {
    UVersionInfo info;
    u_getVersion(info);
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(info, text);
    return copyOut(text, buffer, capacity);
}

int32_t cicu_from_gregorian(const char *calendar, int32_t year, int32_t month, int32_t day,
                            CICUCalendarDate *out, char *error, int32_t errorCapacity) {
    UErrorCode status = U_ZERO_ERROR;
    if (calendar == nullptr || out == nullptr) return fail(error, errorCapacity, "missing argument");
    icu::Calendar *cal = cachedCalendar(calendar, status);
    if (cal == nullptr) return fail(error, errorCapacity, status);
    const double noon = (static_cast<double>(daysFromCivil(year, month, day)) + 0.5) * kMillisPerDay;
    cal->setTime(noon, status);
    out->era = cal->get(UCAL_ERA, status);
    out->year = cal->get(UCAL_EXTENDED_YEAR, status);
    out->month = cal->get(UCAL_MONTH, status) + 1;
    out->isLeapMonth = cal->get(UCAL_IS_LEAP_MONTH, status);
    out->day = cal->get(UCAL_DATE, status);
    if (U_FAILURE(status)) return fail(error, errorCapacity, status);
    return 0;
}

int32_t cicu_to_gregorian(const char *calendar, const CICUCalendarDate *date,
                          int32_t *year, int32_t *month, int32_t *day,
                          char *error, int32_t errorCapacity) {
    UErrorCode status = U_ZERO_ERROR;
    if (calendar == nullptr || date == nullptr) return fail(error, errorCapacity, "missing argument");
    icu::Calendar *cal = cachedCalendar(calendar, status);
    if (cal == nullptr) return fail(error, errorCapacity, status);
    cal->clear();
    cal->set(UCAL_EXTENDED_YEAR, date->year);
    cal->set(UCAL_MONTH, date->month - 1);
    cal->set(UCAL_IS_LEAP_MONTH, date->isLeapMonth);
    cal->set(UCAL_DATE, date->day);
    cal->set(UCAL_HOUR_OF_DAY, 12);
    const UDate when = cal->getTime(status);
    if (U_FAILURE(status)) return fail(error, errorCapacity, status);
    // Read back: a non-lenient calendar may still accept a leap flag on a
    // month that has no leap, so compare the fields.
    if (cal->get(UCAL_EXTENDED_YEAR, status) != date->year ||
        cal->get(UCAL_MONTH, status) != date->month - 1 ||
        cal->get(UCAL_IS_LEAP_MONTH, status) != date->isLeapMonth ||
        cal->get(UCAL_DATE, status) != date->day) {
        return fail(error, errorCapacity, "no such day in this calendar");
    }
    icu::GregorianCalendar *gregorian = cachedGregorian(status);
    if (gregorian == nullptr) return fail(error, errorCapacity, status);
    gregorian->setTime(when, status);
    *year = gregorian->get(UCAL_EXTENDED_YEAR, status);
    *month = gregorian->get(UCAL_MONTH, status) + 1;
    *day = gregorian->get(UCAL_DATE, status);
    if (U_FAILURE(status)) return fail(error, errorCapacity, status);
    return 0;
}

int32_t cicu_weekend_mask(const char *region, int32_t *mask, char *error, int32_t errorCapacity) {
    UErrorCode status = U_ZERO_ERROR;
    std::string localeID = std::string("und_") + region;
    std::unique_ptr<icu::Calendar> cal(
        icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(), icu::Locale(localeID.c_str()), status));
    if (U_FAILURE(status)) return fail(error, errorCapacity, status);
    int32_t bits = 0;
    for (int weekday = UCAL_SUNDAY; weekday <= UCAL_SATURDAY; ++weekday) {
        UCalendarWeekdayType type = cal->getDayOfWeekType(static_cast<UCalendarDaysOfWeek>(weekday), status);
        if (type == UCAL_WEEKEND) bits |= 1 << (weekday - 1);
    }
    if (U_FAILURE(status)) return fail(error, errorCapacity, status);
    *mask = bits;
    return 0;
}

int32_t cicu_is_known_zone(const char *zoneID) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString canonical;
    UBool isSystem = false;
    icu::TimeZone::getCanonicalID(icu::UnicodeString::fromUTF8(zoneID), canonical, isSystem, status);
    return U_SUCCESS(status) && isSystem ? 1 : 0;
}

int32_t cicu_vtimezone(const char *zoneID, double fromUnixSeconds, char *buffer, int32_t capacity,
                       char *error, int32_t errorCapacity) {
    if (!cicu_is_known_zone(zoneID)) return fail(error, errorCapacity, "unknown time zone");
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::VTimeZone> zone(icu::VTimeZone::createVTimeZoneByID(icu::UnicodeString::fromUTF8(zoneID)));
    if (!zone) return fail(error, errorCapacity, "unknown time zone");
    icu::UnicodeString text;
    zone->write(fromUnixSeconds * kMillisPerSecond, text, status);
    if (U_FAILURE(status)) return fail(error, errorCapacity, status);
    std::string utf8;
    text.toUTF8String(utf8);
    return copyOut(utf8, buffer, capacity);
}

int32_t cicu_zone_offset(const char *zoneID, double unixSeconds, int32_t *offsetSeconds,
                         char *error, int32_t errorCapacity) {
    if (!cicu_is_known_zone(zoneID)) return fail(error, errorCapacity, "unknown time zone");
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::TimeZone> zone(icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(zoneID)));
    int32_t raw = 0, dst = 0;
    zone->getOffset(unixSeconds * kMillisPerSecond, false, raw, dst, status);
    if (U_FAILURE(status)) return fail(error, errorCapacity, status);
    *offsetSeconds = (raw + dst) / 1000;
    return 0;
}

int32_t cicu_collate(const char *locale, const char *a, const char *b, int32_t *result,
                     char *error, int32_t errorCapacity) {
    UErrorCode status = U_ZERO_ERROR;
    // Opening a collator loads rule tables: keep one per locale and thread,
    // since sorting asks for many comparisons in a row.
    thread_local std::map<std::string, std::unique_ptr<icu::Collator>> collators;
    auto &collator = collators[locale];
    if (!collator) {
        collator.reset(icu::Collator::createInstance(icu::Locale(locale), status));
        if (U_FAILURE(status)) {
            collator.reset();
            return fail(error, errorCapacity, status);
        }
    }
    UCollationResult order = collator->compareUTF8(a, b, status);
    if (U_FAILURE(status)) return fail(error, errorCapacity, status);
    *result = order == UCOL_LESS ? -1 : (order == UCOL_GREATER ? 1 : 0);
    return 0;
}

int32_t cicu_format(const char *locale, const char *skeleton, const char *zoneID, double unixSeconds,
                    char *buffer, int32_t capacity, char *error, int32_t errorCapacity) {
    if (!cicu_is_known_zone(zoneID)) return fail(error, errorCapacity, "unknown time zone");
    // Building a pattern generator and a formatter loads locale data: keep
    // one formatter per locale, skeleton and zone, per thread.
    thread_local std::map<std::string, std::unique_ptr<icu::SimpleDateFormat>> formats;
    std::string key = std::string(locale) + '\x1f' + skeleton + '\x1f' + zoneID;
    auto &cached = formats[key];
    if (!cached) {
        UErrorCode status = U_ZERO_ERROR;
        icu::Locale loc(locale);
        std::unique_ptr<icu::DateTimePatternGenerator> generator(
            icu::DateTimePatternGenerator::createInstance(loc, status));
        if (U_FAILURE(status)) return fail(error, errorCapacity, status);
        icu::UnicodeString pattern = generator->getBestPattern(icu::UnicodeString::fromUTF8(skeleton), status);
        if (U_FAILURE(status)) return fail(error, errorCapacity, status);
        auto made = std::make_unique<icu::SimpleDateFormat>(pattern, loc, status);
        if (U_FAILURE(status)) return fail(error, errorCapacity, status);
        made->adoptTimeZone(icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(zoneID)));
        cached = std::move(made);
    }
    icu::SimpleDateFormat &format = *cached;
    icu::UnicodeString text;
    format.format(unixSeconds * kMillisPerSecond, text);
    std::string utf8;
    text.toUTF8String(utf8);
    return copyOut(utf8, buffer, capacity);
}

int32_t cicu_region_name(const char *locale, const char *region, char *buffer, int32_t capacity,
                         char *error, int32_t errorCapacity) {
    if (locale == nullptr || region == nullptr) return fail(error, errorCapacity, "missing argument");
    icu::Locale place("", region);
    if (place.isBogus()) return fail(error, errorCapacity, "not a region code");
    icu::UnicodeString name;
    place.getDisplayCountry(icu::Locale(locale), name);
    if (name.isEmpty()) return fail(error, errorCapacity, "no name for the region");
    std::string utf8;
    name.toUTF8String(utf8);
    return copyOut(utf8, buffer, capacity);
}

int32_t cicu_zone_name(const char *locale, const char *zoneID, int32_t exemplarCity, double unixSeconds,
                       char *buffer, int32_t capacity, char *error, int32_t errorCapacity) {
    if (locale == nullptr || zoneID == nullptr) return fail(error, errorCapacity, "missing argument");
    if (!cicu_is_known_zone(zoneID)) return fail(error, errorCapacity, "unknown time zone");
    UErrorCode status = U_ZERO_ERROR;
    // A pattern, not a skeleton: the pattern generator has no zone-only skeletons.
    icu::SimpleDateFormat format(icu::UnicodeString(exemplarCity ? "VVV" : "VVVV"), icu::Locale(locale), status);
    if (U_FAILURE(status)) return fail(error, errorCapacity, status);
    format.adoptTimeZone(icu::TimeZone::createTimeZone(icu::UnicodeString::fromUTF8(zoneID)));
    icu::UnicodeString text;
    format.format(unixSeconds * kMillisPerSecond, text);
    std::string utf8;
    text.toUTF8String(utf8);
    return copyOut(utf8, buffer, capacity);
}

}  // extern "C"
