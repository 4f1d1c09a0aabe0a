#include "views/sessionsettingsdialog.h"

#include "models/sessionlistmodel.h"
#include "settings/contextsettings.h"
#include "settings/profilestore.h"
#include "storage/sessionstore.h"
#include "views/chattoolsbox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

SessionSettingsDialog::SessionSettingsDialog(
    SessionStore *store, qint64 sessionId, ProfileStore *profiles, QWidget *parent)
    : SessionSettingsDialog(store->session(sessionId).value_or(SessionInfo()), profiles, parent)
{
    // The same dialog, over the stored chat: accept() writes there instead of to draft().
    m_store = store;
    m_sessionId = sessionId;
}

SessionSettingsDialog::SessionSettingsDialog(
    const SessionInfo &draft, ProfileStore *profiles, QWidget *parent)
    : QDialog(parent)
    , m_draft(draft)
    , m_sessionId(0)
    , m_systemPrompt(new QPlainTextEdit(this))
    , m_provider(new QComboBox(this))
    , m_model(new QLineEdit(this))
    , m_temperature(new QDoubleSpinBox(this))
    , m_historyLimit(new QSpinBox(this))
    , m_tokenBudget(new QSpinBox(this))
    , m_contextLength(new QSpinBox(this))
{
    const SessionInfo &info = draft;
    setWindowTitle(tr("Chat settings — %1").arg(SessionListModel::displayTitle(info.title)));

    m_systemPrompt->setPlainText(info.systemPrompt);
    m_systemPrompt->setPlaceholderText(profiles->systemPrompt().isEmpty()
            ? tr("The app's default (none)")
            : tr("The app's default: %1").arg(profiles->systemPrompt()));
    m_systemPrompt->setAccessibleName(tr("System prompt for this chat"));
    m_provider->addItem(tr("Default provider"), QString());
    for (const ProviderProfile &profile : profiles->profiles())
        m_provider->addItem(profile.name, profile.id);
    m_provider->setCurrentIndex(qMax(0, m_provider->findData(info.provider)));
    m_provider->setAccessibleName(tr("Provider for this chat"));
    m_model->setText(info.model);
    m_model->setPlaceholderText(tr("The provider's model"));
    m_model->setAccessibleName(tr("Model for this chat"));

    // The lowest value of each box means "use the app's default" (the key is left out).
    m_temperature->setRange(-0.1, 2.0);
    m_temperature->setDecimals(1);
    m_temperature->setSingleStep(0.1);
    m_temperature->setSpecialValueText(tr("Default"));
    m_temperature->setValue(info.settings.value(ContextSettings::TemperatureKey).toDouble(-0.1));
    m_temperature->setAccessibleName(tr("Temperature"));
    m_historyLimit->setRange(-1, 100000);
    m_historyLimit->setSpecialValueText(
        tr("Default (%1)")
            .arg(profiles->historyLimit() ? QString::number(profiles->historyLimit()) : tr("no limit")));
    m_historyLimit->setValue(info.settings.value(ContextSettings::MaxMessagesKey).toInt(-1));
    m_historyLimit->setAccessibleName(tr("History limit in messages"));
    m_tokenBudget->setRange(-1, 10000000);
    m_tokenBudget->setSingleStep(1000);
    m_tokenBudget->setSpecialValueText(
        tr("Default (%1)")
            .arg(profiles->tokenBudget() ? QString::number(profiles->tokenBudget()) : tr("no limit")));
    m_tokenBudget->setValue(info.settings.value(ContextSettings::TokenBudgetKey).toInt(-1));
    m_tokenBudget->setAccessibleName(tr("Token budget"));
    m_contextLength->setRange(-1, 10000000);
    m_contextLength->setSingleStep(1024);
    m_contextLength->setSpecialValueText(
        tr("Default (%1)")
            .arg(
                profiles->contextLength() ? QString::number(profiles->contextLength()) : tr("the server's")));
    m_contextLength->setValue(info.settings.value(ContextSettings::ContextLengthKey).toInt(-1));
    m_contextLength->setAccessibleName(tr("Context length in tokens"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SessionSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SessionSettingsDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(tr("&System prompt:"), m_systemPrompt);
    form->addRow(tr("&Provider:"), m_provider);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&Temperature:"), m_temperature);
    form->addRow(tr("&History limit (messages, 0 = none):"), m_historyLimit);
    form->addRow(tr("Token &budget (0 = none):"), m_tokenBudget);
    form->addRow(tr("&Context length (tokens, 0 = the server's):"), m_contextLength);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_buttons = buttons;
    resize(560, 420);
}

void SessionSettingsDialog::setToolServers(const QStringList &servers)
{
    if (m_tools)
        return;
    m_tools = new ChatToolsBox(servers, m_draft.settings, this);
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_buttons), m_tools);
}

void SessionSettingsDialog::accept()
{
    const SessionInfo info = m_store ? m_store->session(m_sessionId).value_or(SessionInfo()) : m_draft;
    // Start from what is stored, so keys this dialog does not show (tokenRatio) survive.
    QJsonObject settings = info.settings;
    const auto put = [&settings](const QString &key, double value, bool isDefault) {
        if (isDefault)
            settings.remove(key);
        else
            settings.insert(key, value);
    };
    put(ContextSettings::TemperatureKey, m_temperature->value(), m_temperature->value() < 0);
    put(ContextSettings::MaxMessagesKey, m_historyLimit->value(), m_historyLimit->value() < 0);
    put(ContextSettings::TokenBudgetKey, m_tokenBudget->value(), m_tokenBudget->value() < 0);
    put(ContextSettings::ContextLengthKey, m_contextLength->value(), m_contextLength->value() < 0);
    if (m_tools)
        m_tools->writeTo(&settings);
    if (!m_store) {
        m_draft.systemPrompt = m_systemPrompt->toPlainText().trimmed();
        m_draft.provider = m_provider->currentData().toString();
        m_draft.model = m_model->text().trimmed();
        m_draft.settings = settings;
        QDialog::accept();
        return;
    }
    m_store->setSystemPrompt(m_sessionId, m_systemPrompt->toPlainText().trimmed());
    m_store->setSessionModel(m_sessionId, m_provider->currentData().toString(), m_model->text().trimmed());
    m_store->setSessionSettings(m_sessionId, settings);
    QDialog::accept();
}
