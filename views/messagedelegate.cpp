#include "views/messagedelegate.h"

#include "models/contextbuilder.h"
#include "models/transcriptmodel.h"
#include "storage/message.h"
#include "views/attachmenttiles.h"
#include "views/codehighlighter.h"
#include "views/messageeditor.h"
#include "views/messageselector.h"
#include "views/transcriptviewproxy.h"
#include "views/viewcolors.h"

#include <QAbstractItemView>
#include <QAbstractTextDocumentLayout>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScopedValueRollback>
#include <QTextDocument>
#include <QToolTip>
#include <QtMath>

namespace {

constexpr int OuterMargin = 12; // between the view's edge and the column
constexpr int MaxColumn = 920; // long lines are hard to read
constexpr int Padding = 10; // inside a bubble
constexpr int Gap = 4;
constexpr int RowSpacing = 6;
constexpr int ReasoningIndent = 12;
constexpr int ContentPart = 0;
constexpr int ReasoningPart = 1;
constexpr int ErrorPart = 2;
constexpr int NoticePart = 3;

MessageState stateOf(const QModelIndex &index)
{
    return static_cast<MessageState>(index.data(TranscriptModel::StateRole).toInt());
}

QString stateBadge(MessageState state, int phase)
{
    switch (state) {
    case MessageState::Streaming:
        // Three dots that fill up in turn: a spinner that needs no timer per row.
        return MessageDelegate::tr("Generating") + QString(phase % 4, QLatin1Char('.'));
    case MessageState::Stopped:
        return MessageDelegate::tr("Stopped");
    case MessageState::Interrupted:
        return MessageDelegate::tr("Interrupted");
    case MessageState::Error:
        return MessageDelegate::tr("Error");
    case MessageState::Complete:
        break;
    }
    return {};
}

// What an empty body says, by how the reply ended.
QString emptyBodyText(MessageState state)
{
    switch (state) {
    case MessageState::Streaming:
        return QStringLiteral("…");
    case MessageState::Stopped:
        return MessageDelegate::tr("Stopped before any text");
    case MessageState::Interrupted:
        return MessageDelegate::tr("Interrupted before any text");
    case MessageState::Error:
        return {};
    case MessageState::Complete:
        break;
    }
    return MessageDelegate::tr("(empty reply)");
}

// The text of the box under a reply that did not end well (with its Retry button): the
// server's error, or what happened to a reply cut off by a crash. Empty for the others.
QString problemText(const QModelIndex &index)
{
    switch (stateOf(index)) {
    case MessageState::Error:
        return index.data(TranscriptModel::ErrorRole).toString();
    case MessageState::Interrupted:
        return MessageDelegate::tr("Cut off: the program writing this reply stopped (a crash, or it "
                                   "was killed). The text that arrived is kept; Retry asks again.");
    default:
        return {};
    }
}

// What decides noticeText() (and so the notice's height): for the row size cache.
int noticeKey(bool truncated, MessageState state, const QString &finishReason)
{
    return int(truncated) * 2
        + int(state == MessageState::Complete && finishReason == QLatin1String("length"));
}

// The transcript behind `index` (the chat view's proxy over it, or the model itself), or null.
const TranscriptModel *transcriptOf(const QModelIndex &index)
{
    if (const auto *proxy = qobject_cast<const TranscriptViewProxy *>(index.model()))
        return proxy->transcript();
    return qobject_cast<const TranscriptModel *>(index.model());
}

QRect buttonRect(const QFontMetrics &fm, const QString &label, int x, int y, int height)
{
    return QRect(x, y, fm.horizontalAdvance(label) + 14, height);
}

// The rendered body whose code blocks get Copy buttons (assistant replies with text), or null.
std::shared_ptr<const RenderedText> renderedBody(MessageDocumentCache &cache,
    const QStyleOptionViewItem &option, const QModelIndex &index, const MessageGeometry &geo)
{
    const QString content = index.data(TranscriptModel::ContentRole).toString();
    if (geo.body.isEmpty() || content.isEmpty()
        || index.data(TranscriptModel::RoleRole).toString() == MessageRole::User)
        return nullptr;
    return cache.render(index.data(TranscriptModel::IdRole).toLongLong(), ContentPart, content,
        TextKind::Markdown, geo.body.width(), option.font);
}

// Code-block Copy buttons of `rendered` (the body's document), so they are found here rather
// than in geometry() (which must stay cheap for sizeHint()). Taking the document, rather than
// rendering it again, keeps the buttons and the boxes painted from the very same one.
QList<MessageGeometry::ButtonArea> codeButtons(
    const RenderedText *rendered, const MessageGeometry &geo, const QFont &small)
{
    QList<MessageGeometry::ButtonArea> buttons;
    if (!rendered)
        return buttons;
    const QFontMetrics sfm(small);
    for (int i = 0; i < rendered->codeBlocks.size(); ++i) {
        const QRect area = rendered->codeBlocks.at(i).rect.translated(geo.body.topLeft()).toAlignedRect();
        const QString label = MessageDelegate::tr("Copy");
        const QRect button(area.right() - sfm.horizontalAdvance(label) - 14, area.top() + 3,
            sfm.horizontalAdvance(label) + 12, sfm.height() + 4);
        buttons << MessageGeometry::ButtonArea {MessageGeometry::Button::CopyCode, button, label, i};
    }
    return buttons;
}

} // namespace

MessageDelegate::MessageDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
    // Code blocks are coloured as their highlighting arrives (from another thread): repaint then.
    CodeHighlighter *highlighter = CodeHighlighter::instance();
    m_cache.setCodeHighlighter(highlighter);
    connect(highlighter, &CodeHighlighter::highlighted, this, [this] {
        if (auto *view = qobject_cast<QAbstractItemView *>(this->parent()))
            view->viewport()->update();
    });
}

QString MessageDelegate::noticeText(const QModelIndex &index)
{
    QStringList lines;
    if (index.data(TranscriptModel::TruncatedRole).toBool())
        lines << tr("The server dropped part of the history: it read far fewer tokens than were sent. "
                    "Lower the context length in the chat's settings, or start a new chat.");
    if (stateOf(index) == MessageState::Complete
        && index.data(TranscriptModel::FinishReasonRole).toString() == QLatin1String("length"))
        lines << tr("Cut off at the length limit.");
    return lines.join(u'\n');
}

