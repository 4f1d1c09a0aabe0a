#pragma once

#include "storage/message.h"
#include "storage/sessioninfo.h"

#include <QList>

// A whole session to import: its messages as a tree (regenerated replies and edits of other
// apps become siblings) and the branch to show. Built by the importers, stored by
// SessionStore::importTrees() in one transaction.
struct SessionTree
{
    SessionInfo session; // uuid set: it is how a second import of the same chat is recognised
    QList<Message> messages; // parents before their children; ids and parentId ignored
    QList<int> parents; // per message: index of its parent in `messages`, -1 for a first message
    int currentLeaf = -1; // index of the message the session shows; -1: the last one
};
