#include "views/firstrundialog.h"

#include "settings/apikeystore.h"
#include "settings/profilestore.h"
#include "views/profileeditor.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

FirstRunDialog::FirstRunDialog(
    ProfileStore *profiles, ApiKeyStore *keys, QNetworkAccessManager *nam, QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_keys(keys)
    , m_editor(new ProfileEditor(nam, this))
{
    setWindowTitle(tr("Welcome to Confab"));
    auto *intro
        = new QLabel(tr("<h3>Welcome to Confab</h3>"
                        "<p>Confab talks to a language model server. It starts with a local "
                        "<a href=\"https://ollama.com\">Ollama</a> on this computer; you can also pick "
                        "OpenAI, Anthropic, Gemini or any OpenAI-compatible server.</p>"
                        "<p>Press <b>Test connection</b> to check the server and choose a model. "
                        "API keys are kept in the system keychain.</p>"),
            this);
    intro->setWordWrap(true);
    intro->setOpenExternalLinks(true);

    ProviderProfile profile;
    if (auto existing = profiles->defaultProfile())
        profile = *existing;
    else if (auto ollama = ProfileStore::preset(QStringLiteral("ollama")))
        profile = ollama->toProfile();
    if (profile.baseUrl.isEmpty()) {
        profile.name = tr("Local Ollama");
        profile.baseUrl = QUrl(QStringLiteral("http://localhost:11434/v1"));
    }
    m_editor->setProfile(profile);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start chatting"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Later"));
    connect(buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_editor);
    layout->addWidget(buttons);
    resize(620, 420);
}

void FirstRunDialog::accept()
{
    ProviderProfile profile = m_editor->profile();
    const bool ok = m_profiles->contains(profile.id)
        ? m_profiles->updateProfile(profile)
        : !(profile.id = m_profiles->addProfile(profile)).isEmpty();
    if (!ok) {
        QMessageBox::warning(
            this, windowTitle(), tr("Please give the profile a name and an http(s) endpoint URL."));
        return;
    }
    m_profiles->setDefaultProfileId(profile.id);
    if (m_editor->apiKeyEdited() && !m_editor->apiKey().isEmpty()) {
        m_keys->setSessionKey(profile.id, m_editor->apiKey());
        m_keys->writeKey(profile.id, m_editor->apiKey());
    }
    m_profiles->sync();
    QDialog::accept();
}
