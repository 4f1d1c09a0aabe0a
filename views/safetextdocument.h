#pragma once

#include <QImage>
#include <QTextDocument>

// A document for text Confab did not write (model replies, server text). Qt's default resource
// loading reads any path or file: URL an image names (and its image handler falls back to
// reading the file itself when the document gives nothing), so a reply with
// ![x](/dev/zero) or //host/share/a.png would read files or reach the network while painting.
// Here an image is only ever a small inline data: URI (size and pixel limits); anything else
// becomes a placeholder, and no other kind of resource is loaded at all.
class SafeTextDocument : public QTextDocument
{
    Q_OBJECT
public:
    using QTextDocument::QTextDocument;

    static constexpr qsizetype MaxDataUriBytes = 256 * 1024;
    static constexpr int MaxImageSide = 1024;

    // What every refused image is drawn as: small, so a blocked image costs no layout.
    static QImage placeholder();
    // How many resources this document refused (for tests).
    int refusedResources() const { return m_refused; }

protected:
    QVariant loadResource(int type, const QUrl &name) override;

private:
    static QImage imageFromDataUri(const QUrl &url);

    int m_refused = 0;
};
