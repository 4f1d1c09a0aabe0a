#pragma once

#include "storage/sessiontree.h"

// Collects one conversation's messages as the importers walk another app's tree, then gives
// the SessionTree to store. Nodes added with keep = false (hidden, system and tool nodes) are
// left out and their children hang from the nearest kept ancestor, so no branch is lost.
class TreeBuilder
{
public:
    // `parent` is the index add() returned for the parent, -1 for a first message. Parents
    // must be added before their children; siblings keep the order they are added in.
    int add(const Message &message, int parent, bool keep = true);
    // The node the other app showed last; without one, the most recent message.
    void setCurrent(int node) { m_current = node; }
    int keptCount() const { return m_kept; }
    // Title, created and updated default to the first user message, the first and the latest message.
    SessionTree build(const SessionInfo &session) const;

private:
    struct Node
    {
        Message message;
        int parent = -1;
        bool keep = true;
    };
    QList<Node> m_nodes;
    int m_current = -1;
    int m_kept = 0;
};
