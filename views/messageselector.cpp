#include "views/messageselector.h"

#include "views/messageviewer.h"

#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QTextDocument>
#include <QTextDocumentFragment>

MessageSelector::MessageSelector(
    std::unique_ptr<QTextDocument> document, const QFont &font, const QPalette &palette, QWidget *parent)
    : QTextBrowser(parent)
{
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The text must never scroll inside the box (a drag past its edge, a line too long to wrap):
    // it would no longer sit where the delegate draws the rest of the row.
    for (QScrollBar *bar : {horizontalScrollBar(), verticalScrollBar()}) {
        connect(bar, &QScrollBar::valueChanged, bar, [bar](int value) {
            if (value != 0)
                bar->setValue(0);
        });
    }
    setAutoFillBackground(false);
    viewport()->setAutoFillBackground(false);
    viewport()->setCursor(Qt::IBeamCursor);
    setOpenLinks(false);
    // No text cursor of its own: a caret blinking in a chat message is out of place.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    // Right click: the view's menu (its Copy copies the selection).
    setContextMenuPolicy(Qt::NoContextMenu);
    setFocusPolicy(Qt::ClickFocus);
    setAccessibleName(MessageViewer::tr("Message text"));

    // Lay the text out as MessageDocumentCache does: same wrapping, fixed width (set by the
    // delegate to the body's width), same font and text colour whether the window is active or not.
    setWordWrapMode(QTextOption::WordWrap);
    setLineWrapMode(FixedPixelWidth);
    setFont(font);
    QPalette colors = palette;
    for (const QPalette::ColorRole role : {QPalette::Text, QPalette::Link, QPalette::LinkVisited}) {
        const QColor color = palette.color(role);
        colors.setColor(QPalette::Active, role, color);
        colors.setColor(QPalette::Inactive, role, color);
    }
    setPalette(colors);
    document->setParent(this);
    setDocument(document.release());
}

QString MessageSelector::selectedText() const
{
    return textCursor().selection().toPlainText();
}

bool MessageSelector::event(QEvent *event)
{
    // Esc closes the selector rather than triggering a window shortcut (Stop).
    if (event->type() == QEvent::ShortcutOverride
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        event->accept();
        return true;
    }
    return QTextBrowser::event(event);
}

void MessageSelector::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        Q_EMIT dismissed();
        return;
    }
    QTextBrowser::keyPressEvent(event);
}

void MessageSelector::focusOutEvent(QFocusEvent *event)
{
    QTextBrowser::focusOutEvent(event);
    // A context menu keeps it; elsewhere, a selection is worth keeping until the next click.
    if (event->reason() != Qt::PopupFocusReason && !hasSelection())
        Q_EMIT dismissed();
}

void MessageSelector::wheelEvent(QWheelEvent *event)
{
    // Scrolls the transcript (no zooming the text with Ctrl either).
    event->ignore();
}

QMimeData *MessageSelector::createMimeDataFromSelection() const
{
    auto *data = new QMimeData;
    data->setText(selectedText());
    return data;
}
