#include "views/chattoolsbox.h"

#include "views/chattools.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QListWidget>
#include <QVBoxLayout>

ChatToolsBox::ChatToolsBox(const QStringList &servers, const QJsonObject &settings, QWidget *parent)
    : QGroupBox(tr("T&ools from MCP servers"), parent)
    , m_default(new QCheckBox(tr("The app's servers (every enabled one)"), this))
    , m_list(new QListWidget(this))
{
    const auto chosen = ChatTools::chatServers(settings);
    m_default->setChecked(!chosen);
    m_list->setAccessibleName(tr("MCP servers of this chat"));
    QStringList all = servers;
    // A server the chat names that is gone or disabled stays listed, so it is not lost unseen.
    for (const QString &name : chosen.value_or(QStringList())) {
        if (!all.contains(name))
            all.append(name);
    }
    for (const QString &name : qAsConst(all)) {
        auto *item = new QListWidgetItem(name, m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(!chosen || chosen->contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    m_list->setEnabled(chosen.has_value());
    m_list->setMaximumHeight(110);
    connect(
        m_default, &QCheckBox::toggled, m_list, [this](bool useDefault) { m_list->setEnabled(!useDefault); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_default);
    layout->addWidget(m_list);
}

void ChatToolsBox::writeTo(QJsonObject *settings) const
{
    if (m_default->isChecked()) {
        settings->remove(QLatin1String(ChatTools::ChatServersKey));
        return;
    }
    QJsonArray servers;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->checkState() == Qt::Checked)
            servers.append(m_list->item(row)->text());
    }
    settings->insert(QLatin1String(ChatTools::ChatServersKey), servers);
}