void MessageDelegate::setThinkingExpanded(qint64 messageId, bool expanded)
{
    ++m_sizeGeneration;
    if (expanded)
        m_expanded.insert(messageId);
    else
        m_expanded.remove(messageId);
}

int MessageDelegate::contentWidth(const QStyleOptionViewItem &option) const
{
    // sizeHint() gets no useful rect: the row is as wide as the viewport.
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width();
}

QFont MessageDelegate::smallFont(const QFont &font) const
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.88 : 9);
    return small;
}

MessageGeometry MessageDelegate::geometry(
    const QStyleOptionViewItem &option, const QModelIndex &index, bool hovered) const
{
    MessageGeometry geo;
    const qint64 id = index.data(TranscriptModel::IdRole).toLongLong();
    const bool user = index.data(TranscriptModel::RoleRole).toString() == MessageRole::User;
    const MessageState state = stateOf(index);
    const QString content = index.data(TranscriptModel::ContentRole).toString();
    const QString reasoning = index.data(TranscriptModel::ReasoningRole).toString();
    const QFont small = smallFont(option.font);
    const QFontMetrics fm(option.font);
    const QFontMetrics sfm(small);

    const int viewWidth = contentWidth(option);
    const int column = qMax(120, qMin(viewWidth - 2 * OuterMargin, MaxColumn));
    const int left = option.rect.left() + qMax(0, (viewWidth - column) / 2);
    const int maxBubble = user ? column * 4 / 5 : column;
    const int textWidth = maxBubble - 2 * Padding;
    int y = option.rect.top() + RowSpacing;

    // The model says where the window starts (ContextMarkerRole >= 0 on that row only).
    if (index.data(TranscriptModel::ContextMarkerRole).toInt() >= 0) {
        geo.marker = QRect(left, y, column, sfm.height() + 14);
        y = geo.marker.bottom() + 1 + Gap;
    }
    geo.header = QRect(left, y, column, sfm.height() + 2);
    y = geo.header.bottom() + 1 + 2;

    const int bubbleTop = y;
    y += Padding;
    int natural = 0; // widest content, for the user's bubble
    if (!reasoning.isEmpty()) {
        // The ellipsis says "still thinking": gone once the reply ended.
        // A tool step's details fold the same way, under its one-line summary.
        const QString step = index.data(TranscriptModel::ToolStepRole).toString();
        const QString label = !step.isEmpty()  ? step
            : state == MessageState::Streaming ? tr("Thinking…")
                                               : tr("Thinking");
        geo.thinking = QRect(0, y, textWidth, sfm.height() + 6);
        natural = qMax(natural, sfm.horizontalAdvance(label) + 24);
        geo.buttons << MessageGeometry::ButtonArea {
            MessageGeometry::Button::Thinking, geo.thinking, label, -1};
        y = geo.thinking.bottom() + 1 + Gap;
        if (m_expanded.contains(id)) {
            const QSizeF size = m_estimateBody
                ? MessageDocumentCache::estimateSize(reasoning, textWidth - ReasoningIndent, small)
                : m_cache.size(
                    id, ReasoningPart, reasoning, TextKind::Reasoning, textWidth - ReasoningIndent, small);
            geo.reasoning = QRect(ReasoningIndent, y, textWidth - ReasoningIndent, qCeil(size.height()));
            natural = textWidth;
            y = geo.reasoning.bottom() + 1 + Gap;
        }
    }

    const bool editing = id != 0 && id == m_editingId;
    if (editing) {
        const QSizeF size = m_cache.size(id, ContentPart, content, TextKind::Plain, textWidth, option.font);
        const int textHeight = qMax(qCeil(size.height()) + 12, 4 * fm.lineSpacing() + 12);
        geo.body = QRect(0, y, textWidth, textHeight + MessageEditor::buttonRowHeight());
        natural = textWidth;
    } else if (!content.isEmpty()) {
        const TextKind kind = user ? TextKind::Plain : TextKind::Markdown;
        const QSizeF size = m_estimateBody
            ? MessageDocumentCache::estimateSize(content, textWidth, option.font)
            : m_cache.size(id, ContentPart, content, kind, textWidth, option.font);
        geo.body = QRect(0, y, textWidth, qCeil(size.height()));
        natural = qMax(natural, qCeil(size.width()));
    } else if (reasoning.isEmpty()) {
        // Nothing yet (streaming) or an empty reply: keep one line so the bubble has a body.
        geo.body = QRect(0, y, textWidth, fm.height());
        natural = qMax(natural, fm.horizontalAdvance(emptyBodyText(state)));
    }
    if (!geo.body.isEmpty())
        y = geo.body.bottom() + 1;
    const QVariantList files = index.data(TranscriptModel::AttachmentsRole).toList();
    if (!files.isEmpty()) {
        y += Gap;
        const QSize used = m_tiles ? m_tiles->layout(id, files, y, textWidth, option.font, &geo.buttons)
                                   : AttachmentTiles::layoutTiles(files, y, textWidth, &geo.buttons);
        geo.attachments = QRect(QPoint(0, y), used);
        natural = qMax(natural, used.width());
        y = geo.attachments.bottom() + 1;
    }

    if (state == MessageState::Error || state == MessageState::Interrupted) {
        y += Gap;
        const QString error = problemText(index);
        const QSizeF size = m_cache.size(id, ErrorPart, error, TextKind::Plain, textWidth - 16, option.font);
        const int buttonHeight = sfm.height() + 8;
        geo.error = QRect(0, y, textWidth, qCeil(size.height()) + 16 + buttonHeight + Gap);
        const QString label = tr("Retry");
        geo.buttons << MessageGeometry::ButtonArea {MessageGeometry::Button::Retry,
            buttonRect(sfm, label, 8, geo.error.bottom() - 8 - buttonHeight + 1, buttonHeight), label, -1};
        natural = textWidth;
        y = geo.error.bottom() + 1;
    }
    const QString notice = noticeText(index);
    if (!notice.isEmpty()) {
        y += Gap;
        const QSizeF size = m_cache.size(id, NoticePart, notice, TextKind::Plain, textWidth - 16, small);
        const bool canContinue
            = index.data(TranscriptModel::FinishReasonRole).toString() == QLatin1String("length");
        const int buttonHeight = canContinue ? sfm.height() + 8 : 0;
        geo.notice
            = QRect(0, y, textWidth, qCeil(size.height()) + 16 + (canContinue ? buttonHeight + Gap : 0));
        if (canContinue) {
            const QString label = tr("Continue");
            geo.buttons << MessageGeometry::ButtonArea {MessageGeometry::Button::Continue,
                buttonRect(sfm, label, 8, geo.notice.bottom() - 8 - buttonHeight + 1, buttonHeight), label,
                -1};
        }
        natural = textWidth;
        y = geo.notice.bottom() + 1;
    }
    y += Padding;

    const int bubbleWidth = user ? qMin(maxBubble, natural + 2 * Padding) : column;
    const int bubbleLeft = user ? left + column - bubbleWidth : left;
    geo.bubble = QRect(bubbleLeft, bubbleTop, bubbleWidth, y - bubbleTop);
    // The parts above were placed at x = 0 inside the bubble; move them in.
    const int dx = bubbleLeft + Padding;
    for (QRect *rect :
        {&geo.thinking, &geo.reasoning, &geo.body, &geo.attachments, &geo.error, &geo.notice}) {
        if (!rect->isNull())
            rect->translate(dx, 0);
    }
    for (MessageGeometry::ButtonArea &area : geo.buttons) {
        const int x = area.button == MessageGeometry::Button::Retry ? geo.error.left()
            : area.button == MessageGeometry::Button::Continue      ? geo.notice.left()
                                                                    : dx;
        area.rect.translate(x, 0);
    }

    y += 2;
    geo.footer = QRect(left, y, column, sfm.height() + 8);
    y = geo.footer.bottom() + 1 + RowSpacing;
    geo.row = QRect(option.rect.left(), option.rect.top(), viewWidth, y - option.rect.top());
    if (m_sizeOnly)
        return geo; // the footer's buttons do not change the height, and measuring labels is slow

    // Footer buttons: alternatives always (they say a branch exists), the rest on hover.
    const int buttonHeight = geo.footer.height() - 2;
    const int by = geo.footer.top() + 1;
    QList<MessageGeometry::ButtonArea> footer;
    const int siblings = index.data(TranscriptModel::SiblingCountRole).toInt();
    if (siblings > 1) {
        const int current = index.data(TranscriptModel::SiblingIndexRole).toInt();
        footer << MessageGeometry::ButtonArea {
            MessageGeometry::Button::Previous, {}, QStringLiteral("‹"), -1};
        geo.siblingLabel = QStringLiteral("%1/%2").arg(current + 1).arg(siblings);
        footer << MessageGeometry::ButtonArea {MessageGeometry::Button::None, {}, geo.siblingLabel, -1};
        footer << MessageGeometry::ButtonArea {MessageGeometry::Button::Next, {}, QStringLiteral("›"), -1};
    }
    const int always = int(footer.size());
    if (state != MessageState::Streaming && !editing) {
        if (!content.isEmpty())
            footer << MessageGeometry::ButtonArea {MessageGeometry::Button::Copy, {}, tr("Copy"), -1};
        if (user)
            footer << MessageGeometry::ButtonArea {MessageGeometry::Button::Edit, {}, tr("Edit"), -1};
        else
            footer << MessageGeometry::ButtonArea {
                MessageGeometry::Button::Regenerate, {}, tr("Regenerate"), -1};
    }
    // The hover buttons' room is kept when they are hidden, so ‹ 2/3 › never moves under the
    // pointer (a click meant for ‹ would land on Copy).
    int width = 0;
    for (MessageGeometry::ButtonArea &area : footer) {
        area.rect = buttonRect(sfm, area.label, 0, by, buttonHeight);
        width += area.rect.width() + 2;
    }
    const bool showActions = hovered || (id != 0 && id == m_keyboardId);
    int x = user ? geo.bubble.right() + 1 - width : geo.bubble.left();
    for (int i = 0; i < footer.size(); ++i) {
        MessageGeometry::ButtonArea &area = footer[i];
        area.rect.moveLeft(x);
        x += area.rect.width() + 2;
        if (area.button == MessageGeometry::Button::None)
            geo.siblingRect = area.rect;
        else if (i < always || showActions)
            geo.buttons << area;
    }
    return geo;
}

