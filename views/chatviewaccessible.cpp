#include "views/chatviewaccessible.h"

#include "models/transcriptmodel.h"
#include "views/chatview.h"
#include "views/transcriptviewproxy.h"

#include <QAccessibleActionInterface>

namespace {

// One message of the transcript, or one of its buttons (`m_action` >= 0).
class MessageElement : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    MessageElement(ChatView *view, qint64 messageId, int action)
        : m_view(view)
        , m_id(messageId)
        , m_action(action)
    { }

    bool isValid() const override
    {
        return m_view && row() >= 0 && (m_action < 0 || m_action < actionCount());
    }
    QObject *object() const override { return nullptr; }
    QWindow *window() const override { return m_view ? m_view->window()->windowHandle() : nullptr; }
    QAccessibleInterface *parent() const override
    {
        if (!m_view)
            return nullptr;
        auto *list = static_cast<ChatViewAccessible *>(QAccessible::queryAccessibleInterface(m_view));
        return m_action < 0 ? list : list->element(m_id, -1);
    }
    int childCount() const override { return m_action < 0 ? actionCount() : 0; }
    QAccessibleInterface *child(int index) const override
    {
        if (m_action >= 0 || index < 0 || index >= actionCount())
            return nullptr;
        return static_cast<ChatViewAccessible *>(QAccessible::queryAccessibleInterface(m_view))
            ->element(m_id, index);
    }
    int indexOfChild(const QAccessibleInterface *child) const override
    {
        const auto *element = dynamic_cast<const MessageElement *>(child);
        return element && element->m_id == m_id && m_action < 0 ? element->m_action : -1;
    }
    QAccessibleInterface *childAt(int x, int y) const override
    {
        for (int i = 0; i < childCount(); ++i) {
            QAccessibleInterface *button = child(i);
            if (button && button->rect().contains(x, y))
                return button;
        }
        return nullptr;
    }
    QAccessibleInterface *focusChild() const override
    {
        const int action = m_view ? m_view->keyboardAction() : -1;
        return m_action < 0 && isCurrent() && action >= 0 ? child(action) : nullptr;
    }

    QString text(QAccessible::Text t) const override
    {
        if (!isValid())
            return {};
        const QModelIndex index = m_view->transcript()->index(row(), 0);
        if (m_action >= 0) {
            if (t == QAccessible::Name)
                return m_view->rowActionName(row(), m_action);
            return {};
        }
        const QString role = index.data(TranscriptModel::RoleRole).toString();
        QString who = role == MessageRole::User ? ChatView::tr("You")
                                                : index.data(TranscriptModel::ModelRole).toString();
        if (who.isEmpty())
            who = role == MessageRole::System ? ChatView::tr("System") : ChatView::tr("Assistant");
        // A tool step has no text of its own: its summary is what is read out.
        const QString step = index.data(TranscriptModel::ToolStepRole).toString();
        if (t == QAccessible::Name && !step.isEmpty())
            return step;
        if (t == QAccessible::Name)
            return ChatView::tr("%1: %2").arg(who, index.data(TranscriptModel::ContentRole).toString());
        if (t == QAccessible::Description) {
            QStringList parts;
            const int siblings = index.data(TranscriptModel::SiblingCountRole).toInt();
            if (siblings > 1)
                parts << ChatView::tr("alternative %1 of %2")
                             .arg(index.data(TranscriptModel::SiblingIndexRole).toInt() + 1)
                             .arg(siblings);
            const QString error = index.data(TranscriptModel::ErrorRole).toString();
            if (!error.isEmpty())
                parts << error;
            parts << ChatView::tr(
                "%n button(s): Left and Right choose, Enter presses", nullptr, actionCount());
            return parts.join(QStringLiteral("; "));
        }
        return {};
    }
    void setText(QAccessible::Text, const QString &) override { }
    QRect rect() const override
    {
        if (!isValid())
            return {};
        QRect local = m_view->visualRect(m_view->transcript()->index(row(), 0));
        if (m_action >= 0)
            local = m_view->rowActions(row()).value(m_action).rect;
        return QRect(m_view->viewport()->mapToGlobal(local.topLeft()), local.size());
    }
    QAccessible::Role role() const override
    {
        return m_action < 0 ? QAccessible::ListItem : QAccessible::Button;
    }
    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.focusable = true;
        if (!isValid()) {
            s.invalid = true;
            return s;
        }
        const bool current = isCurrent();
        s.focused = current && m_view->hasFocus() && m_view->keyboardAction() == m_action;
        if (m_action < 0) {
            s.selectable = true;
            s.selected = current;
            s.readOnly = true;
            s.multiLine = true;
        }
        const QRect shown = m_view->visualRect(m_view->transcript()->index(row(), 0));
        s.offscreen = !shown.intersects(m_view->viewport()->rect());
        return s;
    }
    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::ActionInterface && m_action >= 0)
            return static_cast<QAccessibleActionInterface *>(this);
        return nullptr;
    }

    QStringList actionNames() const override { return {pressAction()}; }
    void doAction(const QString &name) override
    {
        if (name == pressAction() && isValid())
            m_view->activateAction(row(), m_action);
    }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

