#pragma once

#include <QPlainTextEdit>

// The message box: Enter sends, Shift+Enter adds a line, Esc stops a running reply.
class ComposerEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ComposerEdit(QWidget *parent = nullptr);
    QSize sizeHint() const override;

Q_SIGNALS:
    void submitted();
    void stopRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
};
