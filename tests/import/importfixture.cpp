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
