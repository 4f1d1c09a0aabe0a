#include "tools/mcpstdiotransport.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QPointer>

McpStdioTransport::McpStdioTransport(const QString &program, const QStringList &arguments,
    const QProcessEnvironment &environment, QObject *parent)
    : McpTransport(parent)
    , m_program(program)
    , m_arguments(arguments)
{
    m_process.setProcessEnvironment(environment);
    m_graceTimer.setSingleShot(true);
    connect(&m_graceTimer, &QTimer::timeout, this, &McpStdioTransport::escalate);
    connect(&m_process, &QProcess::started, this, [this] {
        m_stage = Stage::Running;
        Q_EMIT opened();
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &McpStdioTransport::readOutput);
    connect(&m_process, &QProcess::readyReadStandardError, this, &McpStdioTransport::readLog);
    connect(&m_process, &QProcess::finished, this, &McpStdioTransport::onFinished);
    connect(&m_process, &QProcess::errorOccurred, this, &McpStdioTransport::onErrorOccurred);
}

McpStdioTransport::~McpStdioTransport()
{
    m_process.disconnect(this);
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void McpStdioTransport::open()
{
    if (m_stage != Stage::Idle)
        return;
    m_stage = Stage::Starting;
    m_process.start(m_program, m_arguments);
}

void McpStdioTransport::send(const QJsonObject &message)
{
    if (m_stage != Stage::Running)
        return;
    QByteArray line = QJsonDocument(message).toJson(QJsonDocument::Compact);
    line.append('\n');
    m_process.write(line);
}

void McpStdioTransport::close()
{
    switch (m_stage) {
    case Stage::Idle:
    case Stage::Closed:
    case Stage::Failed:
        m_stage = Stage::Closed;
        QMetaObject::invokeMethod(this, &McpTransport::closed, Qt::QueuedConnection);
        return;
    case Stage::Starting:
        m_stage = Stage::Killing;
        m_process.kill();
        return;
    case Stage::Running:
        // The spec's order: EOF on stdin first, so a well-behaved server can finish cleanly.
        m_stage = Stage::ClosingInput;
        m_process.closeWriteChannel();
        m_graceTimer.start(m_graceMs);
        return;
    case Stage::ClosingInput:
    case Stage::Terminating:
    case Stage::Killing:
        return;
    }
}

void McpStdioTransport::escalate()
{
    if (m_stage == Stage::ClosingInput) {
        m_stage = Stage::Terminating;
        m_process.terminate();
        m_graceTimer.start(m_graceMs);
    } else if (m_stage == Stage::Terminating) {
        m_stage = Stage::Killing;
        m_process.kill();
    }
}

QString McpStdioTransport::log() const
{
    return QString::fromUtf8(m_log);
}

QString McpStdioTransport::logTail(int lines) const
{
    QStringList tail = log().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    if (tail.size() > lines)
        tail = tail.mid(tail.size() - lines);
    return tail.join(QLatin1Char('\n'));
}

void McpStdioTransport::readLog()
{
    m_log.append(m_process.readAllStandardError());
    if (m_log.size() > LogBytes) {
        // Cut at a line start so the kept part begins with a whole line.
        qsizetype cut = m_log.size() - LogBytes;
        const qsizetype newline = m_log.indexOf('\n', cut);
        if (newline >= 0 && newline - cut < 1024)
            cut = newline + 1;
        m_log.remove(0, cut);
    }
}

void McpStdioTransport::readOutput()
{
    QPointer<McpStdioTransport> alive(this);
    while (alive && m_stage != Stage::Failed && m_process.bytesAvailable() > 0) {
        m_line.append(m_process.read(64 * 1024));
        qsizetype start = 0;
        for (qsizetype end = m_line.indexOf('\n'); end >= 0; end = m_line.indexOf('\n', start)) {
            QByteArray line = m_line.mid(start, end - start);
            start = end + 1;
            if (line.endsWith('\r'))
                line.chop(1);
            if (line.trimmed().isEmpty())
                continue;
            if (line.size() > maxMessageBytes())
                return fail(McpError::Kind::Protocol, tooLargeMessage());
            QString error;
            const auto messages = parseMessages(line, &error);
            // The spec forbids anything but MCP messages on stdout: a server that prints there
            // would answer nothing we could match, so say so instead of waiting for a timeout.
            if (!messages)
                return fail(McpError::Kind::Protocol, tr("%1 (on standard output)").arg(error));
            for (const QJsonObject &message : *messages) {
                Q_EMIT messageReceived(message);
                if (!alive || m_stage == Stage::Failed)
                    return;
            }
        }
        m_line.remove(0, start);
        if (m_line.size() > maxMessageBytes())
            return fail(McpError::Kind::Protocol, tooLargeMessage());
    }
}

void McpStdioTransport::fail(McpError::Kind kind, const QString &message)
{
    if (m_stage == Stage::Failed || m_stage == Stage::Closed)
        return;
    m_stage = Stage::Failed;
    m_line.clear();
    m_graceTimer.stop();
    if (m_process.state() != QProcess::NotRunning) {
        m_process.disconnect(this);
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    Q_EMIT failed(McpError::make(kind, message));
}

void McpStdioTransport::onFinished(int exitCode, QProcess::ExitStatus status)
{
    m_graceTimer.stop();
    readLog();
    switch (m_stage) {
    case Stage::ClosingInput:
        m_shutdown = Shutdown::ExitedOnEof;
        break;
    case Stage::Terminating:
        m_shutdown = Shutdown::Terminated;
        break;
    case Stage::Killing:
        m_shutdown = Shutdown::Killed;
        break;
    case Stage::Running:
    case Stage::Starting: {
        QString message = status == QProcess::CrashExit
            ? tr("the MCP server \"%1\" crashed").arg(m_program)
            : tr("the MCP server \"%1\" exited with code %2").arg(m_program).arg(exitCode);
        const QString tail = logTail(5);
        if (!tail.isEmpty())
            message += tr("; its last words: %1").arg(tail);
        fail(McpError::Kind::Transport, message);
        return;
    }
    case Stage::Idle:
    case Stage::Closed:
    case Stage::Failed:
        return;
    }
    m_stage = Stage::Closed;
    Q_EMIT closed();
}

void McpStdioTransport::onErrorOccurred(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // crashes and exits arrive through finished()
    if (m_stage == Stage::Killing) {
        m_stage = Stage::Closed;
        Q_EMIT closed();
        return;
    }
    fail(McpError::Kind::Transport,
        tr("could not start the MCP server \"%1\": %2. Is it installed and in PATH?")
            .arg(m_program, m_process.errorString()));
}
