#include "storage/attachmentexport.h"

#include "storage/attachmentfile.h"
#include "storage/sessionstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

bool AttachmentExport::loadData(const SessionStore *store, QList<Message> *messages, QString *error)
{
    for (Message &m : *messages) {
        for (Attachment &a : m.attachments) {
            const auto data = store->attachmentData(a.sha256);
            if (!data) {
                *error = tr("The attachment \"%1\" could not be read from the database.").arg(a.name);
                return false;
            }
            a.data = *data;
        }
    }
    return true;
}

QJsonArray AttachmentExport::toJson(const QList<Attachment> &attachments)
{
    QJsonArray list;
    for (const Attachment &a : attachments) {
        list.append(QJsonObject {{QStringLiteral("name"), a.name}, {QStringLiteral("type"), a.mimeType},
            {QStringLiteral("size"), a.size}, {QStringLiteral("sha256"), a.sha256},
            {QStringLiteral("data"), QString::fromLatin1(a.data.toBase64())}});
    }
    return list;
}

std::optional<QList<Attachment>> AttachmentExport::fromJson(
    const QJsonValue &value, const QString &where, QString *error)
{
    QList<Attachment> list;
    if (value.isUndefined() || value.isNull())
        return list;
    const QJsonArray items = value.toArray();
    if (!value.isArray() || items.size() > AttachmentFile::MaxPerMessage) {
        *error = tr("%1: \"attachments\" must be a list of at most %2 files")
                     .arg(where)
                     .arg(AttachmentFile::MaxPerMessage);
        return std::nullopt;
    }
    for (const QJsonValue &item : items) {
        const QJsonObject o = item.toObject();
        const QString name = o.value(QLatin1String("name")).toString();
        const QByteArray data = QByteArray::fromBase64(o.value(QLatin1String("data")).toString().toLatin1());
        const QString digest
            = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        if (digest != o.value(QLatin1String("sha256")).toString()) {
            *error = tr("%1: the attachment \"%2\" is damaged (its sha256 does not match its data)")
                         .arg(where, name);
            return std::nullopt;
        }
        QString why;
        const auto a = AttachmentFile::fromData(name, data, &why);
        if (!a) {
            *error = QStringLiteral("%1: %2").arg(where, why);
            return std::nullopt;
        }
        list << *a;
    }
    return list;
}

QString AttachmentExport::filesDirName(const QString &markdownPath)
{
    return QFileInfo(markdownPath).completeBaseName() + QStringLiteral("_files");
}

QString AttachmentExport::fileName(const Attachment &a)
{
    // Only the last part of the name, and nothing a file system or a Markdown link chokes on.
    static const QRegularExpression unsafe(
        QStringLiteral("[^\\w.\\-]+"), QRegularExpression::UseUnicodePropertiesOption);
    QString name = QFileInfo(a.name).fileName().replace(unsafe, QStringLiteral("_"));
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    return a.sha256.left(12) + u'-' + (name.isEmpty() ? QStringLiteral("file") : name);
}

bool AttachmentExport::writeFiles(const QString &dir, const QList<Message> &messages, QString *error)
{
    for (const Message &m : messages) {
        for (const Attachment &a : m.attachments) {
            if (!QDir().mkpath(dir)) {
                *error = tr("Cannot create the folder %1.").arg(dir);
                return false;
            }
            QSaveFile file(QDir(dir).filePath(fileName(a)));
            if (!file.open(QIODevice::WriteOnly)
                || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                || file.write(a.data) != a.data.size() || !file.commit()) {
                *error = tr("Cannot write %1: %2").arg(file.fileName(), file.errorString());
                return false;
            }
        }
    }
    return true;
}
