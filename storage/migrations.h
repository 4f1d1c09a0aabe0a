#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;
class QSqlError;

// Schema history. Each step takes the database from version N-1 to N inside one
// transaction (rolled back on any failure) and sets PRAGMA user_version = N.
namespace Migrations {
constexpr int LatestVersion = 8;

// SQL of one step (1-based); tests use it to build databases of an older version.
QStringList step(int version);
// Runs the steps from the file's user_version up to LatestVersion. On failure `error` says
// what failed and `cause` (if given) is the driver's error, with its native code.
bool migrate(QSqlDatabase &db, QString *error, QSqlError *cause = nullptr);
} // namespace Migrations
