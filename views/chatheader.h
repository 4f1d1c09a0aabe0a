#pragma once

#include "network/providerprofile.h"

#include <QWidget>
#include <memory>

class ChatClient;
class ChatController;
class QLabel;
class QMenu;
class QNetworkAccessManager;
class QToolButton;

// The bar over the chat: which profile and model this chat talks to, and a button that lists
// the server's models (the same model-list request Settings makes) to switch this chat's
// model in one click. The model ids are the server's: shown as plain text only.
class ChatHeader : public QWidget
{
    Q_OBJECT
public:
    // `controller`: whose key the model list is asked with (read when the menu opens).
    ChatHeader(QNetworkAccessManager *nam, const ChatController *controller, QWidget *parent = nullptr);
    ~ChatHeader() override;

    // The open chat's profile, with the chat's model.
    void setChat(const ProviderProfile &profile);
    QToolButton *modelButton() const { return m_button; }
    QMenu *modelMenu() const { return m_menu; }
    // Asks the server for its models (what opening the menu does).
    void fetchModels();

Q_SIGNALS:
    void modelChosen(const QString &model);

private:
    void fill(const QStringList &models);
    void showMessage(const QString &text);

    QNetworkAccessManager *m_nam;
    const ChatController *m_controller;
    ProviderProfile m_profile;
    QToolButton *m_button;
    QMenu *m_menu;
    std::unique_ptr<ChatClient> m_client;
};
