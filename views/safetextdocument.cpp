#include "views/safetextdocument.h"

#include <QBuffer>
#include <QImageReader>
#include <QPainter>
#include <QUrl>

QImage SafeTextDocument::placeholder()
{
    static const QImage image = [] {
        QImage box(16, 16, QImage::Format_ARGB32_Premultiplied);
        box.fill(Qt::transparent);
        QPainter painter(&box);
        painter.setPen(QColor(128, 128, 128));
        painter.drawRect(box.rect().adjusted(1, 1, -2, -2));
        painter.drawLine(3, 12, 12, 3);
        return box;
    }();
    return image;
}

QVariant SafeTextDocument::loadResource(int type, const QUrl &name)
{
    if (type == ImageResource) {
        if (name.scheme().compare(QLatin1String("data"), Qt::CaseInsensitive) == 0) {
            const QImage image = imageFromDataUri(name);
            if (!image.isNull())
                return image;
        }
        ++m_refused;
        // Never an empty answer: the image handler would then load `name` from disk itself.
        return placeholder();
    }
    ++m_refused;
    return QByteArray();
}

QImage SafeTextDocument::imageFromDataUri(const QUrl &url)
{
    // data:[<mediatype>][;base64],<data>
    const QByteArray encoded = url.toEncoded();
    if (encoded.size() > MaxDataUriBytes)
        return {};
    const qsizetype comma = encoded.indexOf(',');
    if (comma < 0)
        return {};
    const QByteArray header = encoded.mid(5, comma - 5).toLower();
    if (!header.startsWith("image/"))
        return {};
    const QByteArray payload = QByteArray::fromPercentEncoding(encoded.mid(comma + 1));
    QByteArray bytes = header.endsWith(";base64") ? QByteArray::fromBase64(payload) : payload;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    // A few bytes can declare a huge picture: check the size before decoding anything.
    const QSize size = reader.size();
    if (!size.isValid() || size.width() > MaxImageSide || size.height() > MaxImageSide)
        return {};
    return reader.read();
}
