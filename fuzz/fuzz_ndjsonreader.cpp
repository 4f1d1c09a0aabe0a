// libFuzzer target: NdjsonReader. Any bytes, any chunking: no crash, bounded buffer, and the
// lines do not depend on where the chunks were cut.
#include "fuzzinput.h"
#include "network/ndjsonreader.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = FuzzInput::body(data, size);
    const qsizetype limit = 64 + 4 * FuzzInput::chunkSize(data, size);
    NdjsonReader whole;
    whole.setLimit(limit);
    QList<QByteArray> expected = whole.feed(body);
    expected += whole.finish();
    NdjsonReader cut;
    cut.setLimit(limit);
    QList<QByteArray> lines;
    for (const QByteArray &chunk : FuzzInput::chunks(body, FuzzInput::chunkSize(data, size))) {
        lines += cut.feed(chunk);
        if (cut.bufferedBytes() > limit)
            std::abort();
    }
    lines += cut.finish();
    if (lines != expected || cut.overflowed() != whole.overflowed())
        std::abort();
    return 0;
}