private:
    int row() const { return m_view ? m_view->transcript()->transcript()->rowOfId(m_id) : -1; }
    int actionCount() const { return m_view ? int(m_view->rowActions(row()).size()) : 0; }
    bool isCurrent() const
    {
        return m_view && m_view->currentIndex().isValid() && m_view->currentIndex().row() == row();
    }

    QPointer<ChatView> m_view;
    qint64 m_id;
    int m_action;
};

QAccessibleInterface *chatViewFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("ChatView") && object && object->isWidgetType())
        return new ChatViewAccessible(static_cast<ChatView *>(object));
    return nullptr;
}

} // namespace

ChatViewAccessible::ChatViewAccessible(ChatView *view)
    : QAccessibleWidget(view, QAccessible::List)
{ }

ChatViewAccessible::~ChatViewAccessible()
{
    for (QAccessible::Id id : std::as_const(m_elements))
        QAccessible::deleteAccessibleInterface(id);
}

void ChatViewAccessible::installFactory()
{
    static bool installed = false;
    if (!installed) {
        installed = true;
        QAccessible::installFactory(chatViewFactory);
    }
}

void ChatViewAccessible::replaceCached(ChatView *view)
{
    QAccessibleInterface *cached = QAccessible::queryAccessibleInterface(view);
    if (cached && !dynamic_cast<ChatViewAccessible *>(cached))
        QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(cached));
}

ChatView *ChatViewAccessible::view() const
{
    return static_cast<ChatView *>(widget());
}

QAccessibleInterface *ChatViewAccessible::element(qint64 messageId, int action) const
{
    const QPair<qint64, int> key(messageId, action);
    const auto found = m_elements.constFind(key);
    if (found != m_elements.constEnd())
        return QAccessible::accessibleInterface(*found);
    auto *element = new MessageElement(view(), messageId, action);
    m_elements.insert(key, QAccessible::registerAccessibleInterface(element));
    return element;
}

int ChatViewAccessible::childCount() const
{
    return view()->transcript() ? view()->transcript()->rowCount() : 0;
}

QAccessibleInterface *ChatViewAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    return element(view()->transcript()->index(index, 0).data(TranscriptModel::IdRole).toLongLong(), -1);
}

int ChatViewAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    for (auto it = m_elements.cbegin(); it != m_elements.cend(); ++it) {
        if (it.key().second < 0 && QAccessible::accessibleInterface(it.value()) == child)
            return view()->transcript()->transcript()->rowOfId(it.key().first);
    }
    return -1;
}

QAccessibleInterface *ChatViewAccessible::focusChild() const
{
    const QModelIndex current = view()->currentIndex();
    if (!view()->hasFocus() || !current.isValid())
        return nullptr;
    QAccessibleInterface *message = child(current.row());
    QAccessibleInterface *button = message ? message->focusChild() : nullptr;
    return button ? button : message;
}

QAccessibleInterface *ChatViewAccessible::childAt(int x, int y) const
{
    const QPoint local = view()->viewport()->mapFromGlobal(QPoint(x, y));
    const QModelIndex index = view()->indexAt(local);
    return index.isValid() ? child(index.row()) : nullptr;
}

int ChatViewAccessible::focusChildIndex(ChatView *view)
{
    return view->hasFocus() && view->currentIndex().isValid() ? view->currentIndex().row() : -1;
}
