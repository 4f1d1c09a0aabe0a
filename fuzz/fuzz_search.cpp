// libFuzzer target: SessionSearch, the user's text made into FTS5 queries (quoted terms, the
// word being typed as a prefix or as the OR of its completions, the text scan for CJK and
// symbols, the queued long messages matched from their text), on a small real SQLite store.
// Whatever is typed: no statement fails (an FTS5 syntax error would be one), no crash.
#include "storage/migrations.h"
#include "storage/sessionsearch.h"
#include "storage/storeconnection.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdlib>

namespace {

struct Store
{
    QTemporaryDir dir;
    StoreConnection db;
    bool failed = false;

    Store()
    {
        if (!dir.isValid() || !db.open(dir.filePath(QStringLiteral("search.sqlite"))))
            std::abort();
        db.setErrorHandler([this](const QString &) { failed = true; });
        QSqlQuery q(db.database());
        const auto run = [&q](const QString &sql) {
            if (!q.exec(sql))
                std::abort();
        };
        run(QStringLiteral("INSERT INTO sessions (id, uuid, title, created_at, updated_at) "
                           "VALUES (1, 'fuzz', 'Chat about compilers', 1000, 1000)"));
        const QStringList texts {QStringLiteral("the compiler works"),
            QStringLiteral("two compilers, one linker"), QStringLiteral("東京の天気はどうですか"),
            QStringLiteral("emoji 😀 test"), QStringLiteral("foo_bar baz"),
            QStringLiteral("Fermenté über ø \"quoted\" OR AND NOT NEAR(a b)")};
        int id = 0;
        for (const QString &text : texts) {
            q.prepare(
                QStringLiteral("INSERT INTO messages (id, session_id, role, content, created_at, updated_at) "
                               "VALUES (?, 1, 'user', ?, 2000, 2000)"));
            q.addBindValue(++id);
            q.addBindValue(text);
            if (!q.exec())
                std::abort();
        }
        // A long reply that ended: queued for the index, so search reads its text.
        q.prepare(QStringLiteral("INSERT INTO messages (id, session_id, role, content, state, created_at, "
                                 "updated_at) VALUES (?, 1, 'assistant', ?, 'streaming', 3000, 3000)"));
        q.addBindValue(++id);
        q.addBindValue(QStringLiteral("Lutetia was its Roman name, 東京 😀 foo_bar. ")
                           .repeated(Migrations::IndexLaterChars / 40 + 1));
        if (!q.exec())
            std::abort();
        run(QStringLiteral("UPDATE messages SET state = 'complete' WHERE id = %1").arg(id));
    }
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static Store store;
    SessionSearch search(&store.db);
    const QString query = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<SearchHit> hits = search.search(query, 20);
    if (store.failed || hits.size() > 20)
        std::abort();
    return 0;
}
