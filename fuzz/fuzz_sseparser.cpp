// libFuzzer target: SseParser. Any bytes, any chunking: no crash, bounded buffers, and the
// events do not depend on where the chunks were cut.
#include "fuzzinput.h"
#include "network/sseparser.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = FuzzInput::body(data, size);
    // A small limit, so the overflow path is reached by small inputs too.
    const qsizetype limit = 64 + 4 * FuzzInput::chunkSize(data, size);
    SseParser whole;
    whole.setLimit(limit);
    const QList<SseEvent> expected = whole.feed(body);
    SseParser cut;
    cut.setLimit(limit);
    QList<SseEvent> events;
    for (const QByteArray &chunk : FuzzInput::chunks(body, FuzzInput::chunkSize(data, size))) {
        events += cut.feed(chunk);
        if (cut.bufferedBytes() > 2 * limit + 3)
            std::abort();
    }
    if (events != expected || cut.overflowed() != whole.overflowed())
        std::abort();
    return 0;
}
