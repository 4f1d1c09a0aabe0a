#include "network/ndjsonreader.h"

QList<QByteArray> NdjsonReader::feed(const QByteArray &chunk)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    qsizetype newline;
    while ((newline = chunk.indexOf('\n', start)) >= 0) {
        if (m_pending.isEmpty()) {
            appendLine(chunk.mid(start, newline - start), lines);
        } else {
            m_pending.append(chunk.constData() + start, newline - start);
            appendLine(m_pending, lines);
            m_pending.clear();
        }
        start = newline + 1;
    }
    m_pending.append(chunk.constData() + start, chunk.size() - start);
    return lines;
}

QList<QByteArray> NdjsonReader::finish()
{
    QList<QByteArray> lines;
    appendLine(m_pending, lines);
    m_pending.clear();
    return lines;
}

void NdjsonReader::appendLine(QByteArray line, QList<QByteArray> &out)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (!line.trimmed().isEmpty())
        out.append(line);
}
