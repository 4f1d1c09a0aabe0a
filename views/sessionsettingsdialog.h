#pragma once

#include "storage/sessioninfo.h"

#include <QDialog>

class ChatToolsBox;
class ProfileStore;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class SessionStore;

// Per-chat overrides of the app defaults: system prompt, provider/model, temperature, history
// limit and token budget. "Default" (the lowest value) leaves a setting to the app.
class SessionSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SessionSettingsDialog(
        SessionStore *store, qint64 sessionId, ProfileStore *profiles, QWidget *parent = nullptr);
    // For a new chat before its first message: edits `draft` (SessionManager::draft()); the
    // result is draft() after accept.
    SessionSettingsDialog(const SessionInfo &draft, ProfileStore *profiles, QWidget *parent = nullptr);
    const SessionInfo &draft() const { return m_draft; }
    QComboBox *providerBox() const { return m_provider; }
    QLineEdit *modelEdit() const { return m_model; }

    QPlainTextEdit *systemPromptEdit() const { return m_systemPrompt; }
    QSpinBox *historyLimitBox() const { return m_historyLimit; }
    QSpinBox *tokenBudgetBox() const { return m_tokenBudget; }

    // Adds the choice of MCP servers for this chat (`servers`: the enabled ones).
    void setToolServers(const QStringList &servers);
    ChatToolsBox *toolsBox() const { return m_tools; }

    void accept() override;

    QSpinBox *contextLengthBox() const { return m_contextLength; }

private:
    SessionStore *m_store = nullptr;
    SessionInfo m_draft;
    qint64 m_sessionId;
    QPlainTextEdit *m_systemPrompt;
    QComboBox *m_provider;
    QLineEdit *m_model;
    QDoubleSpinBox *m_temperature;
    QSpinBox *m_historyLimit;
    QSpinBox *m_tokenBudget;
    QSpinBox *m_contextLength;
    ChatToolsBox *m_tools = nullptr;
    QWidget *m_buttons = nullptr;
};
