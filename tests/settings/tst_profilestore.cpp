#include "settings/profilestore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_dir->isValid());
        m_ini = m_dir->filePath(QStringLiteral("confab.ini"));
    }

    void firstRunCreatesLocalOllama()
    {
        ProfileStore store(m_ini);
        QCOMPARE(store.profiles().size(), 1);
        const ProviderProfile ollama = store.profiles().constFirst();
        QCOMPARE(ollama.name, QStringLiteral("Local Ollama"));
        QCOMPARE(ollama.kind, ProviderKind::OpenAICompatible);
        QCOMPARE(ollama.baseUrl, QUrl(QStringLiteral("http://localhost:11434/v1")));
        QVERIFY(!ollama.id.isEmpty());
        QCOMPARE(store.defaultProfileId(), ollama.id);
        QVERIFY(store.defaultProfile().has_value());
        QVERIFY(QFile::exists(m_ini));

        // Reopening does not add a second one.
        ProfileStore again(m_ini);
        QCOMPARE(again.profiles().size(), 1);
        QCOMPARE(again.defaultProfileId(), ollama.id);
    }

    void presets_data()
    {
        QTest::addColumn<QString>("presetId");
        QTest::addColumn<ProviderKind>("kind");
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<bool>("needsKey");
        const auto oai = ProviderKind::OpenAICompatible;
        QTest::newRow("ollama") << "ollama" << oai << "http://localhost:11434/v1" << false;
        QTest::newRow("openai") << "openai" << oai << "https://api.openai.com/v1" << true;
        QTest::newRow("anthropic") << "anthropic" << ProviderKind::Anthropic << "https://api.anthropic.com/v1"
                                   << true;
        QTest::newRow("gemini") << "gemini" << ProviderKind::Gemini
                                << "https://generativelanguage.googleapis.com/v1beta" << true;
        QTest::newRow("openrouter") << "openrouter" << oai << "https://openrouter.ai/api/v1" << true;
        QTest::newRow("groq") << "groq" << oai << "https://api.groq.com/openai/v1" << true;
        QTest::newRow("deepseek") << "deepseek" << oai << "https://api.deepseek.com/v1" << true;
        QTest::newRow("lmstudio") << "lmstudio" << oai << "http://localhost:1234/v1" << false;
        QTest::newRow("llamacpp") << "llamacpp" << oai << "http://localhost:8080/v1" << false;
        QTest::newRow("vllm") << "vllm" << oai << "http://localhost:8000/v1" << false;
    }

    void presets()
    {
        QFETCH(QString, presetId);
        QFETCH(ProviderKind, kind);
        QFETCH(QString, baseUrl);
        QFETCH(bool, needsKey);
        const std::optional<ProviderPreset> preset = ProfileStore::preset(presetId);
        QVERIFY(preset.has_value());
        QCOMPARE(preset->kind, kind);
        QCOMPARE(preset->baseUrl, QUrl(baseUrl));
        QCOMPARE(preset->needsApiKey, needsKey);
        QVERIFY(!preset->name.isEmpty());

        // Every preset can be added as it is.
        ProfileStore store(m_ini);
        const QString id = store.addProfile(preset->toProfile());
        QVERIFY(!id.isEmpty());
        QCOMPARE(store.profile(id)->baseUrl, QUrl(baseUrl));
    }

    void crud()
    {
        ProfileStore store(m_ini);
        QSignalSpy changed(&store, &ProfileStore::profilesChanged);
        const QString ollamaId = store.defaultProfileId();

        const QString openai = store.addProfile(ProfileStore::preset(QStringLiteral("openai"))->toProfile());
        QCOMPARE(openai, QStringLiteral("openai"));
        const QString openai2 = store.addProfile(ProfileStore::preset(QStringLiteral("openai"))->toProfile());
        QCOMPARE(openai2, QStringLiteral("openai-2"));
        QCOMPARE(changed.size(), 2);
        QCOMPARE(store.defaultProfileId(), ollamaId); // adding does not steal the default

        ProviderProfile custom;
        custom.id = QStringLiteral("work");
        custom.name = QStringLiteral("  Work Azure  ");
        custom.baseUrl = QUrl(QStringLiteral("https://example.invalid/openai/v1"));
        custom.model = QStringLiteral("gpt-4o");
        QCOMPARE(store.addProfile(custom), QStringLiteral("work"));
        QCOMPARE(store.profile(QStringLiteral("work"))->name, QStringLiteral("Work Azure"));

        // Invalid ones are refused.
        QVERIFY(store.addProfile(custom).isEmpty()); // duplicate id
        ProviderProfile bad = custom;
        bad.id.clear();
        bad.name.clear();
        QVERIFY(store.addProfile(bad).isEmpty());
        bad.name = QStringLiteral("ftp");
        bad.baseUrl = QUrl(QStringLiteral("ftp://example.invalid/"));
        QVERIFY(store.addProfile(bad).isEmpty());
        QCOMPARE(store.profiles().size(), 4);

        // Update.
        ProviderProfile updated = *store.profile(openai2);
        updated.name = QStringLiteral("OpenAI (personal)");
        updated.model = QStringLiteral("o3-mini");
        QVERIFY(store.updateProfile(updated));
        ProviderProfile missing = updated;
        missing.id = QStringLiteral("nope");
        QVERIFY(!store.updateProfile(missing));

        // Default.
        QSignalSpy defaultChanged(&store, &ProfileStore::defaultProfileChanged);
        QVERIFY(!store.setDefaultProfileId(QStringLiteral("nope")));
        QVERIFY(store.setDefaultProfileId(openai2));
        QCOMPARE(defaultChanged.size(), 1);
        QCOMPARE(defaultChanged.at(0).at(0).toString(), openai2);

        // Persisted, in order.
        {
            ProfileStore reopened(m_ini);
            const QList<ProviderProfile> profiles = reopened.profiles();
            QCOMPARE(profiles.size(), 4);
            QCOMPARE(profiles.at(0).id, ollamaId);
            QCOMPARE(profiles.at(1).id, openai);
            QCOMPARE(profiles.at(2).id, openai2);
            QCOMPARE(profiles.at(2).name, QStringLiteral("OpenAI (personal)"));
            QCOMPARE(profiles.at(2).model, QStringLiteral("o3-mini"));
            QCOMPARE(profiles.at(2).kind, ProviderKind::OpenAICompatible);
            QCOMPARE(profiles.at(3).id, QStringLiteral("work"));
            QCOMPARE(profiles.at(3).baseUrl, QUrl(QStringLiteral("https://example.invalid/openai/v1")));
            QCOMPARE(reopened.defaultProfileId(), openai2);
        }

        // Removing the default moves it to the first remaining profile.
        QVERIFY(store.removeProfile(openai2));
        QVERIFY(!store.removeProfile(openai2));
        QCOMPARE(store.defaultProfileId(), ollamaId);
        QCOMPARE(defaultChanged.size(), 2);
        QVERIFY(!store.contains(openai2));
    }

    void kindsRoundTrip()
    {
        ProfileStore store(m_ini);
        for (const QString &presetId :
            {QStringLiteral("anthropic"), QStringLiteral("gemini"), QStringLiteral("ollama-native")}) {
            const ProviderPreset preset = *ProfileStore::preset(presetId);
            const QString id = store.addProfile(preset.toProfile());
            QVERIFY(!id.isEmpty());
            ProfileStore reopened(m_ini);
            QCOMPARE(reopened.profile(id)->kind, preset.kind);
        }
    }

    void attachmentOptionsRoundTrip()
    {
        ProfileStore store(m_ini);
        ProviderProfile profile = ProfileStore::preset(QStringLiteral("openai"))->toProfile();
        profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080/v1"));
        profile.nativePdf = true;
        profile.maxRequestBytes = 1000 * 1000;
        const QString id = store.addProfile(profile);
        ProfileStore reopened(m_ini);
        QVERIFY(reopened.profile(id)->nativePdf);
        QCOMPARE(reopened.profile(id)->maxRequestBytes, 1000 * 1000);
        // Unset, they stay out of the file (and read back as off and the provider's figure).
        const QString plain = store.addProfile(ProfileStore::preset(QStringLiteral("openai"))->toProfile());
        ProfileStore again(m_ini);
        QVERIFY(!again.profile(plain)->nativePdf);
        QCOMPARE(again.profile(plain)->maxRequestBytes, 0);
    }

    void removingAllKeepsItEmpty()
    {
        {
            ProfileStore store(m_ini);
            QVERIFY(store.removeProfile(store.defaultProfileId()));
            QVERIFY(store.profiles().isEmpty());
            QVERIFY(store.defaultProfileId().isEmpty());
            QVERIFY(!store.defaultProfile().has_value());
        }
        ProfileStore reopened(m_ini);
        QVERIFY(reopened.profiles().isEmpty()); // the first-run profile is not brought back

        // The first profile added to an empty store becomes the default.
        const QString id = reopened.addProfile(ProfileStore::preset(QStringLiteral("groq"))->toProfile());
        QCOMPARE(reopened.defaultProfileId(), id);
    }

    void appDefaults()
    {
        {
            ProfileStore store(m_ini);
            QCOMPARE(store.systemPrompt(), QString());
            QCOMPARE(store.temperature(), std::nullopt);
            QCOMPARE(store.historyLimit(), 0);
            QCOMPARE(store.tokenBudget(), ProfileStore::DefaultTokenBudget);

            QSignalSpy spy(&store, &ProfileStore::defaultsChanged);
            store.setSystemPrompt(QStringLiteral("Be brief."));
            store.setTemperature(0.25);
            store.setHistoryLimit(40);
            store.setTokenBudget(8000);
            store.setTokenBudget(8000); // unchanged: no signal
            QCOMPARE(spy.size(), 4);
        }
        {
            QSettings settings(m_ini, QSettings::IniFormat); // the QSettings* constructor
            ProfileStore store(&settings);
            QCOMPARE(store.systemPrompt(), QStringLiteral("Be brief."));
            QCOMPARE(store.temperature(), std::optional<double>(0.25));
            QCOMPARE(store.historyLimit(), 40);
            QCOMPARE(store.tokenBudget(), 8000);
            const ContextSettings defaults = store.contextDefaults();
            QCOMPARE(defaults.systemPrompt, QStringLiteral("Be brief."));
            QCOMPARE(defaults.maxMessages, 40);
            QCOMPARE(defaults.tokenBudget, 8000);
            QCOMPARE(defaults.temperature, std::optional<double>(0.25));

            store.setTemperature(std::nullopt);
            store.setHistoryLimit(-3);
            store.setTokenBudget(0); // "no limit" is kept as a choice
            QCOMPARE(store.temperature(), std::nullopt);
            QCOMPARE(store.historyLimit(), 0);
        }
        ProfileStore reopened(m_ini);
        QCOMPARE(reopened.temperature(), std::nullopt);
        QCOMPARE(reopened.tokenBudget(), 0);
    }

    void defaultSettingsPathIsPerUser()
    {
        const QString path = ProfileStore::defaultSettingsPath();
        QVERIFY(path.endsWith(QStringLiteral("/Confab/confab.ini")));
        QVERIFY(path.startsWith(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ini;
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
