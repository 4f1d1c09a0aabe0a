// libFuzzer target: OllamaClient's stream decoder (events in, deltas and an outcome out).
#include "decoderharness.h"
#include "network/ollamaclient.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzDecoder<OllamaClient>(data, size);
}
