#pragma once

#include <QString>
#include <QStringList>

// A search hit's snippet made from the message text itself, for PostgreSQL (SQLite has FTS5's
// snippet()): about `words` words around the first match, the matches between
// SearchHit::MatchStart and MatchEnd, "…" where text was cut. ts_headline is not used: its
// parser drops anything that looks like a tag ("<bread>"), which chats about code are full of.
namespace SearchSnippet {
// The user's words as the index sees them: case and accents folded.
QStringList terms(const QString &query);
// `terms` are matched as word prefixes, as the search itself does.
QString make(const QString &text, const QStringList &terms, int words = 12);
} // namespace SearchSnippet
