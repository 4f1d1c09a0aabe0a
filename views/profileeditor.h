#pragma once

#include "network/providerprofile.h"

#include <QWidget>
#include <memory>

class ApiKeyStore;
class ChatClient;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;

// Edits one provider profile: name, protocol, endpoint, model (from the server's list or typed)
// and the API key (handed to the keychain by the caller; never stored with the profile).
class ProfileEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ProfileEditor(QNetworkAccessManager *nam, QWidget *parent = nullptr);
    ~ProfileEditor() override;

    void setProfile(const ProviderProfile &profile);
    // Where "Test connection" finds the saved key of an existing profile when none was typed.
    void setKeyStore(ApiKeyStore *keys) { m_keys = keys; }
    ProviderProfile profile() const;
    // What the user typed in the key field; only meaningful when apiKeyEdited().
    QString apiKey() const;
    bool apiKeyEdited() const { return m_keyEdited; }
    QString apiKeyHint() const;
    void setApiKeyHint(const QString &hint);

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *keyEdit() const { return m_key; }
    QPushButton *testButton() const { return m_test; }
    QComboBox *modelBox() const { return m_model; }
    QLabel *statusLabel() const { return m_status; }
    // Shown while the endpoint is plain http to a host beyond this machine and its network.
    QLabel *insecureWarning() const { return m_insecure; }
    QCheckBox *nativePdfBox() const { return m_nativePdf; }

    // Asks the server for its models (fills the model list; says whether the server answered).
    void testConnection();

private:
    void updateInsecureWarning();

Q_SIGNALS:
    void edited();
    void connectionTested(bool ok, const QString &message);

private:
    QNetworkAccessManager *m_nam;
    QString m_id;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_url;
    QComboBox *m_model;
    QLineEdit *m_key;
    QPushButton *m_test;
    QLabel *m_status;
    QLabel *m_insecure;
    QCheckBox *m_nativePdf; // OpenAI-compatible: the server reads PDFs (ProviderProfile::nativePdf)
    qint64 m_maxRequestBytes = 0; // kept as the settings file has it; not edited here
    bool m_keyEdited = false;
    ApiKeyStore *m_keys = nullptr;
    std::unique_ptr<ChatClient> m_client;
};
