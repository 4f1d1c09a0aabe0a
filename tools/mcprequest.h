#pragma once

#include "tools/mcperror.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QTimer>

class McpClient;

// One request to an MCP server, answered once by finished() (like a QNetworkReply). Made by
// McpClient, whose child it is; the caller may deleteLater() it at any time, also unanswered.
class McpRequest : public QObject
{
    Q_OBJECT
public:
    ~McpRequest() override;

    QString method() const { return m_method; }
    QJsonValue id() const { return m_id; }
    bool isFinished() const { return m_finished; }
    // The `result` object of the answer (valid once finished without error).
    QJsonObject result() const { return m_result; }
    McpError error() const { return m_error; }

    // Stops waiting and tells the server (notifications/cancelled); finished() follows at once
    // with a Cancelled error. A late answer from the server is dropped.
    void cancel(const QString &reason = QString());

Q_SIGNALS:
    void finished();

private:
    friend class McpClient;
    McpRequest(McpClient *client, const QJsonValue &id, const QString &method);
    void finish(const QJsonObject &result, const McpError &error);

    QPointer<McpClient> m_client;
    QJsonValue m_id;
    QString m_method;
    QJsonObject m_result;
    McpError m_error;
    QTimer m_timeout;
    bool m_finished = false;
};
