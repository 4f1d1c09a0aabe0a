#pragma once

#include <QTextBrowser>
#include <memory>

// A message's text, selectable in place with the mouse. ChatView opens one over the text of the
// row the user presses on (a persistent editor of MessageDelegate): frameless, transparent,
// read-only, with the same document, width, font and colours as the text the delegate paints
// there, so nothing moves; the delegate leaves that text out while the selector shows it.
// Links open on click (anchorClicked), Ctrl+C copies the selection as plain text, Esc and
// losing focus without a selection ask to close it (dismissed()).
class MessageSelector : public QTextBrowser
{
    Q_OBJECT
public:
    MessageSelector(std::unique_ptr<QTextDocument> document, const QFont &font, const QPalette &palette,
        QWidget *parent = nullptr);

    bool hasSelection() const { return textCursor().hasSelection(); }
    QString selectedText() const;

Q_SIGNALS:
    void dismissed();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    QMimeData *createMimeDataFromSelection() const override;
};