QSize MessageDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    ++m_sizeHints;
    m_cache.setCodePalette(option.palette);
    RowSize key;
    key.width = contentWidth(option);
    key.generation = m_sizeGeneration;
    qint64 id = 0;
    // Asked for every loaded row on each layout: read the transcript's row itself when there is
    // one, rather than making ten QVariants through the proxy per row.
    if (const TranscriptModel *transcript = transcriptOf(index)) {
        const Message &m = transcript->messageAt(index.row());
        const Conversation *conversation = transcript->conversation();
        id = m.id;
        key.content = m.content.size();
        key.reasoning = m.reasoning.size();
        key.state = int(m.state);
        key.error = m.state == MessageState::Error ? m.error.size() : 0;
        key.marker = conversation->contextMarker(id) * 2 + int(conversation->contextOlderUnloaded(id));
        key.notice = noticeKey(m.truncated, m.state, m.finishReason);
    } else {
        id = index.data(TranscriptModel::IdRole).toLongLong();
        key.content = index.data(TranscriptModel::ContentRole).toString().size();
        key.reasoning = index.data(TranscriptModel::ReasoningRole).toString().size();
        key.state = index.data(TranscriptModel::StateRole).toInt();
        key.error = key.state == int(MessageState::Error)
            ? index.data(TranscriptModel::ErrorRole).toString().size()
            : 0;
        key.marker = index.data(TranscriptModel::ContextMarkerRole).toInt() * 2
            + int(index.data(TranscriptModel::ContextOlderUnloadedRole).toBool());
        key.notice = noticeKey(index.data(TranscriptModel::TruncatedRole).toBool(), stateOf(index),
            index.data(TranscriptModel::FinishReasonRole).toString());
    }
    // What a layout is given is remembered (laidOutHeight()), whichever way it was found.
    const auto laidOut = [this, id](const QSize &size) {
        if (m_layingOut && id != 0)
            m_laidOut.insert(id, size.height());
        return size;
    };
    const auto cached = m_rowSizes.constFind(id);
    // The streaming row's height follows its (throttled) document, not its text length.
    if (id != 0 && id != m_cache.throttledId() && cached != m_rowSizes.constEnd() && *cached == key)
        return laidOut(cached->size);
    QStyleOptionViewItem opt = option;
    opt.rect.moveTopLeft(QPoint(0, 0));
    const QScopedValueRollback<bool> sizeOnly(m_sizeOnly, true);
    // A row given an estimate keeps one until measure() is called for it (or its data changes):
    // QAbstractItemView asks the rectangle of every row in a changed range, and measuring them
    // all there would undo the point of estimating.
    const auto guessed = m_estimates.constFind(id);
    const bool keepGuessing = !m_measuring && guessed != m_estimates.constEnd();
    if (keepGuessing && *guessed == key)
        return laidOut(guessed->size);
    if ((m_estimating || keepGuessing) && id != 0 && id != m_cache.throttledId()) {
        const QScopedValueRollback<bool> estimate(m_estimateBody, true);
        key.size = geometry(opt, index, false).row.size();
        m_estimates.insert(id, key);
        return laidOut(key.size);
    }
    key.size = geometry(opt, index, false).row.size();
    if (id != 0) {
        m_rowSizes.insert(id, key);
        m_estimates.remove(id);
    }
    return laidOut(key.size);
}

