#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

struct ChatPreset;

// confab-cli presets ...: the assistants (named system prompt, profile, model, limits) in the
// app's settings file; `new --preset NAME` starts a chat from one.
//   presets [list] [--json] | presets add NAME [--system P] [--profile P] [--model M]
//       [--temperature T] [--max-messages N] [--token-budget N] [--context-length N]
//   presets remove NAME | presets export [--output FILE] | presets import FILE
class PresetCommands
{
    Q_DECLARE_TR_FUNCTIONS(PresetCommands)
public:
    static void addOptions(QCommandLineParser *parser);
    static QString usage();

    PresetCommands(
        const QCommandLineParser &parser, const QString &settingsPath, QTextStream &out, QTextStream &err);
    // `args`: what follows "presets". Exit codes as confab-cli's.
    int run(QStringList args);
    // The preset `name` for `new --preset`; false after reporting that there is none.
    bool find(const QString &name, ChatPreset *preset);

private:
    int list();
    int add(const QStringList &args);
    int remove(const QStringList &args);
    int exportPresets();
    int import(const QStringList &args);
    int usageError(const QString &message);
    int failure(const QString &message);

    const QCommandLineParser &m_parser;
    QString m_settingsPath;
    QTextStream &m_out;
    QTextStream &m_err;
};
