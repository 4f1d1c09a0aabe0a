#include "tools/mcpserverstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace {

const QString GroupKey = QStringLiteral("mcpServers");

QString valuesToJson(const QList<McpServerConfig::Value> &values)
{
    QJsonArray array;
    for (const McpServerConfig::Value &value : values) {
        QJsonObject item {{QStringLiteral("name"), value.name}};
        if (value.secret)
            item.insert(QStringLiteral("secret"), true); // the value is in the keychain
        else
            item.insert(QStringLiteral("value"), value.value);
        array.append(item);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<McpServerConfig::Value> valuesFromJson(const QString &text)
{
    QList<McpServerConfig::Value> values;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &item : array) {
        const QJsonObject object = item.toObject();
        McpServerConfig::Value value;
        value.name = object.value(QLatin1String("name")).toString();
        value.secret = object.value(QLatin1String("secret")).toBool();
        if (!value.secret)
            value.value = object.value(QLatin1String("value")).toString();
        if (!value.name.isEmpty())
            values.append(value);
    }
    return values;
}

} // namespace

McpServerStore::McpServerStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    Q_ASSERT(m_settings);
    load();
}

McpServerStore::McpServerStore(const QString &iniPath, QObject *parent)
    : QObject(parent)
    , m_ownedSettings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
    , m_settings(m_ownedSettings.get())
{
    load();
}

McpServerStore::~McpServerStore()
{
    m_settings->sync();
}

void McpServerStore::load()
{
    m_servers.clear();
    const int count = m_settings->beginReadArray(GroupKey);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        McpServerConfig config;
        config.name = m_settings->value(QStringLiteral("name")).toString();
        config.transport
            = McpServerConfig::transportFromString(m_settings->value(QStringLiteral("transport")).toString());
        config.command = m_settings->value(QStringLiteral("command")).toString();
        const QJsonArray args
            = QJsonDocument::fromJson(m_settings->value(QStringLiteral("args")).toString().toUtf8()).array();
        for (const QJsonValue &arg : args)
            config.args.append(arg.toString());
        config.env = valuesFromJson(m_settings->value(QStringLiteral("env")).toString());
        config.url = QUrl(m_settings->value(QStringLiteral("url")).toString());
        config.headers = valuesFromJson(m_settings->value(QStringLiteral("headers")).toString());
        config.enabled = m_settings->value(QStringLiteral("enabled"), true).toBool();
        config.alwaysAllowServer = m_settings->value(QStringLiteral("alwaysAllowServer"), false).toBool();
        const QJsonArray allowed = QJsonDocument::fromJson(
            m_settings->value(QStringLiteral("alwaysAllowedTools")).toString().toUtf8())
                                       .array();
        for (const QJsonValue &tool : allowed)
            config.alwaysAllowedTools.append(tool.toString());
        if (McpServerConfig::isValidName(config.name) && indexOf(config.name) < 0)
            m_servers.append(config);
    }
    m_settings->endArray();
}

void McpServerStore::save()
{
    m_settings->remove(GroupKey);
    m_settings->beginWriteArray(GroupKey, int(m_servers.size()));
    for (int i = 0; i < m_servers.size(); ++i) {
        const McpServerConfig &config = m_servers.at(i);
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), config.name);
        m_settings->setValue(
            QStringLiteral("transport"), McpServerConfig::transportToString(config.transport));
        if (config.transport == McpServerConfig::Transport::Stdio) {
            m_settings->setValue(QStringLiteral("command"), config.command);
            m_settings->setValue(QStringLiteral("args"),
                QString::fromUtf8(
                    QJsonDocument(QJsonArray::fromStringList(config.args)).toJson(QJsonDocument::Compact)));
            m_settings->setValue(QStringLiteral("env"), valuesToJson(config.env));
        } else {
            m_settings->setValue(QStringLiteral("url"), config.url.toString());
            m_settings->setValue(QStringLiteral("headers"), valuesToJson(config.headers));
        }
        m_settings->setValue(QStringLiteral("enabled"), config.enabled);
        if (config.alwaysAllowServer)
            m_settings->setValue(QStringLiteral("alwaysAllowServer"), true);
        if (!config.alwaysAllowedTools.isEmpty())
            m_settings->setValue(QStringLiteral("alwaysAllowedTools"),
                QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(config.alwaysAllowedTools))
                                      .toJson(QJsonDocument::Compact)));
    }
    m_settings->endArray();
    m_settings->sync();
}

int McpServerStore::indexOf(const QString &name) const
{
    for (int i = 0; i < m_servers.size(); ++i) {
        if (m_servers.at(i).name == name)
            return i;
    }
    return -1;
}

std::optional<McpServerConfig> McpServerStore::server(const QString &name) const
{
    const int index = indexOf(name);
    if (index < 0)
        return std::nullopt;
    return m_servers.at(index);
}

bool McpServerStore::addServer(const McpServerConfig &config, QString *error)
{
    QString problem = config.validate();
    if (problem.isEmpty() && contains(config.name))
        problem = tr("there is already an MCP server named \"%1\"").arg(config.name);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    m_servers.append(config.withoutSecretValues());
    save();
    Q_EMIT serversChanged();
    return true;
}

bool McpServerStore::updateServer(const McpServerConfig &config, QString *error)
{
    const int index = indexOf(config.name);
    QString problem
        = index < 0 ? tr("there is no MCP server named \"%1\"").arg(config.name) : config.validate();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    m_servers[index] = config.withoutSecretValues();
    save();
    Q_EMIT serversChanged();
    return true;
}

bool McpServerStore::removeServer(const QString &name)
{
    const int index = indexOf(name);
    if (index < 0)
        return false;
    m_servers.removeAt(index);
    save();
    Q_EMIT serversChanged();
    return true;
}

bool McpServerStore::setEnabled(const QString &name, bool enabled)
{
    const int index = indexOf(name);
    if (index < 0)
        return false;
    if (m_servers.at(index).enabled != enabled) {
        m_servers[index].enabled = enabled;
        save();
        Q_EMIT serversChanged();
    }
    return true;
}

bool McpServerStore::allowAlways(const QString &name, const QString &tool)
{
    const int index = indexOf(name);
    if (index < 0)
        return false;
    McpServerConfig &config = m_servers[index];
    if (tool.isEmpty())
        config.alwaysAllowServer = true;
    else if (!config.alwaysAllowedTools.contains(tool))
        config.alwaysAllowedTools.append(tool);
    save();
    Q_EMIT serversChanged();
    return true;
}

bool McpServerStore::revokeAlways(const QString &name)
{
    const int index = indexOf(name);
    if (index < 0)
        return false;
    m_servers[index].alwaysAllowServer = false;
    m_servers[index].alwaysAllowedTools.clear();
    save();
    Q_EMIT serversChanged();
    return true;
}

void McpServerStore::reload()
{
    m_settings->sync();
    load();
    Q_EMIT serversChanged();
}

bool McpServerStore::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}
