#pragma once

#include <QByteArray>
#include <QList>

// Splits newline-delimited JSON (Ollama's /api/chat stream) into lines. Chunks may cut
// lines anywhere; lines are returned as bytes so UTF-8 is decoded only once they are whole.
// Blank lines are skipped and a trailing CR is dropped.
//
// Memory is bounded: a line longer than limit() sets overflowed(), its bytes are dropped and
// everything after is ignored, so the caller can end the request with what arrived before.
class NdjsonReader
{
public:
    static constexpr qsizetype MaxLineBytes = 16 * 1024 * 1024;

    QList<QByteArray> feed(const QByteArray &chunk);
    // End of input: returns the last line if the stream did not end with a newline.
    QList<QByteArray> finish();
    // Clears the state for a new stream (the limit is kept).
    void reset()
    {
        m_pending.clear();
        m_overflowed = false;
    }

    void setLimit(qsizetype bytes) { m_limit = bytes; }
    qsizetype limit() const { return m_limit; }
    bool overflowed() const { return m_overflowed; }
    qsizetype bufferedBytes() const { return m_pending.size(); }

private:
    static void appendLine(QByteArray line, QList<QByteArray> &out);
    void overflow();

    QByteArray m_pending;
    qsizetype m_limit = MaxLineBytes;
    bool m_overflowed = false;
};
