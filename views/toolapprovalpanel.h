#pragma once

#include "tools/toolapproval.h"

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// The approval step above the composer: which tool of which server the model wants to run,
// with the complete arguments (indented JSON, scrollable, never cut) and what the server claims
// about the tool (shown as claims; nothing is decided from them). One of four answers.
class ToolApprovalPanel : public QFrame
{
    Q_OBJECT
public:
    explicit ToolApprovalPanel(QWidget *parent = nullptr);

    // Shows `approval` and waits for the user.
    void ask(const ToolApproval &approval);

    QPlainTextEdit *argumentsView() const { return m_arguments; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *hintsLabel() const { return m_hints; }
    QPushButton *button(ToolApproval::Decision decision) const;

Q_SIGNALS:
    void decided(ToolApproval::Decision decision);

private:
    QLabel *m_title;
    QLabel *m_description;
    QLabel *m_hints;
    QPlainTextEdit *m_arguments;
    QPushButton *m_run;
    QPushButton *m_deny;
    QPushButton *m_alwaysTool;
    QPushButton *m_alwaysServer;
};
