#pragma once

#include <QStyledItemDelegate>

// Sidebar rows: a date-group header ("Today", "Pinned"...) above the first row of each group,
// then the title and a muted second line (the preview, or a search snippet with the matches bold).
// Titles are renamed in place: a line edit over the title line, committed with setData(TitleRole).
class SessionDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit SessionDelegate(QObject *parent = nullptr);

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QWidget *createEditor(
        QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void updateEditorGeometry(
        QWidget *editor, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // The group header to draw above `index`; empty when it continues the previous row's group.
    static QString sectionAbove(const QModelIndex &index);
    static bool isSearchResult(const QModelIndex &index);

protected:
    bool eventFilter(QObject *object, QEvent *event) override;
};
