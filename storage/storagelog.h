#pragma once

#include <QLoggingCategory>

// Failed statements (SQL text and the driver's error, never the bound values) and recoveries.
// Shown as warnings; QT_LOGGING_RULES="confab.storage.debug=true" adds the details.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
