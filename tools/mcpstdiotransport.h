#pragma once

#include "tools/mcptransport.h"

#include <QProcess>
#include <QTimer>

// An MCP server as a child process: newline-delimited JSON-RPC on stdin/stdout, stderr kept
// as the server's log (the newest LogBytes). close() shuts the server down the way the spec
// asks: close its stdin, wait, SIGTERM, wait, SIGKILL.
class McpStdioTransport : public McpTransport
{
    Q_OBJECT
public:
    static constexpr qsizetype LogBytes = 64 * 1024;
    // How a closed server ended, for the log and the tests.
    enum class Shutdown { None, ExitedOnEof, Terminated, Killed };
    Q_ENUM(Shutdown)

    McpStdioTransport(const QString &program, const QStringList &arguments,
        const QProcessEnvironment &environment, QObject *parent = nullptr);
    // A server still running is killed (and reaped), never left behind.
    ~McpStdioTransport() override;

    void open() override;
    void send(const QJsonObject &message) override;
    void close() override;
    QString log() const override;

    // Waiting time after closing stdin, and again after SIGTERM (default 2 s each).
    void setShutdownGrace(int ms) { m_graceMs = ms; }
    Shutdown shutdown() const { return m_shutdown; }
    qint64 processId() const { return m_process.processId(); }

private:
    enum class Stage { Idle, Starting, Running, ClosingInput, Terminating, Killing, Closed, Failed };

    void readOutput();
    void readLog();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void onErrorOccurred(QProcess::ProcessError error);
    void escalate();
    void fail(McpError::Kind kind, const QString &message);
    QString logTail(int lines) const;

    QString m_program;
    QStringList m_arguments;
    QProcess m_process;
    QTimer m_graceTimer;
    QByteArray m_line; // stdout after the last newline
    QByteArray m_log;
    Stage m_stage = Stage::Idle;
    Shutdown m_shutdown = Shutdown::None;
    int m_graceMs = 2000;
};
