// libFuzzer target: AnthropicClient's stream decoder (events in, deltas and an outcome out).
#include "decoderharness.h"
#include "network/anthropicclient.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    return fuzzDecoder<AnthropicClient>(data, size);
}