QSize MessageDelegate::measure(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QScopedValueRollback<bool> measuring(m_measuring, true);
    return sizeHint(option, index);
}

void MessageDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    m_cache.setCodePalette(option.palette);
    const bool hovered = option.state.testFlag(QStyle::State_MouseOver);
    const MessageGeometry geo = geometry(option, index, hovered);
    const bool user = index.data(TranscriptModel::RoleRole).toString() == MessageRole::User;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(option.rect);

    if (!geo.marker.isEmpty())
        paintMarker(painter, option, index, geo.marker);
    if (m_highlightId != 0 && index.data(TranscriptModel::IdRole).toLongLong() == m_highlightId) {
        // The message a search hit pointed at: a tinted band behind it, for a moment.
        const QRect band = QRect(geo.header.topLeft(), geo.footer.bottomRight()).adjusted(-8, -4, 8, 4);
        QPainterPath path;
        path.addRoundedRect(QRectF(band), 8, 8);
        painter->fillPath(path,
            ViewColors::mix(
                option.palette.color(QPalette::Base), option.palette.color(QPalette::Highlight), 0.25));
    }
    paintHeader(painter, option, index, geo);

    if (user) {
        QPainterPath path;
        path.addRoundedRect(QRectF(geo.bubble).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10);
        painter->fillPath(path, ViewColors::userBubble(option.palette));
    }
    paintBody(painter, option, index, geo);
    if (m_tiles && !geo.attachments.isEmpty())
        m_tiles->paint(painter, option, geo, index.data(TranscriptModel::IdRole).toLongLong(),
            index.data(TranscriptModel::AttachmentsRole).toList());
    paintFooter(painter, option, index, geo);
    if (m_keyboardId != 0 && index.data(TranscriptModel::IdRole).toLongLong() == m_keyboardId)
        paintKeyboardFocus(painter, option, index, geo);
    painter->restore();
}

