#pragma once

#include <QPlainTextEdit>
#include <functional>

// The message box: Enter sends, Shift+Enter adds a line, Esc stops a running reply.
class ComposerEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ComposerEdit(QWidget *parent = nullptr);
    QSize sizeHint() const override;
    // Dropped and pasted data goes to `filter` first; it returns true for what it took as
    // attachments (files, images), else the data is inserted as text.
    void setAttachmentFilter(std::function<bool(const QMimeData *)> filter) { m_filter = std::move(filter); }

Q_SIGNALS:
    void submitted();
    void stopRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    std::function<bool(const QMimeData *)> m_filter;
};
