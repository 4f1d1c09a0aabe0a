#pragma once

#include "views/messagegeometry.h"

#include <QCache>
#include <QObject>
#include <QPixmap>
#include <QVariantList>

class QPainter;
class QStyleOptionViewItem;
class SessionStore;

// The files of a message as tiles under its text: a thumbnail for an image, the type and name
// for a document. Each tile is a MessageGeometry button (Button::Attachment) that opens the
// file (AttachmentViewer). Thumbnails are made from the stored bytes once and kept, bounded.
class AttachmentTiles : public QObject
{
    Q_OBJECT
public:
    static constexpr int TileWidth = 96;
    static constexpr int TileHeight = 72;

    explicit AttachmentTiles(SessionStore *store, QObject *parent = nullptr);

    // Places the tiles of `files` (TranscriptModel::AttachmentsRole) from (0, y) in rows of
    // `width`, adding their buttons; returns the height used (0 without files) and the width.
    static QSize layout(
        const QVariantList &files, int y, int width, QList<MessageGeometry::ButtonArea> *buttons);
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const MessageGeometry &geo,
        const QVariantList &files) const;
    QPixmap thumbnail(const QString &sha256) const;

private:
    SessionStore *m_store;
    mutable QCache<QString, QPixmap> m_thumbnails {128}; // a tile each: about 30 KB
};
