#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

// Reads one file out of a .zip (ChatGPT's data export) through libzip, Debian's maintained zip
// library. Qt's own QZipReader is private API (QtGui private headers, no compatibility
// promise, not in Debian's qt6-base-dev), so it is not used. Builds without libzip say so.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(ZipArchive)
public:
    static bool isAvailable();
    // True when `head` starts like a zip archive ("PK\3\4").
    static bool looksLikeZip(const QByteArray &head);
    // The entry whose name is `name` or ends in "/name"; at most `maxSize` bytes uncompressed.
    static std::optional<QByteArray> readEntry(
        const QString &zipPath, const QString &name, qint64 maxSize, QString *error);
};
