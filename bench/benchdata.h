#pragma once

#include <QString>

class SessionStore;

namespace BenchData {
// Fills an open, empty store with `sessions` sessions of `messagesPerSession` messages each
// (one branch, alternating user/assistant, realistic lengths) plus one session of
// `longSession` messages, in a single transaction through the store's own connection.
// Returns the id of the long session.
qint64 generate(SessionStore *store, int sessions, int messagesPerSession, int longSession);
} // namespace BenchData
