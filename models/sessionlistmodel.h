#pragma once

#include "storage/sessioninfo.h"

#include <QAbstractListModel>
#include <array>

class SessionStore;

// The sidebar: sessions, pinned first, then most recently updated, paged from SQL.
// Keeps itself in sync with the store's signals (also for other processes, via reload()).
class SessionListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole + 1, // qint64 session id
        TitleRole, // QString: title, or "New chat" when empty
        PreviewRole, // QString: start of the first user message
        MessageCountRole, // int
        UpdatedAtRole, // QDateTime (local)
        CreatedAtRole, // QDateTime (local)
        PinnedRole, // bool
        SectionRole, // QString: "Pinned", "Today", "Yesterday", "Previous 7 days", "Previous 30 days",
                     // "Older"
    };
    Q_ENUM(Roles)

    explicit SessionListModel(SessionStore *store, QObject *parent = nullptr);

    // A session's title as shown everywhere (sidebar, search, window title, notices): the
    // title, or "New chat" when it has none. The one definition of that rule.
    static QString displayTitle(const QString &title);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    // Titles are editable in place: setData() with TitleRole or Qt::EditRole renames the session
    // in the store (trimmed; empty clears the title), and the row follows the store's signal.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // The first page fills a tall screen (the view fetches more as it scrolls, or while it is not
    // full): every row read here is start-up time.
    static constexpr int DefaultPageSize = 60;
    void setPageSize(int rows) { m_pageSize = rows; }
    int rowOfId(qint64 sessionId) const;
    const SessionInfo &sessionAt(int row) const { return m_rows.at(row); }

    // Reloads from the first page (keeps as many rows as were loaded).
    void reload();
    // "now" for SectionRole; tests pin it.
    void setNow(const QDateTime &now) { m_now = now; }

Q_SIGNALS:
    // setData() could not rename the session (the store said why; the row is unchanged).
    void renameFailed(qint64 sessionId);

private:
    void onSessionAdded(qint64 id);
    void onSessionChanged(qint64 id);
    void onSessionRemoved(qint64 id);
    int insertPosition(const SessionInfo &info) const;
    QString sectionFor(const SessionInfo &info) const;

    SessionStore *m_store;
    QList<SessionInfo> m_rows;
    int m_pageSize = DefaultPageSize;
    bool m_allLoaded = false;
    bool m_loading = false;
    QDateTime m_now;
    // Local midnights of today, yesterday, 6 and 29 days ago, as ms since the epoch: a row's
    // section is then a comparison, not a time zone conversion per row (which re-reads the
    // zone file). Worked out again when the day changes.
    mutable std::array<qint64, 5> m_dayStarts {}; // [0] is tomorrow's
};
