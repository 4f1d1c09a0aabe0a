#pragma once

#include <QTest>

// QTRY_VERIFY, QTRY_VERIFY2 and QTRY_COMPARE give up after 5 s. On a loaded CI machine (two
// cores shared by several jobs, or the ASan build) a turn through the loopback server can take
// longer, and a test then fails at random. These are the same waits on the same conditions,
// with a limit of 30 s: only a test that fails anyway waits that long.
namespace PatientWaits {
constexpr int TimeoutMs = 30000;
}

#undef QTRY_VERIFY
#define QTRY_VERIFY(expr) QTRY_VERIFY_WITH_TIMEOUT(expr, PatientWaits::TimeoutMs)
#undef QTRY_VERIFY2
#define QTRY_VERIFY2(expr, messageExpression)                                                                \
    QTRY_VERIFY2_WITH_TIMEOUT(expr, messageExpression, PatientWaits::TimeoutMs)
#undef QTRY_COMPARE
#define QTRY_COMPARE(expr, expected) QTRY_COMPARE_WITH_TIMEOUT(expr, expected, PatientWaits::TimeoutMs)
