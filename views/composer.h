#pragma once

#include <QWidget>

class ComposerEdit;
class QPushButton;

// The box under the transcript: text, Send, and Stop while a reply is streaming.
class Composer : public QWidget
{
    Q_OBJECT
public:
    explicit Composer(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text);
    void clear();
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }
    ComposerEdit *editor() const { return m_edit; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *stopButton() const { return m_stop; }

Q_SIGNALS:
    void sendRequested(const QString &text);
    void stopRequested();
    void textChanged();

private:
    void updateButtons();
    void submit();

    ComposerEdit *m_edit;
    QPushButton *m_send;
    QPushButton *m_stop;
    bool m_busy = false;
};
