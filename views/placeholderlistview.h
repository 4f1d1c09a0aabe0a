#pragma once

#include <QListView>

// A QListView that says something useful when it has no rows (an empty chat, no chats yet,
// no search hits) instead of showing a blank area.
class PlaceholderListView : public QListView
{
    Q_OBJECT
public:
    explicit PlaceholderListView(QWidget *parent = nullptr);

    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_placeholder;
};
