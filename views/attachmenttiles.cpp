#include "views/attachmenttiles.h"

#include "storage/attachmentfile.h"
#include "storage/sessionstore.h"
#include "views/viewcolors.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QMimeDatabase>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionViewItem>
#include <QTextDocument>
#include <QtMath>

namespace {
const int kGap = 6;
const int kTextMargin = 8; // around a document's shown text
} // namespace

AttachmentTiles::AttachmentTiles(SessionStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{ }

QSize AttachmentTiles::layoutTiles(
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

QSize AttachmentTiles::layout(qint64 messageId, const QVariantList &files, int y, int width,
    const QFont &font, QList<MessageGeometry::ButtonArea> *buttons) const
{
    QSize used = layoutTiles(files, y, width, buttons);
    int bottom = y + used.height();
    const int rowHeight = QFontMetrics(font).height() + 10;
    for (int i = 0; i < files.size(); ++i) {
        const QVariantMap file = files.at(i).toMap();
        if (file.value(QStringLiteral("type")).toString().startsWith(QLatin1String("image/")))
            continue;
        const QRect row(0, bottom + kGap, width, rowHeight);
        buttons->append({MessageGeometry::Button::Document, row, summary(file), i});
        bottom = row.bottom() + 1;
        if (isExpanded(messageId, i)) {
            const QTextDocument *text = document(file, width - 2 * kTextMargin, font);
            bottom += kGap + qCeil(text->size().height()) + 2 * kTextMargin;
        }
        used.setWidth(width);
    }
    used.setHeight(bottom - y);
    return used;
}

void AttachmentTiles::setExpanded(qint64 messageId, int file, bool expanded)
{
    if (expanded)
        m_expanded.insert({messageId, file});
    else
        m_expanded.remove({messageId, file});
}

QString AttachmentTiles::summary(const QVariantMap &file) const
{
    const QString sha256 = file.value(QStringLiteral("sha256")).toString();
    const QString name = file.value(QStringLiteral("name")).toString();
    const QString key = sha256 + name;
    if (const QString *cached = m_summaries.object(key))
        return *cached;
    const QString text = file.value(QStringLiteral("text")).toString();
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        words += !inWord && !c.isSpace();
        inWord = !c.isSpace();
    }
    QString extent;
    if (file.value(QStringLiteral("type")).toString() == QLatin1String("application/pdf")) {
        const auto data = m_store->attachmentData(sha256);
        extent = tr("%n page(s)", nullptr, data ? AttachmentFile::pdfPages(*data) : 0);
    } else {
        extent = tr("%n line(s)", nullptr, int(text.count(u'\n')) + (text.endsWith(u'\n') ? 0 : 1));
    }
    const QString line = words == 0 ? tr("%1 — %2, no text").arg(name, extent)
                                    : tr("%1 — %2, %L3 words").arg(name, extent).arg(words);
    m_summaries.insert(key, new QString(line));
    return line;
}

QTextDocument *AttachmentTiles::document(const QVariantMap &file, int width, const QFont &font) const
{
    const QString key = file.value(QStringLiteral("sha256")).toString() + QString::number(width) + font.key();
    if (QTextDocument *cached = m_documents.object(key))
        return cached;
    QString text = file.value(QStringLiteral("text")).toString();
    if (text.isEmpty())
        text = tr("(This file has no text; a scanned PDF has only images of its pages.)");
    if (text.size() > MaxShownChars)
        text = text.left(MaxShownChars)
            + tr("\n\n… %L1 more characters: open the file to read all of it.")
                  .arg(text.size() - MaxShownChars);
    auto *document = new QTextDocument;
    document->setDocumentMargin(0);
    document->setDefaultFont(font);
    document->setPlainText(text); // never markup: a file's "<b>" stays "<b>"
    document->setTextWidth(width);
    m_documents.insert(key, document);
    return document;
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
    qint64 messageId, const QVariantList &files) const
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
    for (const MessageGeometry::ButtonArea &area : geo.buttons) {
        if (area.button == MessageGeometry::Button::Document && area.codeBlock < files.size())
            paintDocument(painter, option, area, isExpanded(messageId, area.codeBlock),
                files.at(area.codeBlock).toMap());
    }
}

void AttachmentTiles::paintDocument(QPainter *painter, const QStyleOptionViewItem &option,
    const MessageGeometry::ButtonArea &area, bool expanded, const QVariantMap &file) const
{
    const QColor base = option.palette.color(QPalette::Base);
    const QColor text = option.palette.color(QPalette::Text);
    painter->save();
    QPainterPath path;
    path.addRoundedRect(QRectF(area.rect).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    painter->fillPath(path, ViewColors::mix(base, text, 0.07));
    painter->setFont(option.font);
    painter->setPen(text);
    const QString arrow = expanded ? QStringLiteral(" ▾") : QStringLiteral(" ▸");
    const QRect inner = area.rect.adjusted(8, 0, -8, 0);
    const QString label = painter->fontMetrics().elidedText(
        area.label, Qt::ElideMiddle, inner.width() - painter->fontMetrics().horizontalAdvance(arrow));
    painter->drawText(inner, Qt::AlignVCenter | Qt::AlignLeft, label + arrow);
    if (expanded) {
        const QTextDocument *shown = document(file, area.rect.width() - 2 * kTextMargin, option.font);
        const QRect box(area.rect.left(), area.rect.bottom() + 1 + kGap, area.rect.width(),
            qCeil(shown->size().height()) + 2 * kTextMargin);
        QPainterPath boxPath;
        boxPath.addRoundedRect(QRectF(box).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
        painter->fillPath(boxPath, ViewColors::mix(base, text, 0.035));
        painter->translate(box.topLeft() + QPoint(kTextMargin, kTextMargin));
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = option.palette;
        context.clip = painter->clipBoundingRect(); // the row: lay out only the lines it shows
        shown->documentLayout()->draw(painter, context);
    }
    painter->restore();
}
