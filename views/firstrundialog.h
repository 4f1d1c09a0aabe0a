#pragma once

#include <QDialog>

class ApiKeyStore;
class ProfileEditor;
class ProfileStore;
class QNetworkAccessManager;

// Shown when there is no usable profile yet (or on the very first start): explains what Confab
// needs and starts from a local Ollama, with "Test connection" to check it right away.
class FirstRunDialog : public QDialog
{
    Q_OBJECT
public:
    FirstRunDialog(
        ProfileStore *profiles, ApiKeyStore *keys, QNetworkAccessManager *nam, QWidget *parent = nullptr);

    ProfileEditor *editor() const { return m_editor; }
    void accept() override;

private:
    ProfileStore *m_profiles;
    ApiKeyStore *m_keys;
    ProfileEditor *m_editor;
};
