#include "importfixture.h"

#include "testutil.h"

#include <QFile>

bool ImportFixture::open()
{
    return m_dir.isValid() && m_store.open(TestUtil::dbPath(m_dir));
}

QString ImportFixture::write(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return {};
    return path;
}

QStringList ImportFixture::branch(qint64 sessionId)
{
    QStringList contents;
    const auto info = m_store.session(sessionId);
    if (!info)
        return contents;
    for (const Message &m : m_store.branch(info->currentLeafId))
        contents << m.content;
    return contents;
}

bool ImportFixture::rejects(
    const QString &name, const QByteArray &content, const QString &message, QString *why)
{
    const QString path = write(name, content);
    const HistoryImporter::Result result = import(path);
    *why = result.ok() ? QStringLiteral("the file was accepted") : result.error;
    return !result.ok() && result.error.contains(message) && result.error.contains(path)
        && m_store.sessionCount() == 0;
}
