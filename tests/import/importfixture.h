#pragma once

#include "import/historyimporter.h"
#include "storage/sessionstore.h"

#include <QJsonDocument>
#include <QTemporaryDir>

// A real database in a temp dir and the files the importer tests write next to it.
class ImportFixture
{
public:
    bool open();
    void close() { m_store.close(); }
    SessionStore &store() { return m_store; }
    QString write(const QString &name, const QByteArray &content);
    QString write(const QString &name, const QJsonDocument &doc) { return write(name, doc.toJson()); }
    HistoryImporter::Result import(const QString &path) { return HistoryImporter(&m_store).importFile(path); }
    // True when importing `content` (as `name`) fails with an error naming the file and
    // containing `message`, and leaves the database empty; otherwise `why` says what happened.
    bool rejects(const QString &name, const QByteArray &content, const QString &message, QString *why);
    // The contents of the current branch of `sessionId`, oldest first.
    QStringList branch(qint64 sessionId);
    QString dir() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
    SessionStore m_store;
};
