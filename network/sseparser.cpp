#include "network/sseparser.h"

#include <algorithm>
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
    if (m_overflowed)
        return events;
    const char *p = chunk.constData();
    const char *end = p + chunk.size();

    if (m_atStart) {
        // The BOM itself may arrive split, so hold (at most 3) bytes back until it is decided.
        const QByteArray head = m_line + chunk.left(3 - m_line.size());
        if (head.size() < 3 && std::memcmp(head.constData(), kBom, size_t(head.size())) == 0) {
            m_line = head;
            return events;
        }
        m_atStart = false;
        const QByteArray pending = m_line + chunk;
        m_line.clear();
        return feed(head.startsWith(kBom) ? pending.mid(3) : pending);
    }

    if (m_skipLf && p < end) {
        m_skipLf = false;
        if (*p == '\n')
            ++p;
    }
    while (p < end && !m_overflowed) {
        const char *eol = findLineEnd(p, end);
        if (eol == end) {
            if (m_line.size() + (end - p) > m_limit)
                overflow();
            else
                m_line.append(p, end - p);
            break;
        }
        if (m_line.isEmpty()) {
            processLine(p, eol - p, events);
        } else {
            if (m_line.size() + (eol - p) > m_limit) {
                overflow();
                break;
            }
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
    const qsizetype limit = m_limit;
    *this = SseParser();
    m_limit = limit;
}

void SseParser::overflow()
{
    // Drop the buffers at once: the point of the limit is the memory.
    m_overflowed = true;
    m_line = QByteArray();
    m_data = QByteArray();
}

void SseParser::processLine(const char *line, qsizetype length, QList<SseEvent> &out)
{
    if (length > m_limit) {
        overflow();
        return;
    }
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

    if ((field == "data" || field == "error") && m_data.size() + (valueEnd - value) + 1 > m_limit) {
        overflow();
        return;
    }
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
    } else if (field == "retry") {
        // Only ASCII digits count (the spec); chat replies never reconnect, MCP streams may.
        const QByteArray digits(value, valueEnd - value);
        bool ok = !digits.isEmpty()
            && std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; });
        const int ms = ok ? digits.toInt(&ok) : -1;
        if (ok)
            m_retryMs = ms;
    }
    // Other fields are ignored.
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
