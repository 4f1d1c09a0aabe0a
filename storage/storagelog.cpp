#include "storage/storagelog.h"

Q_LOGGING_CATEGORY(lcStorage, "confab.storage")
