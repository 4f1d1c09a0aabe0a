#include "presetcommands.h"

#include "clierror.h"
#include "settings/contextsettings.h"
#include "settings/presetstore.h"
#include "terminaltext.h"

#include <QJsonArray>
#include <QJsonDocument>

void PresetCommands::addOptions(QCommandLineParser *parser)
{
    parser->addOptions({
        {QStringLiteral("preset"), tr("new: start the chat from this preset (confab-cli presets)."),
            QStringLiteral("name")},
        {QStringLiteral("temperature"), tr("presets add: the sampling temperature."), QStringLiteral("t")},
    });
}

QString PresetCommands::usage()
{
    return QStringLiteral(
        R"(  presets [--json]                    list the presets (assistants): name, profile, model
  presets add NAME [--system P] [--profile P] [--model M] [--temperature T]
       [--max-messages N] [--token-budget N] [--context-length N]
                                      add or replace a preset
  presets remove NAME | presets import FILE | presets export [--output FILE]
                                      presets as JSON ({"presets": [...]}), all or nothing
)");
}

PresetCommands::PresetCommands(
    const QCommandLineParser &parser, const QString &settingsPath, QTextStream &out, QTextStream &err)
    : m_parser(parser)
    , m_settingsPath(settingsPath)
    , m_out(out)
    , m_err(err)
{ }

int PresetCommands::usageError(const QString &message)
{
    return CliError::usage(m_err, message);
}

int PresetCommands::failure(const QString &message)
{
    return CliError::failure(m_err, message);
}

int PresetCommands::run(QStringList args)
{
    const QString command = args.isEmpty() ? QStringLiteral("list") : args.takeFirst();
    if (command == QLatin1String("list"))
        return list();
    if (command == QLatin1String("add"))
        return add(args);
    if (command == QLatin1String("remove"))
        return remove(args);
    if (command == QLatin1String("export"))
        return exportPresets();
    if (command == QLatin1String("import"))
        return import(args);
    return usageError(tr("unknown presets command \"%1\"").arg(command));
}

bool PresetCommands::find(const QString &name, ChatPreset *preset)
{
    const PresetStore presets(m_settingsPath);
    if (const auto found = presets.find(name)) {
        *preset = *found;
        return true;
    }
    QStringList names;
    for (const ChatPreset &p : presets.presets())
        names << QStringLiteral("\"%1\"").arg(p.name);
    usageError(names.isEmpty()
            ? tr("there is no preset \"%1\": %2 has none (confab-cli presets add)").arg(name, m_settingsPath)
            : tr("there is no preset \"%1\"; the presets are: %2")
                  .arg(name, names.join(QStringLiteral(", "))));
    return false;
}

int PresetCommands::list()
{
    const PresetStore presets(m_settingsPath);
    if (m_parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const ChatPreset &p : presets.presets())
            list.append(p.toJson());
        m_out << TerminalText::safeJson(
            QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)));
        return 0;
    }
    if (presets.presets().isEmpty()) {
        m_err << tr("No presets in %1; add one with confab-cli presets add NAME.").arg(m_settingsPath)
              << Qt::endl;
        return 0;
    }
    m_out << tr("NAME") << '\t' << tr("PROFILE") << '\t' << tr("MODEL") << '\t' << tr("SYSTEM PROMPT")
          << '\n';
    for (const ChatPreset &p : presets.presets())
        m_out << TerminalText::safe(p.name) << '\t' << TerminalText::safe(p.profileId) << '\t'
              << TerminalText::safe(p.model) << '\t'
              << TerminalText::safe(p.systemPrompt.section(QLatin1Char('\n'), 0, 0).left(60)) << '\n';
    m_out.flush();
    return 0;
}

int PresetCommands::add(const QStringList &args)
{
    if (args.isEmpty() || args.first().trimmed().isEmpty())
        return usageError(tr("presets add needs a name"));
    QJsonObject json {{QStringLiteral("name"), args.first()}};
    const QList<QPair<QString, QString>> text {{QStringLiteral("system"), QStringLiteral("systemPrompt")},
        {QStringLiteral("profile"), QStringLiteral("profile")},
        {QStringLiteral("model"), QStringLiteral("model")}};
    for (const auto &[option, key] : text) {
        if (m_parser.isSet(option))
            json.insert(key, m_parser.value(option));
    }
    QJsonObject settings;
    const QList<QPair<QString, QLatin1String>> numbers {
        {QStringLiteral("temperature"), ContextSettings::TemperatureKey},
        {QStringLiteral("max-messages"), ContextSettings::MaxMessagesKey},
        {QStringLiteral("token-budget"), ContextSettings::TokenBudgetKey},
        {QStringLiteral("context-length"), ContextSettings::ContextLengthKey}};
    for (const auto &[option, key] : numbers) {
        if (!m_parser.isSet(option))
            continue;
        bool ok = false;
        const double value = m_parser.value(option).toDouble(&ok);
        if (!ok)
            return usageError(tr("--%1 needs a number, not \"%2\"").arg(option, m_parser.value(option)));
        settings.insert(key, value);
    }
    if (!settings.isEmpty())
        json.insert(QStringLiteral("settings"), settings);
    QString error;
    const auto preset = ChatPreset::fromJson(json, &error);
    if (!preset)
        return usageError(error);
    PresetStore presets(m_settingsPath);
    if (!presets.save(*preset) || !presets.sync())
        return failure(tr("could not write %1").arg(m_settingsPath));
    return 0;
}

int PresetCommands::remove(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(tr("presets remove needs a name"));
    PresetStore presets(m_settingsPath);
    if (!presets.remove(args.first()))
        return failure(tr("there is no preset \"%1\"").arg(args.first()));
    return presets.sync() ? 0 : failure(tr("could not write %1").arg(m_settingsPath));
}

int PresetCommands::exportPresets()
{
    const QByteArray json = PresetStore(m_settingsPath).exportJson();
    if (!m_parser.isSet(QStringLiteral("output"))) {
        m_out << TerminalText::safeJson(QString::fromUtf8(json));
        return 0;
    }
    QString error;
    return PresetStore(m_settingsPath).exportFile(m_parser.value(QStringLiteral("output")), &error)
        ? 0
        : failure(error);
}

int PresetCommands::import(const QStringList &args)
{
    if (args.isEmpty())
        return usageError(tr("presets import needs a file"));
    PresetStore presets(m_settingsPath);
    QString error;
    const int count = presets.importFile(args.first(), &error);
    if (count < 0)
        return failure(error);
    if (!presets.sync())
        return failure(tr("could not write %1").arg(m_settingsPath));
    m_out << tr("%n preset(s) imported", nullptr, count) << Qt::endl;
    return 0;
}
