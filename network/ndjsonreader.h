#pragma once

#include <QByteArray>
#include <QList>

// Splits newline-delimited JSON (Ollama's /api/chat stream) into lines. Chunks may cut
// lines anywhere; lines are returned as bytes so UTF-8 is decoded only once they are whole.
// Blank lines are skipped and a trailing CR is dropped.
class NdjsonReader
{
public:
    QList<QByteArray> feed(const QByteArray &chunk);
    // End of input: returns the last line if the stream did not end with a newline.
    QList<QByteArray> finish();
    void reset() { m_pending.clear(); }

private:
    static void appendLine(QByteArray line, QList<QByteArray> &out);

    QByteArray m_pending;
};
