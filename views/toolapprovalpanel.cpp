#include "views/toolapprovalpanel.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

ToolApprovalPanel::ToolApprovalPanel(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_description(new QLabel(this))
    , m_hints(new QLabel(this))
    , m_arguments(new QPlainTextEdit(this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_deny(new QPushButton(tr("&Deny"), this))
    , m_alwaysTool(new QPushButton(tr("Always allow this &tool"), this))
    , m_alwaysServer(new QPushButton(tr("Always allow this &server"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Tool call waiting for approval"));
    // Names, descriptions and hints come from the server and the model: never rich text.
    for (QLabel *label : {m_title, m_description, m_hints}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_arguments->setReadOnly(true);
    m_arguments->setAccessibleName(tr("Arguments of the tool call"));
    m_arguments->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_arguments->setLineWrapMode(QPlainTextEdit::NoWrap); // scrolls both ways; nothing is elided
    m_arguments->setMaximumHeight(220);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_deny);
    buttons->addStretch(1);
    buttons->addWidget(m_alwaysTool);
    buttons->addWidget(m_alwaysServer);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_description);
    layout->addWidget(m_hints);
    layout->addWidget(m_arguments);
    layout->addLayout(buttons);

    const auto answer = [this](ToolApproval::Decision decision) {
        hide();
        Q_EMIT decided(decision);
    };
    connect(m_run, &QPushButton::clicked, this, [answer] { answer(ToolApproval::Decision::Run); });
    connect(m_deny, &QPushButton::clicked, this, [answer] { answer(ToolApproval::Decision::Deny); });
    connect(
        m_alwaysTool, &QPushButton::clicked, this, [answer] { answer(ToolApproval::Decision::AlwaysTool); });
    connect(m_alwaysServer, &QPushButton::clicked, this,
        [answer] { answer(ToolApproval::Decision::AlwaysServer); });
    hide();
}

QPushButton *ToolApprovalPanel::button(ToolApproval::Decision decision) const
{
    switch (decision) {
    case ToolApproval::Decision::Run:
        return m_run;
    case ToolApproval::Decision::Deny:
        return m_deny;
    case ToolApproval::Decision::AlwaysTool:
        return m_alwaysTool;
    case ToolApproval::Decision::AlwaysServer:
        return m_alwaysServer;
    }
    return nullptr;
}

void ToolApprovalPanel::ask(const ToolApproval &approval)
{
    const QString tool = approval.tool.title.isEmpty() || approval.tool.title == approval.tool.name
        ? approval.tool.name
        : tr("%1 (%2)").arg(approval.tool.name, approval.tool.title);
    m_title->setText(tr("Run the tool %1 of the MCP server %2?").arg(tool, approval.server));
    const QString description = approval.tool.description.trimmed();
    m_description->setText(description);
    m_description->setVisible(!description.isEmpty());
    const QStringList notes = approval.annotationNotes();
    m_hints->setText(notes.isEmpty()
            ? tr("The server says nothing about what this tool does to your data.")
            : tr("The server says (unchecked): %1").arg(notes.join(QStringLiteral(", "))));
    const QString arguments = approval.prettyArguments();
    m_arguments->setPlainText(arguments);
    m_arguments->setToolTip(tr("%n character(s), all shown", nullptr, int(arguments.size())));
    m_alwaysTool->setToolTip(
        tr("Run %1 from now on without asking (revoke in Settings)").arg(approval.tool.name));
    m_alwaysServer->setToolTip(
        tr("Run every tool of %1 from now on without asking (revoke in Settings)").arg(approval.server));
    show();
    // Not on Run: a stray Enter must not approve what the user has not read.
    m_arguments->setFocus(Qt::OtherFocusReason);
}
