#include "views/presetspage.h"

#include "settings/contextsettings.h"
#include "settings/presetstore.h"
#include "settings/profilestore.h"
#include "views/plainmessagebox.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

PresetsPage::PresetsPage(PresetStore *presets, ProfileStore *profiles, QWidget *parent)
    : QWidget(parent)
    , m_presets(presets)
    , m_list(new QListWidget(this))
    , m_name(new QLineEdit(this))
    , m_prompt(new QPlainTextEdit(this))
    , m_profile(new QComboBox(this))
    , m_model(new QLineEdit(this))
    , m_temperature(new QDoubleSpinBox(this))
    , m_historyLimit(new QSpinBox(this))
    , m_tokenBudget(new QSpinBox(this))
{
    m_list->setAccessibleName(tr("Presets"));
    m_name->setPlaceholderText(tr("e.g. Code reviewer"));
    m_prompt->setPlaceholderText(tr("e.g. You review C++ code and point out bugs."));
    m_prompt->setAccessibleName(tr("Preset system prompt"));
    m_profile->addItem(tr("Default provider"), QString());
    for (const ProviderProfile &profile : profiles->profiles())
        m_profile->addItem(profile.name, profile.id);
    m_model->setPlaceholderText(tr("The provider's model"));
    // -0.1 stands for "not set", as in the chat defaults.
    m_temperature->setRange(-0.1, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(1);
    m_temperature->setSpecialValueText(tr("Default"));
    m_historyLimit->setRange(0, 100000);
    m_historyLimit->setSpecialValueText(tr("Default"));
    m_tokenBudget->setRange(0, 10000000);
    m_tokenBudget->setSingleStep(1000);
    m_tokenBudget->setSpecialValueText(tr("Default"));

    auto *add = new QPushButton(tr("&New"), this);
    auto *save = new QPushButton(tr("&Save preset"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *importButton = new QPushButton(tr("&Import…"), this);
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    connect(add, &QPushButton::clicked, this, [this] {
        m_list->setCurrentRow(-1);
        load(-1);
        m_name->setFocus();
    });
    connect(save, &QPushButton::clicked, this, &PresetsPage::saveCurrent);
    connect(remove, &QPushButton::clicked, this, &PresetsPage::removeCurrent);
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Import Presets"), {}, tr("JSON (*.json)"));
        QString error;
        if (!path.isEmpty() && !importFile(path, &error))
            PlainMessageBox::warning(this, tr("Import Presets"), error);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Presets"), QStringLiteral("confab-presets.json"), tr("JSON (*.json)"));
        QString error;
        if (!path.isEmpty() && !exportFile(path, &error))
            PlainMessageBox::warning(this, tr("Export Presets"), error);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &PresetsPage::load);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("System &prompt:"), m_prompt);
    form->addRow(tr("Pro&vider:"), m_profile);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&Temperature:"), m_temperature);
    form->addRow(tr("&History limit:"), m_historyLimit);
    form->addRow(tr("To&ken budget:"), m_tokenBudget);
    auto *right = new QVBoxLayout;
    right->addLayout(form);
    right->addWidget(save, 0, Qt::AlignRight);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    auto *files = new QHBoxLayout;
    files->addWidget(importButton);
    files->addWidget(exportButton);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(buttons);
    left->addLayout(files);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);
    refresh();
    m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
    if (m_list->count() == 0)
        load(-1);
}

void PresetsPage::refresh(const QString &select)
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const ChatPreset &preset : m_presets->presets()) {
        m_list->addItem(preset.name);
        if (preset.name.compare(select, Qt::CaseInsensitive) == 0)
            m_list->setCurrentRow(m_list->count() - 1);
    }
}

void PresetsPage::load(int row)
{
    const QList<ChatPreset> presets = m_presets->presets();
    const ChatPreset preset = row >= 0 && row < presets.size() ? presets.at(row) : ChatPreset();
    m_name->setText(preset.name);
    m_prompt->setPlainText(preset.systemPrompt);
    const int profile = m_profile->findData(preset.profileId);
    m_profile->setCurrentIndex(qMax(0, profile));
    m_model->setText(preset.model);
    m_temperature->setValue(preset.settings.value(ContextSettings::TemperatureKey).toDouble(-0.1));
    m_historyLimit->setValue(preset.settings.value(ContextSettings::MaxMessagesKey).toInt());
    m_tokenBudget->setValue(preset.settings.value(ContextSettings::TokenBudgetKey).toInt());
}

bool PresetsPage::saveCurrent()
{
    ChatPreset preset;
    preset.name = m_name->text().trimmed();
    preset.systemPrompt = m_prompt->toPlainText();
    preset.profileId = m_profile->currentData().toString();
    preset.model = m_model->text().trimmed();
    if (m_temperature->value() >= 0)
        preset.settings.insert(ContextSettings::TemperatureKey, m_temperature->value());
    if (m_historyLimit->value() > 0)
        preset.settings.insert(ContextSettings::MaxMessagesKey, m_historyLimit->value());
    if (m_tokenBudget->value() > 0)
        preset.settings.insert(ContextSettings::TokenBudgetKey, m_tokenBudget->value());
    if (preset.name.isEmpty()) {
        m_name->setFocus();
        return false;
    }
    // Renamed: the old name goes, the new one takes its settings.
    const QListWidgetItem *current = m_list->currentItem();
    if (current && current->text().compare(preset.name, Qt::CaseInsensitive) != 0)
        m_presets->remove(current->text());
    if (!m_presets->save(preset))
        return false;
    refresh(preset.name);
    return true;
}

void PresetsPage::removeCurrent()
{
    if (const QListWidgetItem *current = m_list->currentItem())
        m_presets->remove(current->text());
    refresh();
    m_list->setCurrentRow(m_list->count() > 0 ? 0 : -1);
    if (m_list->count() == 0)
        load(-1);
}

bool PresetsPage::importFile(const QString &path, QString *error)
{
    if (m_presets->importFile(path, error) < 0)
        return false;
    refresh();
    m_list->setCurrentRow(0);
    return true;
}

bool PresetsPage::exportFile(const QString &path, QString *error) const
{
    return m_presets->exportFile(path, error);
}
