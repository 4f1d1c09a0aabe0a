#pragma once

#include "views/messagegeometry.h"

#include <QCache>
#include <QFont>
#include <QObject>
#include <QPixmap>
#include <QSet>
#include <QVariantList>

class QPainter;
class QStyleOptionViewItem;
class QTextDocument;
class SessionStore;

// The files of a message under its text: a tile each (a thumbnail for an image, the type and
// name for a document) that opens the file (AttachmentViewer), and for each document a row
// ("report.pdf — 12 pages, 3,400 words ▸") that shows its text in place. The tiles are
// Button::Attachment, the rows Button::Document, so both are clickable and keyboard reachable.
// Thumbnails and laid-out texts are made once and kept, bounded.
class AttachmentTiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int TileWidth = 96;
    static constexpr int TileHeight = 72;
    // Shown in the chat at most; Open shows the whole text. Keeps a row's layout quick.
    static constexpr int MaxShownChars = 20000;

    explicit AttachmentTiles(SessionStore *store, QObject *parent = nullptr);

    // Places the tiles of `files` (TranscriptModel::AttachmentsRole) from (0, y) in rows of
    // `width`, adding their buttons; returns the height used (0 without files) and the width.
    static QSize layoutTiles(
        const QVariantList &files, int y, int width, QList<MessageGeometry::ButtonArea> *buttons);
    // The tiles, then a row per document of message `messageId` (with its text when expanded).
    QSize layout(qint64 messageId, const QVariantList &files, int y, int width, const QFont &font,
        QList<MessageGeometry::ButtonArea> *buttons) const;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const MessageGeometry &geo,
        qint64 messageId, const QVariantList &files) const;
    QPixmap thumbnail(const QString &sha256) const;

    // Whether the text of file `file` of message `messageId` is shown; kept while Confab runs.
    bool isExpanded(qint64 messageId, int file) const { return m_expanded.contains({messageId, file}); }
    void setExpanded(qint64 messageId, int file, bool expanded);
    // "report.pdf — 12 pages, 3,400 words"
    QString summary(const QVariantMap &file) const;
    // The text shown for `file` at `width` (plain text: nothing in the file is read as markup).
    QTextDocument *document(const QVariantMap &file, int width, const QFont &font) const;

private:
    void paintDocument(QPainter *painter, const QStyleOptionViewItem &option,
        const MessageGeometry::ButtonArea &area, bool expanded, const QVariantMap &file) const;

    SessionStore *m_store;
    QSet<QPair<qint64, int>> m_expanded;
    mutable QCache<QString, QPixmap> m_thumbnails {128}; // a tile each: about 30 KB
    mutable QCache<QString, QString> m_summaries {512};
    // Each at most MaxShownChars laid out: a few hundred KB.
    mutable QCache<QString, QTextDocument> m_documents {16};
};
