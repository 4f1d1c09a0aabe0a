#pragma once

#include "tools/mcpserverconfig.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

// Sets up one MCP server: a program to start (command, one argument per line, environment) or
// a Streamable HTTP URL (with headers). A value marked secret goes to the keychain; when
// editing, a secret left empty keeps the value already there. OK is refused, with the reason
// shown, while the server would be invalid or its name is taken.
class McpServerEditor : public QDialog
{
    Q_OBJECT
public:
    // `takenNames`: names a new server may not have. Editing (`existing`) keeps the name.
    McpServerEditor(const McpServerConfig &existing, bool editing, const QStringList &takenNames,
        QWidget *parent = nullptr);

    // What the fields say; secret values as typed (empty: unchanged when editing).
    McpServerConfig config() const;
    void accept() override;

    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *kindBox() const { return m_kind; }
    QLineEdit *commandEdit() const { return m_command; }
    QPlainTextEdit *argumentsEdit() const { return m_arguments; }
    QLineEdit *urlEdit() const { return m_url; }
    QTableWidget *valuesTable() const { return m_values; }
    QLabel *errorLabel() const { return m_error; }
    // Adds a row to the environment or header table.
    void addValue(const QString &name, const QString &value, bool secret);

private:
    void showKind();

    bool m_editing;
    QStringList m_storedSecrets; // secrets the keychain holds already (editing)
    QStringList m_taken;
    QFormLayout *m_form;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_command;
    QPlainTextEdit *m_arguments;
    QLineEdit *m_url;
    QLabel *m_valuesLabel;
    QTableWidget *m_values;
    QLabel *m_error;
};
