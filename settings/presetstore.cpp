#include "settings/presetstore.h"

#include "storage/privatefiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSettings>

namespace {
const QString PresetsKey = QStringLiteral("presets");
const QString JsonKey = QStringLiteral("json");
} // namespace

PresetStore::PresetStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    // Owner-only before the first save, as the profiles (the same file).
    if (m_settings->format() == QSettings::IniFormat)
        PrivateFiles::prepareFile(m_settings->fileName());
    load();
}

PresetStore::PresetStore(const QString &iniPath, QObject *parent)
    : QObject(parent)
    , m_ownedSettings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
    , m_settings(m_ownedSettings.get())
{
    PrivateFiles::prepareFile(iniPath);
    load();
}

PresetStore::~PresetStore() = default;

void PresetStore::load()
{
    m_presets.clear();
    const int count = m_settings->beginReadArray(PresetsKey);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        QString error;
        const auto preset = ChatPreset::fromJson(
            QJsonDocument::fromJson(m_settings->value(JsonKey).toByteArray()).object(), &error);
        if (preset && indexOf(preset->name) < 0)
            m_presets.append(*preset);
    }
    m_settings->endArray();
}

void PresetStore::write()
{
    m_settings->remove(PresetsKey);
    m_settings->beginWriteArray(PresetsKey, int(m_presets.size()));
    for (int i = 0; i < m_presets.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(QStringLiteral("name"), m_presets.at(i).name); // for a person reading the file
        m_settings->setValue(JsonKey, QJsonDocument(m_presets.at(i).toJson()).toJson(QJsonDocument::Compact));
    }
    m_settings->endArray();
    m_settings->sync();
    Q_EMIT presetsChanged();
}

bool PresetStore::sync()
{
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

int PresetStore::indexOf(const QString &name) const
{
    for (int i = 0; i < m_presets.size(); ++i) {
        if (m_presets.at(i).name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

std::optional<ChatPreset> PresetStore::find(const QString &name) const
{
    const int i = indexOf(name);
    return i < 0 ? std::nullopt : std::optional<ChatPreset>(m_presets.at(i));
}

bool PresetStore::save(const ChatPreset &preset)
{
    QString error;
    const auto checked = ChatPreset::fromJson(preset.toJson(), &error);
    if (!checked)
        return false;
    const int i = indexOf(checked->name);
    if (i < 0)
        m_presets.append(*checked);
    else
        m_presets[i] = *checked;
    write();
    return true;
}

bool PresetStore::remove(const QString &name)
{
    const int i = indexOf(name);
    if (i < 0)
        return false;
    m_presets.removeAt(i);
    write();
    return true;
}

QByteArray PresetStore::exportJson() const
{
    QJsonArray list;
    for (const ChatPreset &preset : m_presets)
        list.append(preset.toJson());
    return QJsonDocument(QJsonObject {{PresetsKey, list}}).toJson(QJsonDocument::Indented);
}

int PresetStore::importJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = QCoreApplication::translate("PresetStore", "not JSON: %1 at byte %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return -1;
    }
    if (!doc.object().value(PresetsKey).isArray()) {
        *error = QCoreApplication::translate("PresetStore", "no \"presets\" list in the file");
        return -1;
    }
    QList<ChatPreset> read;
    for (const QJsonValue &value : doc.object().value(PresetsKey).toArray()) {
        const auto preset = ChatPreset::fromJson(value.toObject(), error);
        if (!preset)
            return -1;
        read.append(*preset);
    }
    for (const ChatPreset &preset : std::as_const(read)) {
        const int i = indexOf(preset.name);
        if (i < 0)
            m_presets.append(preset);
        else
            m_presets[i] = preset;
    }
    write();
    return int(read.size());
}

bool PresetStore::exportFile(const QString &path, QString *error) const
{
    const QByteArray json = exportJson();
    PrivateFiles::prepareFile(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit()) {
        *error = QCoreApplication::translate("PresetStore", "could not write %1: %2")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

int PresetStore::importFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("PresetStore", "could not read %1: %2")
                     .arg(path, file.errorString());
        return -1;
    }
    QString why;
    const int count = importJson(file.read(4 * 1024 * 1024), &why);
    if (count < 0)
        *error = QCoreApplication::translate("PresetStore", "%1: %2; nothing was imported").arg(path, why);
    return count;
}
