#include "models/searchmodel.h"

#include "models/sessionlistmodel.h"
#include "storage/sessionstore.h"

SearchModel::SearchModel(SessionStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{ }

void SearchModel::setQuery(const QString &query)
{
    m_query = query;
    beginResetModel();
    m_hits = query.trimmed().isEmpty() ? QList<SearchHit>() : m_store->search(query, m_limit);
    endResetModel();
}

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SnippetRole:
        return QString(hit.snippet).remove(QChar(SearchHit::MatchStart)).remove(QChar(SearchHit::MatchEnd));
    case SessionIdRole:
        return hit.sessionId;
    case MessageIdRole:
        return hit.messageId;
    case SessionTitleRole:
        return SessionListModel::displayTitle(hit.sessionTitle);
    case SnippetHtmlRole: {
        // Escape first, then turn the match markers into bold.
        QString html = hit.snippet.toHtmlEscaped();
        html.replace(QChar(SearchHit::MatchStart), QStringLiteral("<b>"))
            .replace(QChar(SearchHit::MatchEnd), QStringLiteral("</b>"));
        return html;
    }
    case RoleRole:
        return hit.role;
    case UpdatedAtRole:
        return hit.updatedAt.toLocalTime();
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    return {
        {Qt::DisplayRole, "display"},
        {SessionIdRole, "sessionId"},
        {MessageIdRole, "messageId"},
        {SessionTitleRole, "sessionTitle"},
        {SnippetRole, "snippet"},
        {SnippetHtmlRole, "snippetHtml"},
        {RoleRole, "role"},
        {UpdatedAtRole, "updatedAt"},
    };
}
