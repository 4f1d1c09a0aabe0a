#pragma once

#include <QAccessibleWidget>
#include <QHash>
#include <QPair>
#include <QPointer>

class ChatView;

// What assistive tools see of the transcript: a list whose children are the messages (role
// ListItem, named "You: …" / "<model>: …") and whose messages' children are their buttons (role
// Button, "Copy message", "Next alternative"…, pressable through the action interface). The
// focus child follows the keyboard (ChatView's current message and button), so a screen reader
// says what Enter would press. Rows and buttons are painted, not widgets: these interfaces are
// kept by (message id, button) and dropped with the view.
class ChatViewAccessible : public QAccessibleWidget
{
public:
    explicit ChatViewAccessible(ChatView *view);
    ~ChatViewAccessible() override;

    // Registers the factory once; ChatView calls it.
    static void installFactory();
    // An interface Qt made for the view while it was still being built (as a plain QListView)
    // is dropped, so the next query makes this one.
    static void replaceCached(ChatView *view);
    // The index of the focused child (the current message), -1 if none.
    static int focusChildIndex(ChatView *view);

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *focusChild() const override;
    QAccessibleInterface *childAt(int x, int y) const override;

    ChatView *view() const;
    // Interfaces for a message and one of its buttons (`action` -1: the message itself).
    QAccessibleInterface *element(qint64 messageId, int action) const;

private:
    mutable QHash<QPair<qint64, int>, QAccessible::Id> m_elements;
};
