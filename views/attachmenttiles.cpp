#include "views/attachmenttiles.h"

#include "storage/sessionstore.h"
#include "views/viewcolors.h"

#include <QImage>
#include <QMimeDatabase>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionViewItem>

namespace {
const int kGap = 6;
} // namespace

AttachmentTiles::AttachmentTiles(SessionStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

QSize AttachmentTiles::layout(
    const QVariantList &files, int y, int width, QList<MessageGeometry::ButtonArea> *buttons)
{
    if (files.isEmpty())
        return {};
    const int perRow = qMax(1, (width + kGap) / (TileWidth + kGap));
    for (int i = 0; i < files.size(); ++i) {
        const QRect rect(
            (i % perRow) * (TileWidth + kGap), y + (i / perRow) * (TileHeight + kGap), TileWidth, TileHeight);
        buttons->append({MessageGeometry::Button::Attachment, rect,
            files.at(i).toMap().value(QStringLiteral("name")).toString(), i});
    }
    const int rows = int((files.size() + perRow - 1) / perRow);
    const int columns = int(qMin<qsizetype>(files.size(), perRow));
    return QSize(columns * (TileWidth + kGap) - kGap, rows * (TileHeight + kGap) - kGap);
}

QPixmap AttachmentTiles::thumbnail(const QString &sha256) const
{
    if (const QPixmap *cached = m_thumbnails.object(sha256))
        return *cached;
    const auto data = m_store->attachmentData(sha256);
    QImage image;
    if (!data || !image.loadFromData(*data))
        return {};
    auto *pixmap = new QPixmap(QPixmap::fromImage(
        image.scaled(TileWidth, TileHeight, Qt::KeepAspectRatioByExpanding, Qt::SmoothTransformation)));
    m_thumbnails.insert(sha256, pixmap);
    return *pixmap;
}

void AttachmentTiles::paint(QPainter *painter, const QStyleOptionViewItem &option, const MessageGeometry &geo,
    const QVariantList &files) const
{
    const QColor base = option.palette.color(QPalette::Base);
    const QColor text = option.palette.color(QPalette::Text);
    for (const MessageGeometry::ButtonArea &area : geo.buttons) {
        if (area.button != MessageGeometry::Button::Attachment || area.codeBlock >= files.size())
            continue;
        const QVariantMap file = files.at(area.codeBlock).toMap();
        QPainterPath path;
        path.addRoundedRect(QRectF(area.rect).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        painter->save();
        painter->fillPath(path, ViewColors::mix(base, text, 0.07));
        painter->setClipPath(path);
        const QString type = file.value(QStringLiteral("type")).toString();
        const QPixmap thumb = type.startsWith(QLatin1String("image/"))
            ? thumbnail(file.value(QStringLiteral("sha256")).toString())
            : QPixmap();
        if (!thumb.isNull()) {
            // Centred and cropped to the tile, as a thumbnail strip does.
            const QPoint at = area.rect.center() - QPoint(thumb.width() / 2, thumb.height() / 2);
            painter->drawPixmap(at, thumb);
        } else {
            QFont big = option.font;
            big.setBold(true);
            painter->setFont(big);
            painter->setPen(ViewColors::mutedText(option.palette));
            const QString suffix = QMimeDatabase().mimeTypeForName(type).preferredSuffix().toUpper();
            painter->drawText(area.rect.adjusted(4, 4, -4, -24), Qt::AlignCenter,
                suffix.isEmpty() ? QStringLiteral("FILE") : suffix);
            painter->setFont(option.font);
            painter->setPen(text);
            const QString name
                = painter->fontMetrics().elidedText(area.label, Qt::ElideMiddle, area.rect.width() - 8);
            painter->drawText(area.rect.adjusted(4, 0, -4, -6), Qt::AlignBottom | Qt::AlignHCenter, name);
        }
        painter->restore();
    }
}
