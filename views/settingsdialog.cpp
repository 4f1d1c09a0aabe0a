#include "views/settingsdialog.h"

#include "settings/apikeystore.h"
#include "settings/profilestore.h"
#include "views/plainmessagebox.h"
#include "views/presetspage.h"
#include "views/profileeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(ProfileStore *profiles, ApiKeyStore *keys, QNetworkAccessManager *nam,
    QWidget *parent, PresetStore *presets)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_keys(keys)
    , m_keyCheck(new ApiKeyStore(keys->service(), this))
    , m_list(new QListWidget(this))
    , m_editor(new ProfileEditor(nam, this))
    , m_systemPrompt(new QPlainTextEdit(this))
    , m_temperature(new QDoubleSpinBox(this))
    , m_historyLimit(new QSpinBox(this))
    , m_tokenBudget(new QSpinBox(this))
    , m_contextLength(new QSpinBox(this))
{
    m_editor->setKeyStore(keys);
    const auto answered = [this](const QString &profileId, const QString &hint) {
        if (m_currentRow >= 0 && m_currentRow < m_drafts.size()
            && m_drafts.at(m_currentRow).profile.id == profileId)
            m_editor->setApiKeyHint(hint);
    };
    connect(
        m_keyCheck, &ApiKeyStore::keyRead, this, [answered](const QString &profileId, const QString &key) {
            answered(profileId,
                key.isEmpty() ? tr("No key saved (none is needed for local servers)")
                              : tr("Stored in the system keychain; type to replace"));
        });
    connect(m_keyCheck, &ApiKeyStore::failed, this,
        [answered](const QString &profileId, const QString &message, ApiKeyStore::Error error) {
            answered(profileId,
                error == ApiKeyStore::Error::NotFound
                    ? tr("No key saved (none is needed for local servers)")
                    : tr("The keychain could not be read: %1").arg(message));
        });
    setWindowTitle(tr("Settings"));
    for (const ProviderProfile &profile : profiles->profiles())
        m_drafts << Draft {profile, false, {}, false};
    m_defaultId = profiles->defaultProfileId();

    auto *tabs = m_tabs = new QTabWidget(this);
    tabs->addTab(createProfilesPage(), tr("&Providers"));
    tabs->addTab(createDefaultsPage(), tr("&Chat defaults"));
    if (presets) {
        m_presetsPage = new PresetsPage(presets, profiles, this);
        tabs->addTab(m_presetsPage, tr("P&resets"));
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(720, 460);

    refreshList();
    m_list->setCurrentRow(m_drafts.isEmpty() ? -1 : 0);
}

void SettingsDialog::addPage(QWidget *page, const QString &title)
{
    m_tabs->addTab(page, title);
}

void SettingsDialog::addCheck(QWidget *page, std::function<bool()> check)
{
    m_checks.append({page, std::move(check)});
}

QWidget *SettingsDialog::createProfilesPage()
{
    auto *page = new QWidget(this);
    m_list->setAccessibleName(tr("Provider profiles"));
    auto *add = new QPushButton(tr("&Add"), page);
    auto *presets = new QMenu(add);
    for (const ProviderPreset &preset : ProfileStore::presets())
        presets->addAction(preset.name, this, [this, preset] { addProfile(preset.toProfile()); });
    presets->addSeparator();
    presets->addAction(tr("Custom server…"), this, [this] {
        ProviderProfile profile;
        profile.name = tr("Custom server");
        profile.baseUrl = QUrl(QStringLiteral("http://localhost:8080/v1"));
        addProfile(profile);
    });
    add->setMenu(presets);
    auto *remove = new QPushButton(tr("&Remove"), page);
    auto *makeDefault = new QPushButton(tr("Use by &default"), page);
    connect(remove, &QPushButton::clicked, this, &SettingsDialog::removeCurrent);
    connect(makeDefault, &QPushButton::clicked, this, [this] {
        storeEditor();
        if (m_currentRow >= 0)
            m_defaultId = m_drafts.at(m_currentRow).profile.id;
        refreshList();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        storeEditor();
        loadEditor(row);
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(makeDefault);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(buttons);
    auto *layout = new QHBoxLayout(page);
    layout->addLayout(left, 2);
    layout->addWidget(m_editor, 3);
    return page;
}

QWidget *SettingsDialog::createDefaultsPage()
{
    auto *page = new QWidget(this);
    m_systemPrompt->setPlainText(m_profiles->systemPrompt());
    m_systemPrompt->setPlaceholderText(tr("e.g. You are a helpful assistant."));
    m_systemPrompt->setAccessibleName(tr("Default system prompt"));
    // -0.1 stands for "not set": the provider's own default.
    m_temperature->setRange(-0.1, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(1);
    m_temperature->setSpecialValueText(tr("Provider default"));
    m_temperature->setValue(m_profiles->temperature().value_or(-0.1));
    m_temperature->setAccessibleName(tr("Temperature"));
    m_historyLimit->setRange(0, 100000);
    m_historyLimit->setSpecialValueText(tr("No limit"));
    m_historyLimit->setValue(m_profiles->historyLimit());
    m_historyLimit->setAccessibleName(tr("History limit in messages"));
    m_tokenBudget->setRange(0, 10000000);
    m_tokenBudget->setSingleStep(1000);
    m_tokenBudget->setSpecialValueText(tr("No limit"));
    m_tokenBudget->setValue(m_profiles->tokenBudget());
    m_tokenBudget->setAccessibleName(tr("Token budget"));
    m_contextLength->setRange(0, 10000000);
    m_contextLength->setSingleStep(1024);
    m_contextLength->setSpecialValueText(tr("The server's"));
    m_contextLength->setValue(m_profiles->contextLength());
    m_contextLength->setAccessibleName(tr("Context length in tokens"));
    m_contextLength->setToolTip(tr("How many tokens the model holds, prompt and reply together. Confab asks "
                                   "the server; set it here if the server does not say or says wrong."));

    auto *hint
        = new QLabel(tr("Older messages beyond these limits stay in the chat but are not sent; the chat "
                        "shows where the sent part starts. Each chat can override these."),
            page);
    hint->setWordWrap(true);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&System prompt:"), m_systemPrompt);
    form->addRow(tr("&Temperature:"), m_temperature);
    form->addRow(tr("&History limit (messages):"), m_historyLimit);
    form->addRow(tr("Token &budget:"), m_tokenBudget);
    form->addRow(tr("&Context length (tokens):"), m_contextLength);
    form->addRow(hint);
    // Costs one short request per new chat, to the chat's own server.
    m_autoTitles
        = new QCheckBox(tr("&Name new chats: after the first reply, ask the chat's model for a title"), page);
    m_autoTitles->setChecked(m_profiles->autoTitles());
    form->addRow(m_autoTitles);
    // A small, cheap model may name every chat; its profile's key goes only to its own server.
    m_titleProfile = new QComboBox(page);
    m_titleProfile->setAccessibleName(tr("Profile that names chats"));
    m_titleProfile->addItem(tr("This chat's model"), QString());
    for (const ProviderProfile &profile : m_profiles->profiles())
        m_titleProfile->addItem(profile.name, profile.id);
    m_titleProfile->setCurrentIndex(qMax(0, m_titleProfile->findData(m_profiles->titleProfileId())));
    m_titleModel = new QLineEdit(m_profiles->titleModel(), page);
    m_titleModel->setAccessibleName(tr("Model that names chats"));
    const auto updateModel = [this] {
        const auto profile = m_profiles->profile(m_titleProfile->currentData().toString());
        m_titleModel->setEnabled(profile.has_value() && m_autoTitles->isChecked());
        m_titleModel->setPlaceholderText(
            profile ? tr("The profile's model (%1)").arg(profile->model) : QString());
    };
    connect(m_titleProfile, &QComboBox::currentIndexChanged, this, updateModel);
    connect(m_autoTitles, &QCheckBox::toggled, m_titleProfile, &QWidget::setEnabled);
    connect(m_autoTitles, &QCheckBox::toggled, this, updateModel);
    m_titleProfile->setEnabled(m_autoTitles->isChecked());
    updateModel();
    auto *titles = new QHBoxLayout;
    titles->addWidget(m_titleProfile, 1);
    titles->addWidget(m_titleModel, 1);
    auto *titlesLabel = new QLabel(tr("T&itles from:"), page);
    titlesLabel->setBuddy(m_titleProfile);
    form->addRow(titlesLabel, titles);
    return page;
}

void SettingsDialog::refreshList()
{
    const QSignalBlocker blocker(m_list);
    const int row = m_list->currentRow();
    m_list->clear();
    for (const Draft &draft : std::as_const(m_drafts)) {
        QString label = draft.profile.name;
        if (!draft.profile.id.isEmpty() && draft.profile.id == m_defaultId)
            label = tr("%1 (default)").arg(label);
        m_list->addItem(label);
    }
    m_list->setCurrentRow(qMin(row, int(m_drafts.size()) - 1));
}

void SettingsDialog::addProfile(const ProviderProfile &profile)
{
    storeEditor();
    ProviderProfile fresh = profile;
    fresh.id.clear(); // ProfileStore makes a unique one
    m_drafts << Draft {fresh, true, {}, false};
    m_currentRow = -1;
    refreshList();
    m_list->setCurrentRow(int(m_drafts.size()) - 1);
    loadEditor(int(m_drafts.size()) - 1);
}

void SettingsDialog::removeCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    const Draft draft = m_drafts.takeAt(row);
    if (!draft.isNew)
        m_removed << draft.profile.id;
    m_currentRow = -1;
    refreshList();
    loadEditor(m_list->currentRow());
}

void SettingsDialog::storeEditor()
{
    if (m_currentRow < 0 || m_currentRow >= m_drafts.size())
        return;
    Draft &draft = m_drafts[m_currentRow];
    draft.profile = m_editor->profile();
    if (m_editor->apiKeyEdited()) {
        draft.key = m_editor->apiKey();
        draft.keyEdited = true;
    }
}

void SettingsDialog::loadEditor(int row)
{
    m_currentRow = row;
    m_editor->setEnabled(row >= 0);
    if (row < 0)
        return;
    const Draft &draft = m_drafts.at(row);
    m_editor->setProfile(draft.profile);
    if (draft.isNew) {
        m_editor->setApiKeyHint(tr("Not needed for local servers"));
    } else if (m_keys->hasSessionKey(draft.profile.id)) {
        m_editor->setApiKeyHint(tr("Kept in memory until you quit; type to replace"));
    } else {
        // Whether there is a key at all is the keychain's to say (answered just after).
        m_editor->setApiKeyHint(tr("Checking the keychain…"));
        m_keyCheck->readKey(draft.profile.id);
    }
}

void SettingsDialog::accept()
{
    for (const auto &[page, check] : std::as_const(m_checks)) {
        if (!check()) {
            m_tabs->setCurrentWidget(page);
            return;
        }
    }
    storeEditor();
    for (const QString &id : std::as_const(m_removed)) {
        m_profiles->removeProfile(id);
        m_keys->deleteKey(id);
    }
    for (Draft &draft : m_drafts) {
        QString id = draft.profile.id;
        const bool ok = draft.isNew ? !(id = m_profiles->addProfile(draft.profile)).isEmpty()
                                    : m_profiles->updateProfile(draft.profile);
        if (!ok) {
            PlainMessageBox::warning(this, tr("Settings"),
                tr("The profile “%1” needs a name and an http(s) endpoint URL.").arg(draft.profile.name));
            return;
        }
        if (draft.keyEdited) {
            // Usable at once for this run; the keychain keeps it for later (never QSettings).
            m_keys->setSessionKey(id, draft.key);
            if (draft.key.isEmpty())
                m_keys->deleteKey(id);
            else
                m_keys->writeKey(id, draft.key);
        }
        if (draft.profile.id == m_defaultId || (draft.isNew && m_defaultId.isEmpty()))
            m_defaultId = id;
        draft.profile.id = id;
        draft.isNew = false;
    }
    if (!m_defaultId.isEmpty())
        m_profiles->setDefaultProfileId(m_defaultId);
    m_profiles->setSystemPrompt(m_systemPrompt->toPlainText().trimmed());
    m_profiles->setTemperature(
        m_temperature->value() < 0 ? std::nullopt : std::optional<double>(m_temperature->value()));
    m_profiles->setHistoryLimit(m_historyLimit->value());
    m_profiles->setTokenBudget(m_tokenBudget->value());
    m_profiles->setContextLength(m_contextLength->value());
    m_profiles->setAutoTitles(m_autoTitles->isChecked());
    m_profiles->setTitleProfile(m_titleProfile->currentData().toString(), m_titleModel->text());
    m_profiles->sync();
    QDialog::accept();
}
