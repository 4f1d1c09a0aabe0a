#pragma once

#include "network/providerprofile.h"

#include <QDialog>
#include <QHash>
#include <QSet>
#include <functional>

class ApiKeyStore;
class QCheckBox;
class QComboBox;
class QLineEdit;
class PresetStore;
class PresetsPage;
class ProfileEditor;
class ProfileStore;
class QDoubleSpinBox;
class QListWidget;
class QNetworkAccessManager;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

// App settings: provider profiles (keys to the keychain) and the chat defaults
// (system prompt, temperature, history limit, token budget). Applied on OK.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // `presets`: with a Presets page (saved as they are edited, not on OK).
    SettingsDialog(ProfileStore *profiles, ApiKeyStore *keys, QNetworkAccessManager *nam,
        QWidget *parent = nullptr, PresetStore *presets = nullptr);
    PresetsPage *presetsPage() const { return m_presetsPage; }

    ProfileEditor *profileEditor() const { return m_editor; }
    QListWidget *profileList() const { return m_list; }
    QPlainTextEdit *systemPromptEdit() const { return m_systemPrompt; }
    QSpinBox *historyLimitBox() const { return m_historyLimit; }
    QSpinBox *tokenBudgetBox() const { return m_tokenBudget; }
    QSpinBox *contextLengthBox() const { return m_contextLength; }
    QDoubleSpinBox *temperatureBox() const { return m_temperature; }
    QCheckBox *autoTitlesBox() const { return m_autoTitles; }
    // Titles from: the chat's own model (data "") or a profile (data: its id), and a model.
    QComboBox *titleProfileBox() const { return m_titleProfile; }
    QLineEdit *titleModelEdit() const { return m_titleModel; }

    // Another tab (Tools), after the built-in ones; the caller applies it on OK.
    void addPage(QWidget *page, const QString &title);
    // Run by accept() before anything is saved: false keeps the dialog open on `page` (which
    // says why) and saves nothing.
    void addCheck(QWidget *page, std::function<bool()> check);

    void accept() override;

private:
    struct Draft
    {
        ProviderProfile profile;
        bool isNew = false;
        QString key; // typed this time
        bool keyEdited = false;
    };
    QWidget *createProfilesPage();
    QWidget *createDefaultsPage();
    void addProfile(const ProviderProfile &profile);
    void removeCurrent();
    void storeEditor();
    void loadEditor(int row);
    void refreshList();

    ProfileStore *m_profiles;
    PresetsPage *m_presetsPage = nullptr;
    QCheckBox *m_autoTitles = nullptr;
    QComboBox *m_titleProfile = nullptr;
    QLineEdit *m_titleModel = nullptr;
    ApiKeyStore *m_keys;
    // Reads whether a profile has a key, for the key field's hint; its own store, so the
    // answers do not reach the SessionManager listening to m_keys.
    ApiKeyStore *m_keyCheck;
    QList<Draft> m_drafts;
    QSet<QString> m_removed;
    QList<QPair<QWidget *, std::function<bool()>>> m_checks;
    QString m_defaultId;
    int m_currentRow = -1;
    QTabWidget *m_tabs;
    QListWidget *m_list;
    ProfileEditor *m_editor;
    QPlainTextEdit *m_systemPrompt;
    QDoubleSpinBox *m_temperature;
    QSpinBox *m_historyLimit;
    QSpinBox *m_tokenBudget;
    QSpinBox *m_contextLength;
};
