// libFuzzer target: HistoryImporter::parse, which tells the format (ChatGPT, Open WebUI,
// LibreChat, Chatbox, Confab legacy) and reads every chat. Chats or an error, never a crash.
#include "import/historyimporter.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString format;
    QString error;
    const auto trees = HistoryImporter::parse(json, &format, &error);
    if (!trees && error.isEmpty())
        std::abort();
    return 0;
}
