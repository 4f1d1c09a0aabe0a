#include "views/profileeditor.h"

#include "network/chatclient.h"
#include "network/endpointpolicy.h"
#include "settings/apikeystore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

ProfileEditor::ProfileEditor(QNetworkAccessManager *nam, QWidget *parent)
    : QWidget(parent)
    , m_nam(nam)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_model(new QComboBox(this))
    , m_key(new QLineEdit(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_status(new QLabel(this))
    , m_insecure(new QLabel(this))
    , m_nativePdf(new QCheckBox(tr("The server reads PDFs: send them as files, not as their text"), this))
{
    m_kind->addItem(tr("OpenAI-compatible (OpenAI, Ollama, llama.cpp, vLLM, LM Studio…)"),
        int(ProviderKind::OpenAICompatible));
    m_kind->addItem(tr("Anthropic"), int(ProviderKind::Anthropic));
    m_kind->addItem(tr("Ollama (native API)"), int(ProviderKind::OllamaNative));
    m_kind->addItem(tr("Google Gemini"), int(ProviderKind::Gemini));
    m_url->setPlaceholderText(QStringLiteral("http://localhost:11434/v1"));
    m_model->setEditable(true); // the list is a help; any name can be typed
    m_model->setInsertPolicy(QComboBox::NoInsert);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Not needed for local servers"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setTextFormat(Qt::PlainText); // shows what the server answered
    m_insecure->setWordWrap(true);
    m_insecure->setTextFormat(Qt::PlainText);
    m_insecure->hide();

    m_name->setAccessibleName(tr("Profile name"));
    m_kind->setAccessibleName(tr("Protocol"));
    m_url->setAccessibleName(tr("Endpoint URL"));
    m_model->setAccessibleName(tr("Model"));
    m_key->setAccessibleName(tr("API key"));
    m_test->setAccessibleName(tr("Test connection"));

    auto *modelRow = new QHBoxLayout;
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(m_test);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Protocol:"), m_kind);
    form->addRow(tr("&Endpoint:"), m_url);
    form->addRow(QString(), m_insecure);
    // A layout has no buddy: give the label one, or its "&" would show.
    auto *modelLabel = new QLabel(tr("&Model:"), this);
    modelLabel->setBuddy(m_model);
    form->addRow(modelLabel, modelRow);
    form->addRow(tr("API &key:"), m_key);
    // OpenAI's own API is known by its host; other OpenAI-compatible servers are asked here.
    form->addRow(QString(), m_nativePdf);
    form->addRow(QString(), m_status);

    connect(m_test, &QPushButton::clicked, this, &ProfileEditor::testConnection);
    connect(m_key, &QLineEdit::textEdited, this, [this] {
        m_keyEdited = true;
        Q_EMIT edited();
    });
    connect(m_url, &QLineEdit::textChanged, this, &ProfileEditor::updateInsecureWarning);
    for (QLineEdit *edit : {m_name, m_url})
        connect(edit, &QLineEdit::textEdited, this, &ProfileEditor::edited);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ProfileEditor::edited);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_nativePdf->setEnabled(
            ProviderKind(m_kind->currentData().toInt()) == ProviderKind::OpenAICompatible);
    });
    connect(m_nativePdf, &QCheckBox::toggled, this, &ProfileEditor::edited);
    connect(m_model, &QComboBox::currentTextChanged, this, &ProfileEditor::edited);
}

ProfileEditor::~ProfileEditor() = default;

void ProfileEditor::updateInsecureWarning()
{
    const QUrl url = EndpointPolicy::fromUserInput(m_url->text());
    const bool insecure = url.isValid() && EndpointPolicy::isInsecureRemote(url);
    if (insecure)
        m_insecure->setText(QStringLiteral("⚠ ") + EndpointPolicy::insecureWarning(url));
    m_insecure->setVisible(insecure);
}

void ProfileEditor::setProfile(const ProviderProfile &profile)
{
    m_id = profile.id;
    m_name->setText(profile.name);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(profile.kind))));
    m_url->setText(profile.baseUrl.toString());
    m_model->clear();
    m_model->setEditText(profile.model);
    m_nativePdf->setChecked(profile.nativePdf);
    m_nativePdf->setEnabled(profile.kind == ProviderKind::OpenAICompatible);
    m_maxRequestBytes = profile.maxRequestBytes;
    m_key->clear();
    m_keyEdited = false;
    m_status->clear();
}

ProviderProfile ProfileEditor::profile() const
{
    ProviderProfile profile;
    profile.id = m_id;
    profile.name = m_name->text().trimmed();
    profile.kind = ProviderKind(m_kind->currentData().toInt());
    profile.baseUrl = EndpointPolicy::fromUserInput(m_url->text());
    profile.model = m_model->currentText().trimmed();
    profile.nativePdf = m_nativePdf->isChecked() && profile.kind == ProviderKind::OpenAICompatible;
    profile.maxRequestBytes = m_maxRequestBytes;
    return profile;
}

QString ProfileEditor::apiKey() const
{
    return m_key->text().trimmed();
}

void ProfileEditor::setApiKeyHint(const QString &hint)
{
    m_key->setPlaceholderText(hint);
}

QString ProfileEditor::apiKeyHint() const
{
    return m_key->placeholderText();
}

void ProfileEditor::testConnection()
{
    const ProviderProfile current = profile();
    if (!current.baseUrl.isValid() || current.baseUrl.scheme().isEmpty()) {
        m_status->setText(tr("Enter the server's URL first."));
        return;
    }
    m_client = ChatClient::create(m_nam, current);
    if (!m_client) {
        m_status->setText(tr("This protocol is not supported."));
        return;
    }
    if (m_keyEdited) {
        m_client->setApiKey(apiKey());
    } else if (m_keys && !current.id.isEmpty()) {
        // The saved key of this profile (memory or keychain), as a real request would use.
        m_client->setApiKey(m_keys->readKeyBlocking(current.id, nullptr, 5000).value_or(QString()));
    }
    m_test->setEnabled(false);
    m_status->setText(tr("Connecting to %1…").arg(current.baseUrl.toString()));
    connect(m_client.get(), &ChatClient::modelsListed, this, [this](const QStringList &models) {
        m_test->setEnabled(true);
        const QString typed = m_model->currentText().trimmed();
        m_model->clear();
        m_model->addItems(models);
        // A name the server does not offer would fail on the first message: take one it offers.
        const bool offered = models.isEmpty() || models.contains(typed);
        m_model->setEditText(offered ? typed : models.first());
        QString message = tr("Connected: the server offers %n model(s).", nullptr, int(models.size()));
        if (!offered && !typed.isEmpty())
            message
                += u' ' + tr("It does not offer “%1”; “%2” is chosen instead.").arg(typed, models.first());
        m_status->setText(message);
        Q_EMIT connectionTested(true, message);
    });
    connect(m_client.get(), &ChatClient::modelsFailed, this, [this](const QString &error) {
        m_test->setEnabled(true);
        const QString message = tr("Could not connect: %1").arg(error);
        m_status->setText(message);
        Q_EMIT connectionTested(false, message);
    });
    m_client->listModels();
}
