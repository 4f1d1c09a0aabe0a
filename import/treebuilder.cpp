#include "import/treebuilder.h"

#include "storage/legacyimporter.h"

int TreeBuilder::add(const Message &message, int parent, bool keep)
{
    m_nodes.append({message, parent >= 0 && parent < m_nodes.size() ? parent : -1, keep});
    if (keep)
        ++m_kept;
    return int(m_nodes.size()) - 1;
}

SessionTree TreeBuilder::build(const SessionInfo &session) const
{
    SessionTree tree;
    tree.session = session;
    // For each node: its own index in the tree when kept, else its nearest kept ancestor's.
    QList<int> mapped(m_nodes.size(), -1);
    int latest = -1;
    for (int i = 0; i < m_nodes.size(); ++i) {
        const Node &node = m_nodes.at(i);
        const int parent = node.parent >= 0 ? mapped.at(node.parent) : -1;
        if (!node.keep) {
            mapped[i] = parent;
            continue;
        }
        mapped[i] = int(tree.messages.size());
        tree.messages << node.message;
        tree.parents << parent;
        const Message &m = node.message;
        if (latest < 0 || !(m.createdAt < tree.messages.at(latest).createdAt))
            latest = mapped.at(i);
    }
    tree.currentLeaf = m_current >= 0 && m_current < mapped.size() ? mapped.at(m_current) : latest;
    if (tree.currentLeaf < 0)
        tree.currentLeaf = latest;

    SessionInfo &info = tree.session;
    if (info.title.isEmpty())
        info.title = LegacyImporter::titleFrom(tree.messages);
    if (!info.createdAt.isValid()) {
        for (const Message &m : tree.messages) {
            if (m.createdAt.isValid() && (!info.createdAt.isValid() || m.createdAt < info.createdAt)) {
                info.createdAt = m.createdAt;
                info.createdMicros = m.createdMicros;
            }
        }
    }
    if (!info.updatedAt.isValid()) {
        info.updatedAt = latest >= 0 ? tree.messages.at(latest).createdAt : info.createdAt;
        info.updatedMicros = latest >= 0 ? tree.messages.at(latest).createdMicros : info.createdMicros;
    }
    return tree;
}
