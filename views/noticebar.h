#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;
class QToolButton;

// A one-line bar for things the user should see without a dialog: "Chat deleted — Undo" (with a
// timeout) or a storage error (until closed). Coloured from the palette.
class NoticeBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Info, Error };

    explicit NoticeBar(QWidget *parent = nullptr);

    // `actionText` empty: no button. `timeoutMs` 0: stays until closed or replaced.
    void showNotice(
        const QString &text, Kind kind = Kind::Info, const QString &actionText = {}, int timeoutMs = 0);
    QString text() const;
    QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void actionTriggered();
    // Closed by the user, by the timeout or by a new notice replacing this one.
    void dismissed();

private:
    void dismiss();

    QLabel *m_label;
    QPushButton *m_action;
    QToolButton *m_close;
    QTimer m_timer;
};
