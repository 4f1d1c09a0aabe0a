#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// One dispatched server-sent event. The data is kept as bytes: an event is only complete at
// its blank line, so decoding here (not per network chunk) never splits a UTF-8 sequence.
struct SseEvent
{
    QByteArray type = QByteArrayLiteral("message"); // the "event:" field, "message" when absent
    QByteArray data; // "data:" lines joined with '\n'
    QByteArray id; // the last "id:" seen in the stream so far
    QString text() const { return QString::fromUtf8(data); }
    bool operator==(const SseEvent &other) const
    {
        return type == other.type && data == other.data && id == other.id;
    }
};

// Incremental parser for the WHATWG "text/event-stream" format. Feed it network chunks
// of any size; it returns the events completed by each chunk. Lines may end in LF, CR or
// CRLF (a CRLF may be split across two chunks); an event still open at EOF is discarded.
//
// Memory is bounded: one line, and one event's data, may hold at most limit() bytes. A stream
// that goes past it (a hostile or broken server) sets overflowed() and everything after is
// ignored, so the caller can end the request with what arrived before.
// One extension: an "error:" field (llama.cpp) is read as data of an event of type "error".
class SseParser
{
public:
    static constexpr qsizetype MaxEventBytes = 16 * 1024 * 1024;

    QList<SseEvent> feed(const QByteArray &chunk);
    // Clears all state for a new stream (the limit is kept).
    void reset();

    void setLimit(qsizetype bytes) { m_limit = bytes; }
    qsizetype limit() const { return m_limit; }
    bool overflowed() const { return m_overflowed; }
    // Bytes held between calls (an unfinished line and event).
    qsizetype bufferedBytes() const { return m_line.size() + m_data.size(); }
    int commentCount() const { return m_comments; }
    // For resuming a stream: the last "id:" and "retry:" (milliseconds, -1 if none) seen.
    QByteArray lastEventId() const { return m_lastId; }
    int retryMs() const { return m_retryMs; }

private:
    void overflow();
    void processLine(const char *line, qsizetype length, QList<SseEvent> &out);
    void dispatch(QList<SseEvent> &out);

    QByteArray m_line; // an unterminated line carried over from the previous chunk
    QByteArray m_data;
    QByteArray m_type;
    QByteArray m_lastId;
    bool m_hasData = false;
    bool m_skipLf = false; // the previous chunk ended with CR: a leading LF belongs to it
    bool m_atStart = true; // a UTF-8 BOM is only stripped before the first byte
    int m_comments = 0;
    int m_retryMs = -1;
    qsizetype m_limit = MaxEventBytes;
    bool m_overflowed = false;
};
