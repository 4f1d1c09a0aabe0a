#pragma once

#include "settings/chatpreset.h"

#include <QList>
#include <QObject>
#include <memory>

class QSettings;

// The assistants (ChatPreset), in the same settings file as the profiles: an ordered array
// presets/<n>/{name,json}. Names are unique, compared case-insensitively (what a user types).
// Exported and imported as JSON ({"presets": [...]}), each file all or nothing.
class PresetStore : public QObject
{
    Q_OBJECT
public:
    // Not owned; must outlive the store.
    explicit PresetStore(QSettings *settings, QObject *parent = nullptr);
    explicit PresetStore(const QString &iniPath, QObject *parent = nullptr);
    ~PresetStore() override;

    QList<ChatPreset> presets() const { return m_presets; }
    std::optional<ChatPreset> find(const QString &name) const;
    // Adds `preset`, or replaces the one with its name. False if it has no name.
    bool save(const ChatPreset &preset);
    bool remove(const QString &name);
    bool sync();

    QByteArray exportJson() const;
    // Adds or replaces the presets in `json`; none if any of them is bad (`error` says which).
    // Returns how many were read, -1 on error.
    int importJson(const QByteArray &json, QString *error);
    // The same with a file (owner-only when written); false / -1 and `error` on failure.
    bool exportFile(const QString &path, QString *error) const;
    int importFile(const QString &path, QString *error);

Q_SIGNALS:
    void presetsChanged();

private:
    void load();
    void write();
    int indexOf(const QString &name) const;

    std::unique_ptr<QSettings> m_ownedSettings;
    QSettings *m_settings;
    QList<ChatPreset> m_presets;
};
