#pragma once

#include <QtGlobal>

class SessionStore;

// A realistic set of chats (markdown, a code block, thinking text, an alternative reply, a
// history limit that puts the context marker on screen), for the README screenshot and demos.
namespace DemoData {
// Returns the id of the chat to show.
qint64 fill(SessionStore *store);
} // namespace DemoData
