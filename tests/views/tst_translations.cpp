// German and French are complete: key strings translate from the embedded .qm files, and
// lupdate/lrelease find nothing new or unfinished in the sources.
#include "translations/translationloader.h"

#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    static QString tsPath(const QString &language)
    {
        return QStringLiteral(CONFAB_SOURCE_DIR "/translations/confab_%1.ts").arg(language);
    }

    static QString run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(program, arguments);
        if (!process.waitForFinished(120000) || process.exitCode() != 0)
            return QStringLiteral("FAILED: ") + QString::fromLocal8Bit(process.readAll());
        return QString::fromLocal8Bit(process.readAll());
    }

private Q_SLOTS:
    void keyStrings_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de send") << "de"
                                 << "Composer"
                                 << "Send"
                                 << "Senden";
        QTest::newRow("de stop") << "de"
                                 << "Composer"
                                 << "Stop"
                                 << "Stopp";
        QTest::newRow("de new chat") << "de"
                                     << "SessionSidebar"
                                     << "New chat"
                                     << "Neuer Chat";
        QTest::newRow("de today") << "de"
                                  << "SessionListModel"
                                  << "Today"
                                  << "Heute";
        QTest::newRow("de retry") << "de"
                                  << "MessageDelegate"
                                  << "Retry"
                                  << "Erneut versuchen";
        QTest::newRow("fr send") << "fr"
                                 << "Composer"
                                 << "Send"
                                 << "Envoyer";
        QTest::newRow("fr new chat") << "fr"
                                     << "SessionSidebar"
                                     << "New chat"
                                     << "Nouvelle discussion";
        QTest::newRow("fr today") << "fr"
                                  << "SessionListModel"
                                  << "Today"
                                  << "Aujourd’hui";
        QTest::newRow("fr settings") << "fr"
                                     << "MainWindow"
                                     << "&Settings…"
                                     << "&Paramètres…";
        // The core library's messages (storage, network) reach the user through these widgets.
        QTest::newRow("de disk full")
            << "de"
            << "SessionStore"
            << "The disk is full: Confab could not save your latest change. Free some "
               "space; nothing already saved is lost."
            << "Der Datenträger ist voll: Confab konnte Ihre letzte Änderung nicht "
               "speichern. Geben Sie etwas Speicherplatz frei; bereits Gespeichertes geht "
               "nicht verloren.";
        QTest::newRow("fr disk full")
            << "fr"
            << "SessionStore"
            << "The disk is full: Confab could not save your latest change. Free some "
               "space; nothing already saved is lost."
            << "Le disque est plein : Confab n’a pas pu enregistrer votre dernière "
               "modification. Libérez de l’espace ; rien de ce qui est déjà enregistré "
               "n’est perdu.";
        QTest::newRow("de 401") << "de"
                                << "ProviderError"
                                << "The API key was rejected by %1 (HTTP 401)"
                                << "Der API-Schlüssel wurde von %1 abgelehnt (HTTP 401)";
        QTest::newRow("fr 401") << "fr"
                                << "ProviderError"
                                << "The API key was rejected by %1 (HTTP 401)"
                                << "La clé d’API a été refusée par %1 (HTTP 401)";
        QTest::newRow("de keychain denied")
            << "de"
            << "ApiKeyStore"
            << "Access to the keychain was denied%1. Unlock your keyring (or allow "
               "Confab to use it) and try again."
            << "Der Zugriff auf den Schlüsselbund wurde verweigert%1. Entsperren Sie "
               "Ihren Schlüsselbund (oder erlauben Sie Confab, ihn zu verwenden) und "
               "versuchen Sie es erneut.";
        QTest::newRow("fr busy")
            << "fr"
            << "SessionStore"
            << "The database is busy: another program kept it locked for too long. Try again."
            << "La base de données est occupée : un autre programme l’a verrouillée trop "
               "longtemps. Réessayez.";
    }

    void keyStrings()
    {
        QFETCH(QString, language);
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, expected);
        QTranslator translator;
        QVERIFY(translator.load(TranslationLoader::resourcePath(language)));
        QCOMPARE(translator.translate(context.toUtf8().constData(), source.toUtf8().constData()), expected);
    }

    void pluralsFollowTheLanguage()
    {
        QTranslator de;
        QVERIFY(de.load(TranslationLoader::resourcePath(QStringLiteral("de"))));
        QCoreApplication::installTranslator(&de);
        QCOMPARE(QCoreApplication::translate(
                     "MessageDelegate", "Context starts here — %n earlier message(s) not sent", nullptr, 1),
            QStringLiteral("Kontext beginnt hier — 1 frühere Nachricht nicht gesendet"));
        QCOMPARE(QCoreApplication::translate(
                     "MessageDelegate", "Context starts here — %n earlier message(s) not sent", nullptr, 3),
            QStringLiteral("Kontext beginnt hier — 3 frühere Nachrichten nicht gesendet"));
        QCoreApplication::removeTranslator(&de);
        // Without a translation for the system language, English plurals still read well.
        QTranslator en;
        QVERIFY(en.load(TranslationLoader::resourcePath(QStringLiteral("en"))));
        QCoreApplication::installTranslator(&en);
        QCOMPARE(QCoreApplication::translate("MainWindow", "%n message(s)", nullptr, 1),
            QStringLiteral("1 message"));
        QCOMPARE(QCoreApplication::translate("MainWindow", "%n message(s)", nullptr, 2),
            QStringLiteral("2 messages"));
        QCoreApplication::removeTranslator(&en);
    }

    void nothingUnfinished_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << "de";
        QTest::newRow("fr") << "fr";
    }

    void nothingUnfinished()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        const QString ts = dir.filePath(QStringLiteral("check.ts"));
        QVERIFY(QFile::copy(tsPath(language), ts));
        // The same sources as qt_add_translations in views/CMakeLists.txt (written there at configure time).
        const QString lupdate = run(QStringLiteral(CONFAB_LUPDATE),
            {QStringLiteral("@" CONFAB_TR_SOURCES_LIST), QStringLiteral("-no-obsolete"),
                QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-ts"), ts});
        QVERIFY2(!lupdate.startsWith(QStringLiteral("FAILED")), qPrintable(lupdate));
        QVERIFY2(lupdate.contains(QStringLiteral("(0 new and")), qPrintable(lupdate));
        const QString lrelease = run(QStringLiteral(CONFAB_LRELEASE),
            {ts, QStringLiteral("-qm"), dir.filePath(QStringLiteral("check.qm"))});
        QVERIFY2(lrelease.contains(QStringLiteral(" 0 unfinished")), qPrintable(lrelease));
        QVERIFY2(!lrelease.contains(QStringLiteral("untranslated")), qPrintable(lrelease));
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
