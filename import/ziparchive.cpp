#include "import/ziparchive.h"

#include <QFile>
#include <QScopeGuard>

#ifdef CONFAB_HAVE_LIBZIP
#include <zip.h>
#endif

bool ZipArchive::isAvailable()
{
#ifdef CONFAB_HAVE_LIBZIP
    return true;
#else
    return false;
#endif
}

bool ZipArchive::looksLikeZip(const QByteArray &head)
{
    return head.startsWith(QByteArrayLiteral("PK\x03\x04"))
        || head.startsWith(QByteArrayLiteral("PK\x05\x06"));
}

std::optional<QByteArray> ZipArchive::readEntry(
    const QString &zipPath, const QString &name, qint64 maxSize, QString *error)
{
#ifdef CONFAB_HAVE_LIBZIP
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY, &code);
    if (!archive) {
        zip_error_t zerror;
        zip_error_init_with_code(&zerror, code);
        *error = tr("not a readable zip archive (%1)").arg(QString::fromUtf8(zip_error_strerror(&zerror)));
        zip_error_fini(&zerror);
        return std::nullopt;
    }
    const auto closeArchive = qScopeGuard([archive] { zip_discard(archive); });
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    const QString suffix = QLatin1Char('/') + name;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t stat;
        if (zip_stat_index(archive, zip_uint64_t(i), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_NAME))
            continue;
        const QString entry = QString::fromUtf8(stat.name);
        if (entry != name && !entry.endsWith(suffix))
            continue;
        if (!(stat.valid & ZIP_STAT_SIZE) || zip_int64_t(stat.size) > maxSize) {
            *error = tr("%1 in the archive is larger than %2 MB").arg(entry).arg(maxSize / (1024 * 1024));
            return std::nullopt;
        }
        zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0);
        if (!file) {
            *error = tr("cannot open %1 in the archive (%2)")
                         .arg(entry, QString::fromUtf8(zip_strerror(archive)));
            return std::nullopt;
        }
        QByteArray data(qsizetype(stat.size), Qt::Uninitialized);
        const zip_int64_t read = zip_fread(file, data.data(), stat.size);
        const QString readError = QString::fromUtf8(zip_file_strerror(file));
        zip_fclose(file);
        if (read < 0 || zip_uint64_t(read) != stat.size) {
            *error = tr("%1 in the archive is damaged (%2)").arg(entry, readError);
            return std::nullopt;
        }
        return data;
    }
    *error = tr("the archive has no %1").arg(name);
    return std::nullopt;
#else
    Q_UNUSED(zipPath)
    Q_UNUSED(maxSize)
    *error = tr("this build of Confab cannot read .zip files; extract %1 and import that").arg(name);
    return std::nullopt;
#endif
}