void MessageDelegate::paintKeyboardFocus(QPainter *painter, const QStyleOptionViewItem &option,
    const QModelIndex &index, const MessageGeometry &geo) const
{
    const QColor color = option.palette.color(QPalette::Highlight);
    painter->setBrush(Qt::NoBrush);
    const QList<MessageGeometry::ButtonArea> all = actions(option, index);
    if (m_keyboardAction >= 0 && m_keyboardAction < all.size()) {
        painter->setPen(QPen(color, 2));
        painter->drawRoundedRect(QRectF(all.at(m_keyboardAction).rect).adjusted(-1, -1, 1, 1), 5, 5);
    }
    // The current message: a thin frame around all of it (thick on the row when no button is).
    painter->setPen(QPen(color, m_keyboardAction < 0 ? 2 : 1, Qt::SolidLine));
    const QRect band = QRect(geo.header.topLeft(), geo.footer.bottomRight()).adjusted(-6, -3, 6, 3);
    painter->drawRoundedRect(QRectF(band).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
}

QList<MessageGeometry::ButtonArea> MessageDelegate::actions(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const MessageGeometry geo = geometry(option, index, true);
    QList<MessageGeometry::ButtonArea> result;
    for (const MessageGeometry::ButtonArea &area : geo.buttons) {
        if (area.button == MessageGeometry::Button::Thinking)
            result << area;
    }
    const auto rendered = renderedBody(m_cache, option, index, geo);
    result << codeButtons(rendered.get(), geo, smallFont(option.font));
    for (const MessageGeometry::ButtonArea &area : geo.buttons) {
        if (area.button != MessageGeometry::Button::Thinking)
            result << area;
    }
    return result;
}

QString MessageDelegate::actionName(const MessageGeometry::ButtonArea &area, const QModelIndex &index) const
{
    switch (area.button) {
    case MessageGeometry::Button::Copy:
        return tr("Copy message");
    case MessageGeometry::Button::Regenerate:
        return tr("Regenerate reply");
    case MessageGeometry::Button::Edit:
        return tr("Edit and resend");
    case MessageGeometry::Button::Previous:
        return tr("Previous alternative");
    case MessageGeometry::Button::Next:
        return tr("Next alternative");
    case MessageGeometry::Button::Retry:
        return tr("Retry");
    case MessageGeometry::Button::Continue:
        return tr("Continue the reply");
    case MessageGeometry::Button::CopyCode:
        return tr("Copy code block %1").arg(area.codeBlock + 1);
    case MessageGeometry::Button::Thinking:
        if (!index.data(TranscriptModel::ToolStepRole).toString().isEmpty())
            return isThinkingExpanded(index.data(TranscriptModel::IdRole).toLongLong())
                ? tr("Hide the tool step's details")
                : tr("Show the tool step's details");
        return isThinkingExpanded(index.data(TranscriptModel::IdRole).toLongLong()) ? tr("Hide thinking")
                                                                                    : tr("Show thinking");
    case MessageGeometry::Button::Document:
        return m_tiles
                && m_tiles->isExpanded(index.data(TranscriptModel::IdRole).toLongLong(), area.codeBlock)
            ? tr("Hide the text of %1").arg(area.label)
            : tr("Show the text of %1").arg(area.label);
    case MessageGeometry::Button::Attachment:
    case MessageGeometry::Button::None:
        break;
    }
    return area.label;
}

QString MessageDelegate::codeText(
    const QStyleOptionViewItem &option, const QModelIndex &index, const MessageGeometry &geo, int block) const
{
    const auto rendered = renderedBody(m_cache, option, index, geo);
    return rendered ? rendered->codeBlocks.value(block).text : QString();
}

bool MessageDelegate::scrollCodeBlock(
    const QStyleOptionViewItem &option, const QModelIndex &index, int block, int dx)
{
    const MessageGeometry geo = geometry(option, index, true);
    const auto rendered = renderedBody(m_cache, option, index, geo);
    if (!rendered || block < 0 || block >= rendered->codeBlocks.size())
        return false;
    const CodeBlockArea &code = rendered->codeBlocks.at(block);
    const int range = qMax(0, qCeil(code.contentWidth - code.rect.width()));
    if (range == 0)
        return false;
    const qint64 id = index.data(TranscriptModel::IdRole).toLongLong();
    const int before = m_codeScroll.value({id, block});
    const int after = qBound(0, before + dx, range);
    m_codeScroll.insert({id, block}, after);
    return true;
}

bool MessageDelegate::scrollCode(
    const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos, int dx)
{
    const MessageGeometry geo = geometry(option, index, true);
    if (!geo.body.contains(pos))
        return false;
    const auto rendered = renderedBody(m_cache, option, index, geo);
    if (!rendered)
        return false;
    for (int i = 0; i < rendered->codeBlocks.size(); ++i) {
        if (rendered->codeBlocks.at(i).rect.translated(geo.body.topLeft()).contains(pos))
            return scrollCodeBlock(option, index, i, dx);
    }
    return false;
}

bool MessageDelegate::activateAction(const QStyleOptionViewItem &option, const QModelIndex &index, int action)
{
    const QList<MessageGeometry::ButtonArea> all = actions(option, index);
    if (action < 0 || action >= all.size())
        return false;
    const MessageGeometry::ButtonArea &area = all.at(action);
    const QString code = area.button == MessageGeometry::Button::CopyCode
        ? codeText(option, index, geometry(option, index, true), area.codeBlock)
        : QString();
    activate(area, index, code);
    return true;
}

void MessageDelegate::paintMarker(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index, const QRect &rect) const
{
    const QColor color = ViewColors::marker(option.palette);
    const QFont small = smallFont(option.font);
    const int dropped = index.data(TranscriptModel::ContextMarkerRole).toInt();
    QString text = index.data(TranscriptModel::ContextOlderUnloadedRole).toBool()
        ? tr("Context starts here — %n or more earlier message(s) not sent", nullptr, dropped)
        : tr("Context starts here — %n earlier message(s) not sent", nullptr, dropped);
    const QString summary = index.data(TranscriptModel::ContextSummaryRole).toString();
    if (!summary.isEmpty())
        text += QStringLiteral(" · ") + summary;
    text = QFontMetrics(small).elidedText(text, Qt::ElideRight, qMax(0, rect.width() - 16));
    painter->setFont(small);
    const int textWidth = QFontMetrics(small).horizontalAdvance(text) + 16;
    const int mid = rect.center().y();
    const int textLeft = rect.center().x() - textWidth / 2;
    painter->setPen(QPen(color, 1, Qt::DashLine));
    painter->drawLine(rect.left(), mid, textLeft, mid);
    painter->drawLine(textLeft + textWidth, mid, rect.right(), mid);
    painter->setPen(color);
    painter->drawText(QRect(textLeft, rect.top(), textWidth, rect.height()), Qt::AlignCenter, text);
}

void MessageDelegate::paintHeader(QPainter *painter, const QStyleOptionViewItem &option,
    const QModelIndex &index, const MessageGeometry &geo) const
{
    const bool user = index.data(TranscriptModel::RoleRole).toString() == MessageRole::User;
    const MessageState state = stateOf(index);
    QString who = user ? tr("You") : index.data(TranscriptModel::ModelRole).toString();
    if (who.isEmpty())
        who = index.data(TranscriptModel::RoleRole).toString() == MessageRole::System ? tr("System")
            : index.data(TranscriptModel::ToolStepRole).toString().isEmpty()          ? tr("Assistant")
                                                                                      : tr("Tool");
    const QString time = QLocale().toString(
        index.data(TranscriptModel::CreatedAtRole).toDateTime().time(), QLocale::ShortFormat);
    QFont bold = smallFont(option.font);
    bold.setBold(true);
    const QFont small = smallFont(option.font);
    const QFontMetrics bfm(bold);
    const QFontMetrics sfm(small);
    const QString badge = stateBadge(state, m_phase);
    const QString rest = QStringLiteral("  ") + time;
    const int total = bfm.horizontalAdvance(who) + sfm.horizontalAdvance(rest)
        + (badge.isEmpty() ? 0 : sfm.horizontalAdvance(badge) + 24);
    int x = user ? geo.bubble.right() + 1 - total : geo.bubble.left();
    const QRect line = geo.header;

    painter->setFont(bold);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(QRect(x, line.top(), bfm.horizontalAdvance(who), line.height()), Qt::AlignVCenter, who);
    x += bfm.horizontalAdvance(who);
    painter->setFont(small);
    painter->setPen(ViewColors::mutedText(option.palette));
    painter->drawText(
        QRect(x, line.top(), sfm.horizontalAdvance(rest), line.height()), Qt::AlignVCenter, rest);
    x += sfm.horizontalAdvance(rest) + 8;
    if (!badge.isEmpty()) {
        // A pill, coloured by how the reply ended.
        const QRect pill(x, line.top(), sfm.horizontalAdvance(badge) + 14, line.height());
        const QColor fill = state == MessageState::Error
            ? ViewColors::errorBackground(option.palette)
            : ViewColors::mix(
                option.palette.color(QPalette::Base), option.palette.color(QPalette::Highlight), 0.2);
        QPainterPath path;
        path.addRoundedRect(QRectF(pill), line.height() / 2.0, line.height() / 2.0);
        painter->fillPath(path, fill);
        painter->setPen(state == MessageState::Error ? ViewColors::errorText(option.palette)
                                                     : option.palette.color(QPalette::Text));
        // Left-aligned in a fixed-width pill so the animated dots do not make it jump.
        painter->drawText(pill.adjusted(7, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, badge);
    }
}

void MessageDelegate::paintBody(QPainter *painter, const QStyleOptionViewItem &option,
    const QModelIndex &index, const MessageGeometry &geo) const
{
    const qint64 id = index.data(TranscriptModel::IdRole).toLongLong();
    const bool user = index.data(TranscriptModel::RoleRole).toString() == MessageRole::User;
    const QString content = index.data(TranscriptModel::ContentRole).toString();
    const QFont small = smallFont(option.font);
    const QColor text = option.palette.color(QPalette::Text);

    for (const MessageGeometry::ButtonArea &area : geo.buttons) {
        if (area.button != MessageGeometry::Button::Thinking)
            continue;
        painter->setFont(small);
        painter->setPen(ViewColors::mutedText(option.palette));
        const QString arrow = m_expanded.contains(id) ? QStringLiteral("▾ ") : QStringLiteral("▸ ");
        painter->drawText(area.rect, Qt::AlignVCenter | Qt::AlignLeft, arrow + area.label);
    }
    if (!geo.reasoning.isEmpty()) {
        const QString reasoning = index.data(TranscriptModel::ReasoningRole).toString();
        const auto rendered
            = m_cache.render(id, ReasoningPart, reasoning, TextKind::Reasoning, geo.reasoning.width(), small);
        painter->fillRect(
            QRect(geo.reasoning.left() - ReasoningIndent + 2, geo.reasoning.top(), 3, geo.reasoning.height()),
            ViewColors::mutedText(option.palette));
        painter->save();
        painter->translate(geo.reasoning.topLeft());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = option.palette;
        context.palette.setColor(QPalette::Text, ViewColors::mutedText(option.palette));
        rendered->doc->documentLayout()->draw(painter, context);
        painter->restore();
    }

    if (id != 0 && id == m_editingId) {
        // The inline editor covers the body.
    } else if (!content.isEmpty()) {
        // With a MessageSelector over the body, it draws the text (and the selection); the
        // code boxes and their Copy buttons are still drawn here, under it.
        const bool selecting = id == m_selectingId;
        const TextKind kind = user ? TextKind::Plain : TextKind::Markdown;
        const auto rendered = m_cache.render(id, ContentPart, content, kind, geo.body.width(), option.font);
        const QColor codeBackground = ViewColors::codeBackground(option.palette);
        for (const CodeBlockArea &code : rendered->codeBlocks) {
            QPainterPath path;
            path.addRoundedRect(code.rect.translated(geo.body.topLeft()).adjusted(-4, 0, 4, 0), 6, 6);
            painter->fillPath(path, codeBackground);
        }
        if (!selecting) {
            QAbstractTextDocumentLayout::PaintContext context;
            context.palette = option.palette;
            context.palette.setColor(QPalette::Text, text);
            // Only the part on screen: a long reply is far taller than the viewport, and drawing all
            // of it on every paint (each delta of a streaming reply) costs more than parsing it.
            QRect visible = option.rect;
            if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
                visible &= view->viewport()->rect();
            const QRectF shown
                = QRectF(visible.translated(-geo.body.topLeft())) & QRectF(QPointF(0, 0), geo.body.size());
            // Code blocks are drawn on their own, inside their box and scrolled sideways; the rest
            // of the text around them.
            QRegion prose(shown.toAlignedRect());
            for (const CodeBlockArea &code : rendered->codeBlocks)
                prose -= code.rect.toAlignedRect();
            painter->save();
            painter->translate(geo.body.topLeft());
            painter->setClipRegion(prose, Qt::IntersectClip);
            context.clip = shown;
            rendered->doc->documentLayout()->draw(painter, context);
            painter->restore();
            for (int i = 0; i < rendered->codeBlocks.size(); ++i) {
                const CodeBlockArea &code = rendered->codeBlocks.at(i);
                const QRectF box = code.rect & shown;
                if (box.isEmpty())
                    continue;
                const int dx = m_codeScroll.value({id, i});
                painter->save();
                painter->translate(geo.body.topLeft());
                painter->setClipRect(box, Qt::IntersectClip);
                painter->translate(-dx, 0);
                context.clip = box.translated(dx, 0);
                rendered->doc->documentLayout()->draw(painter, context);
                painter->restore();
                if (code.contentWidth > code.rect.width()) {
                    // A thin track at the bottom of the box: how much is out of sight, and where.
                    const QRectF area = code.rect.translated(geo.body.topLeft());
                    const qreal track = area.width() - 16;
                    const qreal thumb = qMax<qreal>(24, track * area.width() / code.contentWidth);
                    const qreal pos = (track - thumb) * dx / (code.contentWidth - area.width());
                    painter->fillRect(QRectF(area.left() + 8 + pos, area.bottom() - 4, thumb, 3),
                        ViewColors::mutedText(option.palette));
                }
            }
        }
        // Copy buttons on code blocks; always shown, they are the common action.
        painter->setFont(small);
        const auto buttons = codeButtons(user ? nullptr : rendered.get(), geo, small);
        for (const MessageGeometry::ButtonArea &button : buttons) {
            const CodeBlockArea &code = rendered->codeBlocks.at(button.codeBlock);
            paintButton(painter, option, button);
            if (!code.language.isEmpty()) {
                const QRect area = code.rect.translated(geo.body.topLeft()).toAlignedRect();
                painter->setPen(ViewColors::mutedText(option.palette));
                painter->drawText(
                    QRect(area.left() + 4, button.rect.top(), area.width() / 2, button.rect.height()),
                    Qt::AlignVCenter | Qt::AlignLeft, code.language);
            }
        }
    } else if (!geo.body.isEmpty()) {
        // No text (yet): say why rather than show a blank card.
        painter->setFont(option.font);
        painter->setPen(ViewColors::mutedText(option.palette));
        painter->drawText(geo.body, Qt::AlignLeft | Qt::AlignVCenter, emptyBodyText(stateOf(index)));
    }

    if (!geo.error.isEmpty()) {
        QPainterPath path;
        path.addRoundedRect(QRectF(geo.error), 6, 6);
        painter->fillPath(path, ViewColors::errorBackground(option.palette));
        const QString error = problemText(index);
        const auto rendered
            = m_cache.render(id, ErrorPart, error, TextKind::Plain, geo.error.width() - 16, option.font);
        painter->save();
        painter->translate(geo.error.topLeft() + QPoint(8, 8));
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = option.palette;
        context.palette.setColor(QPalette::Text, ViewColors::errorText(option.palette));
        rendered->doc->documentLayout()->draw(painter, context);
        painter->restore();
        for (const MessageGeometry::ButtonArea &area : geo.buttons) {
            if (area.button == MessageGeometry::Button::Retry)
                paintButton(painter, option, area);
        }
    }
    if (!geo.notice.isEmpty()) {
        QPainterPath path;
        path.addRoundedRect(QRectF(geo.notice), 6, 6);
        painter->fillPath(path, option.palette.color(QPalette::AlternateBase));
        const QFont small = smallFont(option.font);
        const auto rendered = m_cache.render(
            id, NoticePart, noticeText(index), TextKind::Plain, geo.notice.width() - 16, small);
        painter->save();
        painter->translate(geo.notice.topLeft() + QPoint(8, 8));
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = option.palette;
        context.palette.setColor(QPalette::Text, ViewColors::mutedText(option.palette));
        rendered->doc->documentLayout()->draw(painter, context);
        painter->restore();
        painter->setFont(small);
        for (const MessageGeometry::ButtonArea &area : geo.buttons) {
            if (area.button == MessageGeometry::Button::Continue)
                paintButton(painter, option, area);
        }
    }
}

void MessageDelegate::paintFooter(QPainter *painter, const QStyleOptionViewItem &option,
    const QModelIndex &index, const MessageGeometry &geo) const
{
    const QFont small = smallFont(option.font);
    painter->setFont(small);
    for (const MessageGeometry::ButtonArea &area : geo.buttons) {
        if (area.button != MessageGeometry::Button::Retry && area.button != MessageGeometry::Button::Thinking
            && area.button != MessageGeometry::Button::Continue
            && area.button != MessageGeometry::Button::Attachment
            && area.button != MessageGeometry::Button::Document)
            paintButton(painter, option, area);
    }
    if (!geo.siblingRect.isNull()) {
        painter->setPen(option.palette.color(QPalette::Text));
        painter->drawText(geo.siblingRect, Qt::AlignCenter, geo.siblingLabel);
    }

    // Token counts: as reported for replies, estimated for what the user typed.
    const bool user = index.data(TranscriptModel::RoleRole).toString() == MessageRole::User;
    QString tokens;
    if (user) {
        tokens = tr("~%n token(s)", nullptr,
            ContextBuilder::estimateTokens(index.data(TranscriptModel::ContentRole).toString()));
    } else {
        const int prompt = index.data(TranscriptModel::PromptTokensRole).toInt();
        const int completion = index.data(TranscriptModel::CompletionTokensRole).toInt();
        if (prompt >= 0 && completion >= 0)
            tokens = tr("%1 in · %2 out tokens").arg(prompt).arg(completion);
        else if (completion >= 0)
            tokens = tr("%n token(s)", nullptr, completion);
    }
    if (tokens.isEmpty())
        return;
    painter->setPen(ViewColors::mutedText(option.palette));
    const int flags = Qt::AlignVCenter | (user ? Qt::AlignLeft : Qt::AlignRight);
    QRect rect = geo.footer;
    if (user)
        rect.setLeft(geo.bubble.left());
    painter->drawText(rect, flags, tokens);
}

void MessageDelegate::paintButton(
    QPainter *painter, const QStyleOptionViewItem &option, const MessageGeometry::ButtonArea &area) const
{
    const QColor base = option.palette.color(QPalette::Base);
    const QColor fill = ViewColors::mix(base, option.palette.color(QPalette::Text), 0.09);
    QPainterPath path;
    path.addRoundedRect(QRectF(area.rect).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    painter->fillPath(path, fill);
    painter->setPen(option.palette.color(QPalette::Text));
    painter->drawText(area.rect, Qt::AlignCenter, area.label);
}

QString MessageDelegate::anchorAt(
    const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const
{
    const MessageGeometry geo = geometry(option, index, true);
    const QString content = index.data(TranscriptModel::ContentRole).toString();
    if (!geo.body.contains(pos) || content.isEmpty()
        || index.data(TranscriptModel::RoleRole).toString() == MessageRole::User)
        return {};
    const auto rendered = m_cache.render(index.data(TranscriptModel::IdRole).toLongLong(), ContentPart,
        content, TextKind::Markdown, geo.body.width(), option.font);
    return rendered->doc->documentLayout()->anchorAt(QPointF(pos - geo.body.topLeft()));
}

bool MessageDelegate::isClickable(
    const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const
{
    const MessageGeometry geo = geometry(option, index, true);
    if (geo.buttonAt(pos))
        return true;
    const auto rendered = renderedBody(m_cache, option, index, geo);
    for (const auto &area : codeButtons(rendered.get(), geo, smallFont(option.font))) {
        if (area.rect.contains(pos))
            return true;
    }
    return !anchorAt(option, index, pos).isEmpty();
}

bool MessageDelegate::isSelectableAt(
    const QStyleOptionViewItem &option, const QModelIndex &index, const QPoint &pos) const
{
    const qint64 id = index.data(TranscriptModel::IdRole).toLongLong();
    if (id == 0 || id == m_editingId || id == m_cache.throttledId()
        || stateOf(index) == MessageState::Streaming
        || index.data(TranscriptModel::ContentRole).toString().isEmpty())
        return false;
    const MessageGeometry geo = geometry(option, index, true);
    return geo.body.contains(pos) && !isClickable(option, index, pos);
}

bool MessageDelegate::editorEvent(
    QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    if (event->type() != QEvent::MouseButtonPress && event->type() != QEvent::MouseButtonRelease)
        return QStyledItemDelegate::editorEvent(event, model, option, index);
    auto *mouse = static_cast<QMouseEvent *>(event);
    if (mouse->button() != Qt::LeftButton)
        return false;
    const QPoint pos = mouse->position().toPoint();
    const MessageGeometry geo = geometry(option, index, true);
    const MessageGeometry::ButtonArea *hit = geo.buttonAt(pos);
    QString code;
    MessageGeometry::ButtonArea codeHit;
    if (!hit) {
        const auto rendered = renderedBody(m_cache, option, index, geo);
        for (const auto &area : codeButtons(rendered.get(), geo, smallFont(option.font))) {
            if (area.rect.contains(pos)) {
                codeHit = area;
                code = rendered->codeBlocks.value(area.codeBlock).text;
                hit = &codeHit;
                break;
            }
        }
    }
    if (hit) {
        // Act on release, like a button; swallow the press so the view does not select.
        if (event->type() == QEvent::MouseButtonRelease)
            activate(*hit, index, code);
        return true;
    }
    // Links open on click only (never on hover or selection).
    if (event->type() == QEvent::MouseButtonRelease) {
        const QString href = anchorAt(option, index, pos);
        if (!href.isEmpty()) {
            Q_EMIT linkActivated(QUrl(href));
            return true;
        }
    }
    return false;
}

void MessageDelegate::activate(
    const MessageGeometry::ButtonArea &area, const QModelIndex &index, const QString &code)
{
    switch (area.button) {
    case MessageGeometry::Button::Copy:
        Q_EMIT copyRequested(index);
        break;
    case MessageGeometry::Button::Regenerate:
        Q_EMIT regenerateRequested(index);
        break;
    case MessageGeometry::Button::Edit:
        Q_EMIT editRequested(index);
        break;
    case MessageGeometry::Button::Previous:
        Q_EMIT siblingRequested(index, -1);
        break;
    case MessageGeometry::Button::Next:
        Q_EMIT siblingRequested(index, +1);
        break;
    case MessageGeometry::Button::Retry:
        Q_EMIT retryRequested(index);
        break;
    case MessageGeometry::Button::Continue:
        Q_EMIT continueRequested(index);
        break;
    case MessageGeometry::Button::CopyCode:
        Q_EMIT codeCopied(code);
        break;
    case MessageGeometry::Button::Attachment:
        Q_EMIT attachmentActivated(index, area.codeBlock);
        break;
    case MessageGeometry::Button::Document: {
        const qint64 id = index.data(TranscriptModel::IdRole).toLongLong();
        if (m_tiles) {
            ++m_sizeGeneration;
            m_tiles->setExpanded(id, area.codeBlock, !m_tiles->isExpanded(id, area.codeBlock));
            Q_EMIT sizeHintChanged(index);
        }
        break;
    }
    case MessageGeometry::Button::Thinking: {
        const qint64 id = index.data(TranscriptModel::IdRole).toLongLong();
        setThinkingExpanded(id, !m_expanded.contains(id));
        Q_EMIT sizeHintChanged(index);
        break;
    }
    case MessageGeometry::Button::None:
        break;
    }
}

bool MessageDelegate::helpEvent(
    QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option, const QModelIndex &index)
{
    const QString href = anchorAt(option, index, event->pos());
    if (!href.isEmpty()) {
        // Encoded, so a crafted link cannot turn the tooltip into rich text or hide its target.
        QToolTip::showText(event->globalPos(), QUrl(href).toString(QUrl::FullyEncoded), view);
        return true;
    }
    const MessageGeometry geo = geometry(option, index, true);
    if (const MessageGeometry::ButtonArea *hit = geo.buttonAt(event->pos())) {
        QString tip;
        switch (hit->button) {
        case MessageGeometry::Button::Previous:
            tip = tr("Previous alternative");
            break;
        case MessageGeometry::Button::Next:
            tip = tr("Next alternative");
            break;
        case MessageGeometry::Button::Regenerate:
            tip = tr("Ask again for a new alternative reply (Ctrl+R for the last one)");
            break;
        case MessageGeometry::Button::Edit:
            tip = tr("Edit and resend as a new branch; the original stays available");
            break;
        case MessageGeometry::Button::Attachment:
            tip = tr("%1: open it full size, or save it").arg(hit->label);
            break;
        case MessageGeometry::Button::Document:
            tip = tr("Show or hide the text in the chat");
            break;
        default:
            break;
        }
        if (!tip.isEmpty()) {
            QToolTip::showText(event->globalPos(), tip, view);
            return true;
        }
    }
    QToolTip::hideText();
    return false;
}

QWidget *MessageDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const qint64 id = index.data(TranscriptModel::IdRole).toLongLong();
    auto *self = const_cast<MessageDelegate *>(this);
    if (id != 0 && id == m_selectingId && id != m_editingId) {
        const bool user = index.data(TranscriptModel::RoleRole).toString() == MessageRole::User;
        // The text as paintBody() draws it: same document, font and colours.
        QPalette palette = option.palette;
        palette.setColor(QPalette::Text, option.palette.color(QPalette::Text));
        auto *selector = new MessageSelector(
            m_cache.createColouredDocument(index.data(TranscriptModel::ContentRole).toString(),
                user ? TextKind::Plain : TextKind::Markdown, option.font),
            option.font, palette, parent);
        connect(selector, &QTextBrowser::anchorClicked, self, &MessageDelegate::linkActivated);
        return selector;
    }
    if (id == 0 || id != m_editingId)
        return nullptr;
    auto *editor = new MessageEditor(parent);
    const QPersistentModelIndex persistent(index);
    connect(editor, &MessageEditor::accepted, self,
        [self, persistent](const QString &text) { Q_EMIT self->editAccepted(persistent, text); });
    connect(editor, &MessageEditor::cancelled, self,
        [self, persistent] { Q_EMIT self->editCancelled(persistent); });
    return editor;
}

void MessageDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    // Only once: later dataChanged() for this row must not wipe what the user typed. (A selector
    // gets its text when created; ChatView closes it when the text changes.)
    auto *messageEditor = qobject_cast<MessageEditor *>(editor);
    if (messageEditor && messageEditor->text().isEmpty())
        messageEditor->setText(index.data(TranscriptModel::ContentRole).toString());
}

void MessageDelegate::setModelData(QWidget *, QAbstractItemModel *, const QModelIndex &) const
{
    // Edits are sent through ChatController::editAndResend (editAccepted), not setData().
}

void MessageDelegate::updateEditorGeometry(
    QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const MessageGeometry geo = geometry(option, index, false);
    editor->setGeometry(geo.body);
    auto *selector = qobject_cast<MessageSelector *>(editor);
    if (!selector)
        return;
    selector->setLineWrapColumnOrWidth(geo.body.width());
    // The code blocks' Copy buttons are drawn under the selector: leave them out of it, so
    // clicks there reach the view (and the delegate) as before.
    QRegion region(QRect(QPoint(0, 0), geo.body.size()));
    const auto rendered = renderedBody(m_cache, option, index, geo);
    const auto buttons = codeButtons(rendered.get(), geo, smallFont(option.font));
    for (const MessageGeometry::ButtonArea &button : buttons)
        region -= button.rect.translated(-geo.body.topLeft());
    if (buttons.isEmpty())
        selector->clearMask();
    else
        selector->setMask(region);
}

bool MessageDelegate::eventFilter(QObject *object, QEvent *event)
{
    // QStyledItemDelegate's filter would commit and "close" on Esc, Tab and focus loss; the
    // selector handles those itself (ChatView closes it on dismissed()).
    if (qobject_cast<MessageSelector *>(object))
        return false;
    return QStyledItemDelegate::eventFilter(object, event);
}
