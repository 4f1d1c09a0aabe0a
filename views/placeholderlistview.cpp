#include "views/placeholderlistview.h"

#include <QPainter>

PlaceholderListView::PlaceholderListView(QWidget *parent)
    : QListView(parent)
{ }

void PlaceholderListView::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    viewport()->update();
}

void PlaceholderListView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (m_placeholder.isEmpty() || (model() && model()->rowCount(rootIndex()) > 0))
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    const QRect area = viewport()->rect().adjusted(24, 24, -24, -24);
    painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
}
