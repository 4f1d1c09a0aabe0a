#include "views/chatheader.h"

#include "models/chatcontroller.h"
#include "network/chatclient.h"

#include <QAction>
#include <QHBoxLayout>
#include <QMenu>
#include <QToolButton>

ChatHeader::ChatHeader(QNetworkAccessManager *nam, const ChatController *controller, QWidget *parent)
    : QWidget(parent)
    , m_nam(nam)
    , m_controller(controller)
    , m_button(new QToolButton(this))
    , m_menu(new QMenu(this))
{
    m_button->setObjectName(QStringLiteral("chatModelButton"));
    m_button->setAutoRaise(true);
    m_button->setPopupMode(QToolButton::InstantPopup);
    m_button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_button->setMenu(m_menu);
    m_button->setAccessibleName(tr("Model of this chat"));
    m_button->setToolTip(tr("Switch this chat's model"));
    connect(m_menu, &QMenu::aboutToShow, this, &ChatHeader::fetchModels);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 2);
    layout->addWidget(m_button);
    layout->addStretch(1);
}

ChatHeader::~ChatHeader() = default;

void ChatHeader::setChat(const ProviderProfile &profile)
{
    m_profile = profile;
    // QToolButton shows its text as plain text; "&" would become a mnemonic.
    QString shown = profile.model.isEmpty() ? tr("%1 · no model chosen").arg(profile.name)
                                            : tr("%1 · %2").arg(profile.name, profile.model);
    m_button->setText(shown.replace(QLatin1Char('&'), QLatin1String("&&")));
}

void ChatHeader::fetchModels()
{
    showMessage(tr("Asking %1 for its models…").arg(m_profile.baseUrl.host()));
    m_client = ChatClient::create(m_nam, m_profile);
    if (!m_client) {
        showMessage(tr("This protocol is not supported."));
        return;
    }
    m_client->setApiKey(m_controller->apiKey()); // the chat's own key, to its profile's origin only
    connect(m_client.get(), &ChatClient::modelsListed, this, &ChatHeader::fill);
    connect(m_client.get(), &ChatClient::modelsFailed, this,
        [this](const QString &error) { showMessage(tr("No model list: %1").arg(error)); });
    m_client->listModels();
}

void ChatHeader::fill(const QStringList &models)
{
    m_menu->clear();
    if (models.isEmpty()) {
        showMessage(tr("The server lists no models."));
        return;
    }
    for (const QString &model : models) {
        QString label = model;
        QAction *action = m_menu->addAction(label.replace(QLatin1Char('&'), QLatin1String("&&")));
        action->setCheckable(true);
        action->setChecked(model == m_profile.model);
        action->setData(model);
        connect(action, &QAction::triggered, this, [this, model] { Q_EMIT modelChosen(model); });
    }
}

void ChatHeader::showMessage(const QString &text)
{
    m_menu->clear();
    m_menu->addAction(text)->setEnabled(false);
}
