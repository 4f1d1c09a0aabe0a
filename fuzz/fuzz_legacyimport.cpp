// libFuzzer target: LegacyImporter::parse, the reader of the old JSON session files.
// Either a session or an error message, never a crash.
#include "storage/legacyimporter.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto parsed = LegacyImporter::parse(json, &error);
    if (!parsed && error.isEmpty())
        std::abort();
    if (parsed) {
        for (const Message &m : parsed->messages)
            (void)m.createdAt.toMSecsSinceEpoch();
    }
    return 0;
}
