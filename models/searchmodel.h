#pragma once

#include "storage/sessioninfo.h"

#include <QAbstractListModel>

class SessionStore;

// Full-text search results for the sidebar: one row per matching message, with a snippet.
class SearchModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        SessionIdRole = Qt::UserRole + 1, // qint64
        MessageIdRole, // qint64
        SessionTitleRole, // QString
        SnippetRole, // QString: plain text around the match
        SnippetHtmlRole, // QString: HTML-escaped snippet with matches in <b>
        RoleRole, // QString: role of the matching message
        UpdatedAtRole, // QDateTime
    };
    Q_ENUM(Roles)

    explicit SearchModel(SessionStore *store, QObject *parent = nullptr);

    void setQuery(const QString &query);
    QString query() const { return m_query; }
    void setLimit(int limit) { m_limit = limit; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    SessionStore *m_store;
    QString m_query;
    QList<SearchHit> m_hits;
    int m_limit = 100;
};
