#pragma once

#include <QGroupBox>
#include <QStringList>

class QCheckBox;
class QJsonObject;
class QListWidget;

// Chat settings › Tools: which MCP servers this chat offers to the model. "The app's servers"
// (the default) follows the enabled servers of Settings › Tools; unticked, the chat keeps its
// own list (ChatTools::ChatServersKey in its settings), even of none.
class ChatToolsBox : public QGroupBox
{
    Q_OBJECT
public:
    // `servers`: the enabled servers of the settings file; `settings` the chat's.
    ChatToolsBox(const QStringList &servers, const QJsonObject &settings, QWidget *parent = nullptr);

    QCheckBox *defaultBox() const { return m_default; }
    QListWidget *serverList() const { return m_list; }
    // The choice into the chat's settings (the key removed for the default).
    void writeTo(QJsonObject *settings) const;

private:
    QCheckBox *m_default;
    QListWidget *m_list;
};
