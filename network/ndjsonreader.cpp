#include "network/ndjsonreader.h"

QList<QByteArray> NdjsonReader::feed(const QByteArray &chunk)
{
    QList<QByteArray> lines;
    if (m_overflowed)
        return lines;
    qsizetype start = 0;
    qsizetype newline;
    while ((newline = chunk.indexOf('\n', start)) >= 0) {
        if (m_pending.size() + (newline - start) > m_limit) {
            overflow();
            return lines;
        }
        if (m_pending.isEmpty()) {
            appendLine(chunk.mid(start, newline - start), lines);
        } else {
            m_pending.append(chunk.constData() + start, newline - start);
            appendLine(m_pending, lines);
            m_pending.clear();
        }
        start = newline + 1;
    }
    if (m_pending.size() + (chunk.size() - start) > m_limit)
        overflow();
    else
        m_pending.append(chunk.constData() + start, chunk.size() - start);
    return lines;
}

QList<QByteArray> NdjsonReader::finish()
{
    QList<QByteArray> lines;
    if (!m_overflowed)
        appendLine(m_pending, lines);
    m_pending.clear();
    return lines;
}

void NdjsonReader::overflow()
{
    m_overflowed = true;
    m_pending = QByteArray(); // the point of the limit is the memory
}

void NdjsonReader::appendLine(QByteArray line, QList<QByteArray> &out)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (!line.trimmed().isEmpty())
        out.append(line);
}
