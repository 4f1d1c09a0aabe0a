#pragma once

#include <QWidget>

class QPlainTextEdit;

// Inline editor for a user message: the text, and "Save & send" / "Cancel".
// Ctrl+Enter sends, Esc cancels.
class MessageEditor : public QWidget
{
    Q_OBJECT
public:
    explicit MessageEditor(QWidget *parent = nullptr);

    void setText(const QString &text);
    QString text() const;
    static int buttonRowHeight();

Q_SIGNALS:
    void accepted(const QString &text);
    void cancelled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPlainTextEdit *m_edit;
};
