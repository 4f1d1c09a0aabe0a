#include "views/composeredit.h"

#include "views/attachmentbar.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QTextDocument>
#include <QTextOption>

ComposerEdit::ComposerEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    setPlaceholderText(tr("Message the model… (Enter to send, Shift+Enter for a new line)"));
    setAccessibleName(tr("Message"));
    // Text runs in its own direction (Arabic, Hebrew right to left, right-aligned) as the bubble
    // will show it. QPlainTextEdit aligns left whatever the direction, so the alignment follows
    // the text's first strong character.
    QTextOption option = document()->defaultTextOption();
    option.setTextDirection(Qt::LayoutDirectionAuto);
    document()->setDefaultTextOption(option);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        QTextOption current = document()->defaultTextOption();
        const Qt::Alignment wanted = toPlainText().isRightToLeft() ? Qt::AlignRight : Qt::AlignLeft;
        if (current.alignment() != wanted) {
            current.setAlignment(wanted);
            document()->setDefaultTextOption(current);
        }
    });
    // Grow with the text up to a few lines, then scroll.
    connect(this, &QPlainTextEdit::blockCountChanged, this, &QWidget::updateGeometry);
}

QSize ComposerEdit::sizeHint() const
{
    const int lines = qBound(2, blockCount(), 8);
    const int height = fontMetrics().lineSpacing() * lines + 2 * frameWidth() + 12;
    return QSize(QPlainTextEdit::sizeHint().width(), height);
}

void ComposerEdit::keyPressEvent(QKeyEvent *event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && !(event->modifiers() & (Qt::ShiftModifier | Qt::AltModifier))) {
        Q_EMIT submitted();
        return;
    }
    if (event->key() == Qt::Key_Escape) {
        Q_EMIT stopRequested();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

bool ComposerEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return (m_filter && AttachmentBar::hasAttachable(source))
        || QPlainTextEdit::canInsertFromMimeData(source);
}

void ComposerEdit::insertFromMimeData(const QMimeData *source)
{
    if (m_filter && AttachmentBar::hasAttachable(source) && m_filter(source))
        return;
    QPlainTextEdit::insertFromMimeData(source);
}
