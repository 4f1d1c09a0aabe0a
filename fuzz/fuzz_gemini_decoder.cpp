// libFuzzer target: GeminiClient's stream decoder (events in, deltas and an outcome out).
#include "decoderharness.h"
#include "network/geminiclient.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzDecoder<GeminiClient>(data, size);
}
