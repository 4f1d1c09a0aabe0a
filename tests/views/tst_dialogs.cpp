// The settings and first-run dialogs on their own: profiles from presets, the model list from a
// loopback server's /models, and API keys going to the keychain (a private gnome-keyring under
// scripts/with-keyring.sh), never into the settings file.
#include "loopbackserver.h"
#include "patientwaits.h"
#include "settings/apikeystore.h"
#include "settings/profilestore.h"
#include "views/firstrundialog.h"
#include "views/profileeditor.h"
#include "views/settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString KeychainService = QStringLiteral("ConfabDialogsTest");

// What an OpenAI-compatible server (Ollama, llama.cpp, vLLM...) answers on GET /v1/models.
LoopbackServer::Response modelsResponse()
{
    return LoopbackServer::json(200,
        R"({"object":"list","data":[{"id":"llama3.2","object":"model"},)"
        R"({"id":"qwen2.5:7b","object":"model"}]})");
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void clickOk(QDialog *dialog)
{
    auto *box = dialog->findChild<QDialogButtonBox *>();
    QVERIFY(box);
    QTest::mouseClick(box->button(QDialogButtonBox::Ok), Qt::LeftButton);
}

// Replaces what the line edit holds by typing, as a user would (textEdited is emitted).
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

} // namespace

