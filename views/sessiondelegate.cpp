#include "views/sessiondelegate.h"

#include "models/searchmodel.h"
#include "models/sessionlistmodel.h"
#include "views/viewcolors.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QTextDocument>

namespace {
constexpr int Margin = 8;
// The title the editor started from: committing it unchanged must not turn the "New chat"
// placeholder of an untitled chat into a real title.
constexpr char OriginalTitle[] = "confabOriginalTitle";

QFont headerFont(const QFont &font)
{
    QFont header = font;
    header.setBold(true);
    header.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.85 : 8);
    return header;
}

QFont secondaryFont(const QFont &font)
{
    QFont small = font;
    small.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.9 : 8);
    return small;
}
} // namespace

SessionDelegate::SessionDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

bool SessionDelegate::isSearchResult(const QModelIndex &index)
{
    return qobject_cast<const SearchModel *>(index.model()) != nullptr;
}

QString SessionDelegate::sectionAbove(const QModelIndex &index)
{
    if (isSearchResult(index))
        return {};
    const QString section = index.data(SessionListModel::SectionRole).toString();
    if (index.row() == 0)
        return section;
    const QModelIndex previous = index.siblingAtRow(index.row() - 1);
    return previous.data(SessionListModel::SectionRole).toString() == section ? QString() : section;
}

QWidget *SessionDelegate::createEditor(
    QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const
{
    if (isSearchResult(index))
        return nullptr;
    auto *editor = new QLineEdit(parent);
    editor->setObjectName(QStringLiteral("sessionTitleEditor"));
    editor->setAccessibleName(tr("Chat title"));
    return editor;
}

void SessionDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *edit = qobject_cast<QLineEdit *>(editor);
    // Once: the row may be updated (new message, other process) while the user types.
    if (!edit || edit->property(OriginalTitle).isValid())
        return;
    const QString title = index.data(SessionListModel::TitleRole).toString();
    edit->setProperty(OriginalTitle, title);
    edit->setText(title);
    edit->selectAll();
}

void SessionDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *edit = qobject_cast<QLineEdit *>(editor);
    if (!edit)
        return;
    const QString title = edit->text().trimmed();
    if (title != edit->property(OriginalTitle).toString())
        model->setData(index, title, SessionListModel::TitleRole);
}

void SessionDelegate::updateEditorGeometry(
    QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Over the title line, below the group header.
    QRect rect = option.rect;
    if (!sectionAbove(index).isEmpty())
        rect.setTop(rect.top() + QFontMetrics(headerFont(option.font)).height() + 12);
    const int height = qMax(editor->sizeHint().height(), QFontMetrics(option.font).height() + 6);
    editor->setGeometry(rect.left() + Margin / 2, rect.top() + Margin / 2, rect.width() - Margin, height);
}

bool SessionDelegate::eventFilter(QObject *object, QEvent *event)
{
    // Enter and Esc belong to the editor, not to window shortcuts (Esc stops a streaming reply).
    if (event->type() == QEvent::ShortcutOverride) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Escape || key == Qt::Key_Return || key == Qt::Key_Enter) {
            event->accept();
            return true;
        }
    }
    return QStyledItemDelegate::eventFilter(object, event);
}

QSize SessionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics fm(option.font);
    const QFontMetrics sfm(secondaryFont(option.font));
    int height = Margin + fm.height() + 2 + sfm.height() * (isSearchResult(index) ? 2 : 1) + Margin;
    if (!sectionAbove(index).isEmpty())
        height += QFontMetrics(headerFont(option.font)).height() + 12;
    return QSize(200, height);
}

void SessionDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    QRect rect = option.rect;
    const QString section = sectionAbove(index);
    if (!section.isEmpty()) {
        const QFont font = headerFont(option.font);
        const int height = QFontMetrics(font).height() + 12;
        painter->setFont(font);
        painter->setPen(ViewColors::mutedText(option.palette));
        painter->drawText(rect.adjusted(Margin, 6, -Margin, 0).topLeft().x(), rect.top() + 6,
            rect.width() - 2 * Margin, height - 6, Qt::AlignLeft | Qt::AlignVCenter, section);
        rect.setTop(rect.top() + height);
    }

    // The row itself, drawn by the style (selection, hover, focus), text drawn here.
    QStyleOptionViewItem row = option;
    initStyleOption(&row, index);
    row.rect = rect;
    row.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &row, painter, widget);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QColor textColor = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor muted = selected ? textColor : ViewColors::mutedText(option.palette);
    const QRect inner = rect.adjusted(Margin, Margin, -Margin, -Margin);
    const QFontMetrics fm(option.font);

    QString title;
    QString second;
    if (isSearchResult(index)) {
        title = index.data(SearchModel::SessionTitleRole).toString();
        second = index.data(SearchModel::SnippetHtmlRole).toString();
    } else {
        title = index.data(SessionListModel::TitleRole).toString();
        second = index.data(SessionListModel::PreviewRole).toString().simplified();
    }
    painter->setFont(option.font);
    painter->setPen(textColor);
    painter->drawText(QRect(inner.left(), inner.top(), inner.width(), fm.height()),
        Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(title, Qt::ElideRight, inner.width()));

    const QFont small = secondaryFont(option.font);
    const QRect secondRect(inner.left(), inner.top() + fm.height() + 2, inner.width(),
        inner.bottom() - inner.top() - fm.height() - 1);
    if (isSearchResult(index)) {
        // The snippet is HTML (escaped text, matches in <b>): two lines, clipped.
        QTextDocument doc;
        doc.setDocumentMargin(0);
        doc.setDefaultFont(small);
        doc.setHtml(second);
        doc.setTextWidth(secondRect.width());
        painter->translate(secondRect.topLeft());
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = option.palette;
        context.palette.setColor(QPalette::Text, muted);
        context.clip = QRectF(0, 0, secondRect.width(), secondRect.height());
        painter->setClipRect(context.clip);
        doc.documentLayout()->draw(painter, context);
    } else {
        painter->setFont(small);
        painter->setPen(muted);
        painter->drawText(secondRect, Qt::AlignLeft | Qt::AlignTop,
            QFontMetrics(small).elidedText(second, Qt::ElideRight, secondRect.width()));
    }
    painter->restore();
}
