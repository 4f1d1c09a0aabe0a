#include "clitoolsession.h"

#include "settings/apikeystore.h"
#include "terminaltext.h"
#include "tools/mcpclient.h"
#include "tools/mcpsecrets.h"
#include "tools/mcpserverstore.h"
#include "tools/toolloop.h"

#include <QEventLoop>
#include <QFile>
#include <QTimer>

CliToolSession::CliToolSession(QNetworkAccessManager *nam, QTextStream &err)
    : m_nam(nam)
    , m_err(err)
{ }

CliToolSession::~CliToolSession()
{
    close();
}

bool CliToolSession::connect(const QString &settingsPath, int timeoutMs)
{
    if (!QFile::exists(settingsPath))
        return false;
    ApiKeyStore keys;
    QList<McpClient *> waiting;
    m_servers = std::make_unique<McpServerStore>(settingsPath);
    const QList<McpServerConfig> servers = m_servers->servers();
    for (const McpServerConfig &stored : servers) {
        if (!stored.enabled)
            continue;
        QString error;
        const auto config = stored.hasSecrets() ? McpSecrets::resolve(&keys, stored, &error) : stored;
        if (!config) {
            m_err << tr("note: MCP server \"%1\" left out: %2").arg(stored.name, TerminalText::safe(error))
                  << Qt::endl;
            continue;
        }
        m_clients.push_back(std::make_unique<McpClient>(McpTransport::create(*config, m_nam)));
        McpClient *client = m_clients.back().get();
        client->setObjectName(config->name);
        waiting.append(client);
    }
    if (waiting.isEmpty())
        return false;

    QEventLoop loop;
    const auto settled = [&](McpClient *client) {
        waiting.removeOne(client);
        if (waiting.isEmpty())
            loop.quit();
    };
    for (McpClient *client : qAsConst(waiting)) {
        QObject::connect(client, &McpClient::toolsChanged, &loop, [=] { settled(client); });
        QObject::connect(client, &McpClient::toolsFailed, &loop, [=] { settled(client); });
        QObject::connect(client, &McpClient::failed, &loop, [=] { settled(client); });
        client->connectToServer();
    }
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!waiting.isEmpty())
        loop.exec();
    for (const auto &client : m_clients) {
        if (client->state() == McpClient::State::Ready && client->hasToolList())
            m_catalog.addServer(client->objectName(), client.get());
        else
            m_err << tr("note: MCP server \"%1\" left out: %2")
                         .arg(client->objectName(),
                             TerminalText::safe(client->lastError().isError() ? client->lastError().message
                                                                              : tr("no tool list in time")))
                  << Qt::endl;
    }
    return !m_catalog.entries().isEmpty();
}

std::unique_ptr<ToolLoop> CliToolSession::startLoop(
    ChatController *controller, Conversation *conversation, bool allowed)
{
    auto loop = std::make_unique<ToolLoop>(controller, conversation, &m_catalog);
    loop->setAllowed(allowed);
    loop->setServerStore(m_servers.get());
    // Each step on stderr as it is stored; stdout stays the reply's text.
    QObject::connect(loop.get(), &ToolLoop::toolStepStored, loop.get(), [this](qint64, const ToolStep &step) {
        // The result is the server's text: no control characters reach the terminal.
        m_err << TerminalText::safe(
            tr("[tool %1: %2] %3").arg(step.call.name, step.outcome, step.result.left(200).simplified()))
              << Qt::endl;
    });
    return loop;
}

void CliToolSession::close()
{
    QEventLoop loop;
    int open = 0;
    for (const auto &client : m_clients) {
        if (client->state() == McpClient::State::Closed || client->state() == McpClient::State::Failed
            || client->state() == McpClient::State::Unconnected)
            continue;
        ++open;
        QObject::connect(client.get(), &McpClient::closed, &loop, [&] {
            if (--open == 0)
                loop.quit();
        });
        client->close();
    }
    if (open > 0)
        loop.exec();
    m_clients.clear();
}