class TestDialogs : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<ApiKeyStore> m_keys;
    QNetworkAccessManager m_nam;
    LoopbackServer m_server;
    QStringList m_keysToDelete;

    QString iniPath() const { return m_dir->filePath(QStringLiteral("confab.ini")); }
    QString v1() const { return m_server.baseUrl().toString() + QStringLiteral("/v1"); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.listen()); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
        m_profiles = std::make_unique<ProfileStore>(m_settings.get());
        m_keys = std::make_unique<ApiKeyStore>(KeychainService);
    }

    void cleanup()
    {
        for (const QString &id : std::as_const(m_keysToDelete))
            m_keys->deleteKeyBlocking(id);
        m_keysToDelete.clear();
        m_keys.reset();
        m_profiles.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void settingsAddsProfileFromPresetWithServerModelAndKeychainKey()
    {
        const QString secret = QStringLiteral("sk-test-5f1c0ffee-never-in-the-ini");
        SettingsDialog dialog(m_profiles.get(), m_keys.get(), &m_nam);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.profileList()->count(), 1); // the first-run Local Ollama

        // Add ▸ OpenAI (a preset).
        QPushButton *add = nullptr;
        for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
            if (button->menu())
                add = button;
        }
        QVERIFY(add);
        QAction *openAi = nullptr;
        for (QAction *action : add->menu()->actions()) {
            if (action->text() == QLatin1String("OpenAI"))
                openAi = action;
        }
        QVERIFY(openAi);
        openAi->trigger();
        QCOMPARE(dialog.profileList()->count(), 2);
        QCOMPARE(dialog.profileList()->currentRow(), 1);
        ProfileEditor *editor = dialog.profileEditor();
        QCOMPARE(editor->nameEdit()->text(), QStringLiteral("OpenAI"));
        QCOMPARE(editor->urlEdit()->text(), QStringLiteral("https://api.openai.com/v1"));

        // Point it at the loopback server, type the key, and pick the model from the server's list.
        retype(editor->urlEdit(), v1());
        QTest::keyClicks(editor->keyEdit(), secret);
        QVERIFY(editor->apiKeyEdited());
        const int before = int(m_server.requests().size());
        m_server.enqueue(modelsResponse());
        QTest::mouseClick(editor->testButton(), Qt::LeftButton);
        QTRY_COMPARE(editor->modelBox()->count(), 2);
        const LoopbackServer::Request request = m_server.requests().at(before);
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.path, QByteArray("/v1/models"));
        QCOMPARE(request.headers.value("authorization"), "Bearer " + secret.toUtf8());
        QVERIFY2(editor->statusLabel()->text().contains(QLatin1String("2 model")),
            qPrintable(editor->statusLabel()->text()));
        editor->modelBox()->setCurrentIndex(editor->modelBox()->findText(QStringLiteral("qwen2.5:7b")));

        QSignalSpy written(m_keys.get(), &ApiKeyStore::keyWritten);
        QSignalSpy failed(m_keys.get(), &ApiKeyStore::failed);
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        // The profile, as saved.
        QCOMPARE(m_profiles->profiles().size(), 2);
        const ProviderProfile saved = m_profiles->profiles().at(1);
        m_keysToDelete << saved.id;
        QCOMPARE(saved.name, QStringLiteral("OpenAI"));
        QCOMPARE(saved.baseUrl.toString(), v1());
        QCOMPARE(saved.model, QStringLiteral("qwen2.5:7b"));
        QCOMPARE(saved.kind, ProviderKind::OpenAICompatible);
        QVERIFY(m_profiles->defaultProfileId() != saved.id); // Local Ollama stays the default
        QCOMPARE(m_keys->sessionKey(saved.id), secret); // usable at once in this run

        // The settings file has the profile and not the key.
        const QByteArray ini = fileBytes(iniPath());
        QVERIFY2(ini.contains("qwen2.5:7b"), ini.constData());
        QVERIFY2(!ini.contains(secret.toUtf8()), "the API key was written to the settings file");
        QVERIFY(!ini.contains("sk-test"));

        // The keychain has it: read back by a separate store, which has no in-memory copy.
        QTRY_VERIFY_WITH_TIMEOUT(written.size() + failed.size() > 0, 10000);
        if (!failed.isEmpty()) {
            const auto error = failed.first().at(2).value<ApiKeyStore::Error>();
            if (error == ApiKeyStore::Error::NoKeychain)
                QSKIP("No Secret Service here: run under scripts/with-keyring.sh (scripts/test.sh does)");
            QFAIL(qPrintable(failed.first().at(1).toString()));
        }
        ApiKeyStore reader(KeychainService);
        QString error;
        const std::optional<QString> stored = reader.readKeyBlocking(saved.id, &error);
        QVERIFY2(stored.has_value(), qPrintable(error));
        QCOMPARE(*stored, secret);
    }

    void settingsEditsEndpointAndModelOfExistingProfile()
    {
        SettingsDialog dialog(m_profiles.get(), m_keys.get(), &m_nam);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ProfileEditor *editor = dialog.profileEditor();
        QCOMPARE(editor->nameEdit()->text(), QStringLiteral("Local Ollama"));
        retype(editor->urlEdit(), v1());
        editor->modelBox()->setEditText(QStringLiteral("mistral:7b"));
        dialog.historyLimitBox()->setValue(12);
        clickOk(&dialog);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const ProviderProfile saved = *m_profiles->defaultProfile();
        QCOMPARE(saved.name, QStringLiteral("Local Ollama"));
        QCOMPARE(saved.baseUrl.toString(), v1());
        QCOMPARE(saved.model, QStringLiteral("mistral:7b"));
        QCOMPARE(m_profiles->historyLimit(), 12);
        // Written to the file, not only kept in memory.
        ProfileStore reread(iniPath());
        QCOMPARE(reread.defaultProfile()->baseUrl.toString(), v1());
        QCOMPARE(reread.defaultProfile()->model, QStringLiteral("mistral:7b"));
        QCOMPARE(reread.historyLimit(), 12);
    }

    void testConnectionUsesTheSavedKey()
    {
        // The default profile (Local Ollama) has a key saved earlier; nothing is typed now.
        const QString id = m_profiles->defaultProfileId();
        ProviderProfile profile = *m_profiles->profile(id);
        profile.baseUrl = QUrl(v1());
        QVERIFY(m_profiles->updateProfile(profile));
        m_keys->setSessionKey(id, QStringLiteral("sk-saved-before"));
        SettingsDialog dialog(m_profiles.get(), m_keys.get(), &m_nam);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ProfileEditor *editor = dialog.profileEditor();
        QVERIFY(!editor->apiKeyEdited());
        const int before = int(m_server.requests().size());
        m_server.enqueue(modelsResponse());
        QSignalSpy tested(editor, &ProfileEditor::connectionTested);
        QTest::mouseClick(editor->testButton(), Qt::LeftButton);
        QTRY_COMPARE(tested.size(), 1);
        QCOMPARE(m_server.requests().at(before).headers.value("authorization"),
            QByteArray("Bearer sk-saved-before"));
    }

    void firstRunProposesLocalOllamaAndListsModels()
    {
        // No profile at all (all removed): the dialog starts from a local Ollama.
        for (const ProviderProfile &profile : m_profiles->profiles())
            QVERIFY(m_profiles->removeProfile(profile.id));
        QVERIFY(m_profiles->profiles().isEmpty());
        FirstRunDialog dialog(m_profiles.get(), m_keys.get(), &m_nam);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ProfileEditor *editor = dialog.editor();
        QCOMPARE(editor->nameEdit()->text(), QStringLiteral("Local Ollama"));
        QCOMPARE(editor->urlEdit()->text(), QStringLiteral("http://localhost:11434/v1"));
        QCOMPARE(editor->profile().kind, ProviderKind::OpenAICompatible);

        // "Test connection" against the server (here the loopback one) lists its models.
        retype(editor->urlEdit(), v1());
        editor->modelBox()->setEditText(QString());
        const int before = int(m_server.requests().size());
        m_server.enqueue(modelsResponse());
        QSignalSpy tested(editor, &ProfileEditor::connectionTested);
        QTest::mouseClick(editor->testButton(), Qt::LeftButton);
        QTRY_COMPARE(tested.size(), 1);
        QCOMPARE(tested.first().at(0).toBool(), true);
        QCOMPARE(m_server.requests().at(before).path, QByteArray("/v1/models"));
        QVERIFY(
            !m_server.requests().at(before).headers.contains("authorization")); // no key for a local server
        QCOMPARE(editor->modelBox()->count(), 2);
        QCOMPARE(editor->modelBox()->itemText(1), QStringLiteral("qwen2.5:7b"));
        QCOMPARE(
            editor->modelBox()->currentText(), QStringLiteral("llama3.2")); // the first, as none was typed
        QVERIFY(editor->statusLabel()->text().startsWith(QLatin1String("Connected")));

        clickOk(&dialog); // "Start chatting"
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(m_profiles->profiles().size(), 1);
        const ProviderProfile saved = *m_profiles->defaultProfile();
        QCOMPARE(saved.name, QStringLiteral("Local Ollama"));
        QCOMPARE(saved.baseUrl.toString(), v1());
        QCOMPARE(saved.model, QStringLiteral("llama3.2"));
        QCOMPARE(ProfileStore(iniPath()).defaultProfile()->model, QStringLiteral("llama3.2"));
    }

    void firstRunTakesAModelTheServerOffers()
    {
        // The typed name ("llama3.2", Ollama's) is not what this llama.cpp serves: after Test
        // connection the dialog holds the model the server offers, and says so.
        FirstRunDialog dialog(m_profiles.get(), m_keys.get(), &m_nam);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ProfileEditor *editor = dialog.editor();
        retype(editor->urlEdit(), v1());
        editor->modelBox()->setEditText(QStringLiteral("llama3.2"));
        m_server.enqueue(LoopbackServer::json(
            200, LoopbackServer::serverFixture(QStringLiteral("llamacpp_v1_models.json"))));
        QSignalSpy tested(editor, &ProfileEditor::connectionTested);
        QTest::mouseClick(editor->testButton(), Qt::LeftButton);
        QTRY_COMPARE(tested.size(), 1);
        QCOMPARE(editor->modelBox()->currentText(), QStringLiteral("stories260K"));
        QVERIFY2(editor->statusLabel()->text().contains(QLatin1String("stories260K")),
            qPrintable(editor->statusLabel()->text()));
        clickOk(&dialog);
        QCOMPARE(m_profiles->defaultProfile()->model, QStringLiteral("stories260K"));
    }

    void settingsSetTheContextLength()
    {
        SettingsDialog dialog(m_profiles.get(), m_keys.get(), &m_nam);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.contextLengthBox()->value(), 0); // the server's
        dialog.contextLengthBox()->setValue(8192);
        clickOk(&dialog);
        QCOMPARE(m_profiles->contextLength(), 8192);
        QCOMPARE(ProfileStore(iniPath()).contextDefaults().contextOverride, 8192);
    }

    void firstRunSaysWhenTheServerIsNotThere()
    {
        LoopbackServer gone;
        QVERIFY(gone.listen());
        const QString url = gone.baseUrl().toString() + QStringLiteral("/v1");
        gone.close(); // connection refused from now on
        FirstRunDialog dialog(m_profiles.get(), m_keys.get(), &m_nam);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        ProfileEditor *editor = dialog.editor();
        QCOMPARE(editor->nameEdit()->text(), QStringLiteral("Local Ollama")); // the first-run default profile
        retype(editor->urlEdit(), url);
        QSignalSpy tested(editor, &ProfileEditor::connectionTested);
        QTest::mouseClick(editor->testButton(), Qt::LeftButton);
        QTRY_COMPARE(tested.size(), 1);
        QCOMPARE(tested.first().at(0).toBool(), false);
        QVERIFY2(editor->statusLabel()->text().startsWith(QLatin1String("Could not connect")),
            qPrintable(editor->statusLabel()->text()));
        QVERIFY(editor->testButton()->isEnabled()); // can try again
    }
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
