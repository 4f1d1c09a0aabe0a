#include "storage/privatefiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {
constexpr QFileDevice::Permissions OwnerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions OwnerDir
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
} // namespace

bool PrivateFiles::ensureDir(const QString &path, bool alwaysPrivate)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const bool existed = QFileInfo(absolute).isDir();
    if (!existed && !QDir().mkpath(absolute))
        return false;
    if (existed && !alwaysPrivate)
        return true;
    return QFile::setPermissions(absolute, OwnerDir);
}

bool PrivateFiles::restrict(const QString &path)
{
    if (!QFileInfo::exists(path))
        return true;
    return QFile::setPermissions(path, OwnerFile);
}

bool PrivateFiles::prepareFile(const QString &path)
{
    if (!ensureDir(QFileInfo(path).absolutePath()))
        return false;
    if (!QFileInfo::exists(path)) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerFile))
            return QFileInfo::exists(path) &&restrict(path); // another process was first
    }
    return restrict(path);
}
