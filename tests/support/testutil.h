#pragma once

#include "patientwaits.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

class SessionStore;

namespace TestUtil {
// A fresh SQLite file path inside `dir`.
QString dbPath(const QTemporaryDir &dir, const QString &name = QStringLiteral("confab.sqlite"));
// Adds alternating user/assistant messages "u1", "a1", "u2", ... (`count` in all) to a new session.
qint64 makeSession(SessionStore *store, int count, const QString &title = {});
// Path of a built executable next to the tests (confab-cli), from CONFAB_BIN_DIR.
QString binary(const QString &name);

struct CliResult
{
    int exitCode = -1; // -1: did not start or did not end within 20 s
    QByteArray out; // the exact bytes
    QByteArray err;
};
// Runs confab-cli with `args` in `env` while this process keeps its event loop (and so a
// LoopbackServer) running.
CliResult runCli(const QStringList &args, const QProcessEnvironment &env);
} // namespace TestUtil
