#pragma once

#include <QWidget>

class PresetStore;
class ProfileStore;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;

// Settings › Presets: the assistants (name, system prompt, profile, model, limits), each
// saved at once with Save (not with the dialog's OK), exported and imported as JSON.
class PresetsPage : public QWidget
{
    Q_OBJECT
public:
    PresetsPage(PresetStore *presets, ProfileStore *profiles, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QLineEdit *nameEdit() const { return m_name; }
    QPlainTextEdit *promptEdit() const { return m_prompt; }
    QComboBox *profileBox() const { return m_profile; }
    QLineEdit *modelEdit() const { return m_model; }
    QDoubleSpinBox *temperatureBox() const { return m_temperature; }
    QSpinBox *historyLimitBox() const { return m_historyLimit; }
    // What the buttons do (also for tests, which have no file dialog).
    bool saveCurrent();
    void removeCurrent();
    bool importFile(const QString &path, QString *error);
    bool exportFile(const QString &path, QString *error) const;

private:
    void refresh(const QString &select = {});
    void load(int row);

    PresetStore *m_presets;
    QListWidget *m_list;
    QLineEdit *m_name;
    QPlainTextEdit *m_prompt;
    QComboBox *m_profile;
    QLineEdit *m_model;
    QDoubleSpinBox *m_temperature;
    QSpinBox *m_historyLimit;
    QSpinBox *m_tokenBudget;
};
