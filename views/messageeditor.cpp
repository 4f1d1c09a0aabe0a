#include "views/messageeditor.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

MessageEditor::MessageEditor(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QPlainTextEdit(this))
{
    setAutoFillBackground(true);
    m_edit->setAccessibleName(tr("Edit message"));
    m_edit->installEventFilter(this);

    auto *send = new QPushButton(tr("Save && send"), this);
    send->setDefault(true);
    send->setToolTip(tr("Send the edited message as a new branch (Ctrl+Enter)"));
    auto *cancel = new QPushButton(tr("Cancel"), this);
    connect(send, &QPushButton::clicked, this, [this] {
        if (!text().trimmed().isEmpty())
            Q_EMIT accepted(text());
    });
    connect(cancel, &QPushButton::clicked, this, &MessageEditor::cancelled);

    // Enter adds a line here (a message is often several): say how to send instead.
    auto *hint = new QLabel(tr("Ctrl+Enter sends · Esc cancels"), this);
    hint->setTextFormat(Qt::PlainText);
    hint->setForegroundRole(QPalette::PlaceholderText);
    m_edit->setPlaceholderText(tr("Edit the message; Ctrl+Enter sends it as a new branch"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(hint);
    buttons->addStretch();
    buttons->addWidget(cancel);
    buttons->addWidget(send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_edit, 1);
    layout->addLayout(buttons);
    setFocusProxy(m_edit);
}

void MessageEditor::setText(const QString &text)
{
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
}

QString MessageEditor::text() const
{
    return m_edit->toPlainText();
}

int MessageEditor::buttonRowHeight()
{
    return QPushButton().sizeHint().height() + 4;
}

bool MessageEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            Q_EMIT cancelled();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers().testFlag(Qt::ControlModifier)) {
            if (!text().trimmed().isEmpty())
                Q_EMIT accepted(text());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
