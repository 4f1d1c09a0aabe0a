#pragma once

#include <QByteArray>
#include <QColor>
#include <QSize>
#include <QString>

// Files the attachment tests make themselves: a real PNG, a real PDF with a line of text
// (QPdfWriter; needs a QGuiApplication, offscreen is enough), written where a test wants them.
namespace AttachmentFixtures {
QByteArray png(QSize size, QColor color = Qt::darkCyan);
QByteArray pdf(const QString &text);
// A PDF whose one page is an image and has no text layer, as a scanner makes them.
QByteArray scannedPdf();
// Writes `bytes` to `dir`/`name`; returns the path (empty on failure).
QString write(const QString &dir, const QString &name, const QByteArray &bytes);
QString sha256(const QByteArray &bytes);
} // namespace AttachmentFixtures
