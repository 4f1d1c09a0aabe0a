#include "views/mcpservereditor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column { NameColumn, ValueColumn, SecretColumn };

// The value of a row marked secret is shown and typed as dots, like a password.
class SecretValueDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static bool isSecret(const QModelIndex &index)
    {
        return index.siblingAtColumn(SecretColumn).data(Qt::CheckStateRole).toInt() == Qt::Checked;
    }

    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto *line = qobject_cast<QLineEdit *>(editor); line && isSecret(index))
            line->setEchoMode(QLineEdit::Password);
        return editor;
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (isSecret(index) && !option->text.isEmpty())
            option->text = QString(option->text.size(), QChar(0x2022));
    }
};
} // namespace

McpServerEditor::McpServerEditor(
    const McpServerConfig &existing, bool editing, const QStringList &takenNames, QWidget *parent)
    : QDialog(parent)
    , m_editing(editing)
    , m_taken(takenNames)
    , m_form(new QFormLayout)
    , m_name(new QLineEdit(existing.name, this))
    , m_kind(new QComboBox(this))
    , m_command(new QLineEdit(existing.command, this))
    , m_arguments(new QPlainTextEdit(existing.args.join(QLatin1Char('\n')), this))
    , m_url(new QLineEdit(existing.url.toString(), this))
    , m_valuesLabel(new QLabel(this))
    , m_values(new QTableWidget(0, 3, this))
    , m_error(new QLabel(this))
{
    setWindowTitle(editing ? tr("Edit MCP Server") : tr("Add MCP Server"));
    // The key of its keychain entries: a server is renamed by removing and adding it.
    m_name->setReadOnly(editing);
    m_kind->addItem(tr("Program (stdio)"));
    m_kind->addItem(tr("URL (Streamable HTTP)"));
    m_kind->setCurrentIndex(existing.transport == McpServerConfig::Transport::Http ? 1 : 0);
    m_command->setPlaceholderText(QStringLiteral("npx"));
    m_arguments->setPlaceholderText(tr("One argument per line"));
    m_arguments->setTabChangesFocus(true);
    m_url->setPlaceholderText(QStringLiteral("https://example.com/mcp"));
    m_values->setHorizontalHeaderLabels({tr("Name"), tr("Value"), tr("Secret")});
    m_values->horizontalHeader()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    m_values->verticalHeader()->hide();
    m_values->setItemDelegateForColumn(ValueColumn, new SecretValueDelegate(m_values));
    m_values->setMinimumHeight(4 * m_values->verticalHeader()->defaultSectionSize());
    m_arguments->setMaximumHeight(5 * fontMetrics().lineSpacing());
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);

    m_form->addRow(tr("&Name:"), m_name);
    m_form->addRow(tr("&Kind:"), m_kind);
    m_form->addRow(tr("&Command:"), m_command);
    m_form->addRow(tr("&Arguments:"), m_arguments);
    m_form->addRow(tr("&URL:"), m_url);

    auto *addRow = new QPushButton(tr("Add &Value"), this);
    auto *removeRow = new QPushButton(tr("Remove Va&lue"), this);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(addRow);
    rowButtons->addWidget(removeRow);
    rowButtons->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_valuesLabel);
    layout->addWidget(m_values, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    const QList<McpServerConfig::Value> &values
        = existing.transport == McpServerConfig::Transport::Http ? existing.headers : existing.env;
    for (const McpServerConfig::Value &value : values) {
        if (editing && value.secret)
            m_storedSecrets.append(value.name);
        addValue(value.name, value.value, value.secret);
    }
    connect(addRow, &QPushButton::clicked, this, [this] {
        addValue(QString(), QString(), false);
        m_values->editItem(m_values->item(m_values->rowCount() - 1, NameColumn));
    });
    connect(removeRow, &QPushButton::clicked, this, [this] {
        if (m_values->currentRow() >= 0)
            m_values->removeRow(m_values->currentRow());
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &McpServerEditor::showKind);
    connect(buttons, &QDialogButtonBox::accepted, this, &McpServerEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &McpServerEditor::reject);
    showKind();
    resize(520, 460);
}

void McpServerEditor::addValue(const QString &name, const QString &value, bool secret)
{
    const int row = m_values->rowCount();
    m_values->insertRow(row);
    m_values->setItem(row, NameColumn, new QTableWidgetItem(name));
    auto *valueItem = new QTableWidgetItem(value);
    if (secret && m_storedSecrets.contains(name))
        valueItem->setToolTip(tr("Kept in the keychain; type a new value to replace it."));
    m_values->setItem(row, ValueColumn, valueItem);
    auto *secretItem = new QTableWidgetItem;
    secretItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    secretItem->setCheckState(secret ? Qt::Checked : Qt::Unchecked);
    m_values->setItem(row, SecretColumn, secretItem);
}

void McpServerEditor::showKind()
{
    const bool http = m_kind->currentIndex() == 1;
    m_form->setRowVisible(m_command, !http);
    m_form->setRowVisible(m_arguments, !http);
    m_form->setRowVisible(m_url, http);
    m_valuesLabel->setText(http
            ? tr("HTTP headers (a secret one, such as Authorization, goes to the keychain):")
            : tr("Environment variables (a secret one, such as an API key, goes to the "
                 "keychain):"));
}

McpServerConfig McpServerEditor::config() const
{
    McpServerConfig config;
    config.name = m_name->text().trimmed();
    const bool http = m_kind->currentIndex() == 1;
    QList<McpServerConfig::Value> values;
    for (int row = 0; row < m_values->rowCount(); ++row) {
        McpServerConfig::Value value;
        value.name = m_values->item(row, NameColumn)->text().trimmed();
        value.value = m_values->item(row, ValueColumn)->text();
        value.secret = m_values->item(row, SecretColumn)->checkState() == Qt::Checked;
        if (http)
            value.value = value.value.trimmed();
        if (!value.name.isEmpty() || !value.value.isEmpty())
            values.append(value);
    }
    if (http) {
        config.transport = McpServerConfig::Transport::Http;
        config.url = QUrl(m_url->text().trimmed(), QUrl::StrictMode);
        config.headers = values;
    } else {
        config.command = m_command->text().trimmed();
        for (const QString &line : m_arguments->toPlainText().split(QLatin1Char('\n'))) {
            if (!line.trimmed().isEmpty())
                config.args.append(line.trimmed());
        }
        config.env = values;
    }
    return config;
}

void McpServerEditor::accept()
{
    const McpServerConfig server = config();
    QString problem = server.validate();
    if (problem.isEmpty() && !m_editing && m_taken.contains(server.name))
        problem = tr("There is already an MCP server named \"%1\".").arg(server.name);
    const QList<McpServerConfig::Value> &values
        = server.transport == McpServerConfig::Transport::Http ? server.headers : server.env;
    for (const McpServerConfig::Value &value : values) {
        if (problem.isEmpty() && value.secret && value.value.isEmpty()
            && !m_storedSecrets.contains(value.name))
            problem = tr("The secret \"%1\" has no value.").arg(value.name);
    }
    m_error->setText(problem);
    if (problem.isEmpty())
        QDialog::accept();
}
