#include "network/sseparser.h"

#include <cstring>

namespace {
const char kBom[] = "\xEF\xBB\xBF";

// First CR or LF in [begin, end), or end.
const char *findLineEnd(const char *begin, const char *end)
{
    for (const char *p = begin; p < end; ++p) {
        if (*p == '\n' || *p == '\r')
            return p;
    }
    return end;
}
} // namespace

QList<SseEvent> SseParser::feed(const QByteArray &chunk)
{
    QList<SseEvent> events;
    const char *p = chunk.constData();
    const char *end = p + chunk.size();

    if (m_atStart) {
        // The BOM itself may arrive split, so hold bytes back until it is decided.
        m_line.append(p, end - p);
        const qsizetype n = qMin<qsizetype>(m_line.size(), 3);
        if (std::memcmp(m_line.constData(), kBom, n) == 0 && m_line.size() < 3)
            return events;
        m_atStart = false;
        QByteArray pending = m_line.startsWith(kBom) ? m_line.mid(3) : m_line;
        m_line.clear();
        return feed(pending);
    }

    if (m_skipLf && p < end) {
        m_skipLf = false;
        if (*p == '\n')
            ++p;
    }
    while (p < end) {
        const char *eol = findLineEnd(p, end);
        if (eol == end) {
            m_line.append(p, end - p);
            break;
        }
        if (m_line.isEmpty()) {
            processLine(p, eol - p, events);
        } else {
            m_line.append(p, eol - p);
            processLine(m_line.constData(), m_line.size(), events);
            m_line.clear();
        }
        p = eol + 1;
        if (*eol == '\r') {
            if (p == end)
                m_skipLf = true;
            else if (*p == '\n')
                ++p;
        }
    }
    return events;
}

void SseParser::reset()
{
    *this = SseParser();
}

void SseParser::processLine(const char *line, qsizetype length, QList<SseEvent> &out)
{
    if (length == 0) {
        dispatch(out);
        return;
    }
    if (line[0] == ':') {
        ++m_comments;
        return;
    }
    const char *colon = static_cast<const char *>(std::memchr(line, ':', length));
    const qsizetype nameLength = colon ? colon - line : length;
    const char *value = colon ? colon + 1 : line + length;
    const char *valueEnd = line + length;
    if (value < valueEnd && *value == ' ')
        ++value;
    const QByteArray field = QByteArray::fromRawData(line, nameLength);

    if (field == "data") {
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value, valueEnd - value);
        m_hasData = true;
    } else if (field == "event") {
        m_type = QByteArray(value, valueEnd - value);
    } else if (field == "error") {
        // Not in the spec: llama.cpp sends a failure as "error: {json}" (with HTTP 200), which a
        // strict parser would drop as an unknown field. Kept as an event of type "error".
        if (m_hasData)
            m_data.append('\n');
        m_data.append(value, valueEnd - value);
        m_hasData = true;
        m_type = QByteArrayLiteral("error");
    } else if (field == "id") {
        // The spec ignores ids containing NUL.
        if (!std::memchr(value, '\0', valueEnd - value))
            m_lastId = QByteArray(value, valueEnd - value);
    }
    // "retry" and other unknown fields are ignored: reconnection is not used for chat replies.
}

void SseParser::dispatch(QList<SseEvent> &out)
{
    // Per spec an event with an empty data buffer is dropped, but its type is reset.
    if (m_hasData) {
        SseEvent event;
        if (!m_type.isEmpty())
            event.type = m_type;
        event.data = m_data;
        event.id = m_lastId;
        out.append(event);
    }
    m_data.clear();
    m_type.clear();
    m_hasData = false;
}
