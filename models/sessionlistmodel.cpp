#include "models/sessionlistmodel.h"

#include "storage/sessionstore.h"

#include <QScopedValueRollback>

namespace {
// Sidebar order: pinned first, then newest update, then newest id.
bool sortsBefore(const SessionInfo &a, const SessionInfo &b)
{
    if (a.pinned != b.pinned)
        return a.pinned;
    if (a.updatedAt != b.updatedAt)
        return a.updatedAt > b.updatedAt;
    return a.id > b.id;
}
} // namespace

SessionListModel::SessionListModel(SessionStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(m_store, &SessionStore::sessionAdded, this, &SessionListModel::onSessionAdded);
    connect(m_store, &SessionStore::sessionChanged, this, &SessionListModel::onSessionChanged);
    connect(m_store, &SessionStore::sessionRemoved, this, &SessionListModel::onSessionRemoved);
    reload();
}

void SessionListModel::reload()
{
    const int wanted = qMax(m_pageSize, int(m_rows.size()));
    // Views (and QAbstractItemModelTester) may call fetchMore() from the reset signal itself.
    const QScopedValueRollback<bool> loading(m_loading, true);
    beginResetModel();
    m_rows = m_store->sessions(wanted);
    m_allLoaded = m_rows.size() < wanted;
    endResetModel();
}

QString SessionListModel::displayTitle(const QString &title)
{
    return title.isEmpty() ? tr("New chat") : title;
}

int SessionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SessionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SessionInfo &s = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return displayTitle(s.title);
    case IdRole:
        return s.id;
    case PreviewRole:
        return s.preview;
    case MessageCountRole:
        return s.messageCount;
    case UpdatedAtRole:
        return s.updatedAt.toLocalTime();
    case CreatedAtRole:
        return s.createdAt.toLocalTime();
    case PinnedRole:
        return s.pinned;
    case SectionRole:
        return sectionFor(s);
    case Qt::ToolTipRole:
        return s.preview.isEmpty() ? data(index, TitleRole) : QVariant(s.preview);
    default:
        return {};
    }
}

QHash<int, QByteArray> SessionListModel::roleNames() const
{
    return {
        {Qt::DisplayRole, "display"},
        {IdRole, "sessionId"},
        {TitleRole, "title"},
        {PreviewRole, "preview"},
        {MessageCountRole, "messageCount"},
        {UpdatedAtRole, "updatedAt"},
        {CreatedAtRole, "createdAt"},
        {PinnedRole, "pinned"},
        {SectionRole, "section"},
    };
}

Qt::ItemFlags SessionListModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = QAbstractListModel::flags(index);
    return index.isValid() ? base | Qt::ItemIsEditable : base;
}

bool SessionListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || (role != TitleRole && role != Qt::EditRole))
        return false;
    // The store emits sessionChanged(), which updates (and if need be moves) the row.
    const qint64 id = m_rows.at(index.row()).id;
    if (m_store->renameSession(id, value.toString().trimmed()))
        return true;
    Q_EMIT renameFailed(id);
    return false;
}

bool SessionListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_allLoaded && !m_loading;
}

void SessionListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QScopedValueRollback<bool> loading(m_loading, true);
    const QList<SessionInfo> page
        = m_rows.isEmpty() ? m_store->sessions(m_pageSize) : m_store->sessions(m_pageSize, &m_rows.last());
    m_allLoaded = page.size() < m_pageSize;
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows += page;
    endInsertRows();
}

int SessionListModel::rowOfId(qint64 sessionId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == sessionId)
            return row;
    }
    return -1;
}

int SessionListModel::insertPosition(const SessionInfo &info) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), info, sortsBefore);
    return int(it - m_rows.cbegin());
}

void SessionListModel::onSessionAdded(qint64 id)
{
    if (rowOfId(id) >= 0) {
        onSessionChanged(id);
        return;
    }
    const auto info = m_store->session(id);
    if (!info || info->deleted)
        return;
    const int row = insertPosition(*info);
    // Past the loaded rows it will come with a later page.
    if (row == m_rows.size() && !m_allLoaded)
        return;
    beginInsertRows({}, row, row);
    m_rows.insert(row, *info);
    endInsertRows();
}

void SessionListModel::onSessionChanged(qint64 id)
{
    const int row = rowOfId(id);
    if (row < 0) {
        onSessionAdded(id);
        return;
    }
    const auto info = m_store->session(id);
    // A reply finishing in a chat just deleted (undo pending) must not bring it back.
    if (!info || info->deleted) {
        onSessionRemoved(id);
        return;
    }
    m_rows[row] = *info;
    // Where the row belongs among the others (its sort key may have changed: new message, pin).
    int target = 0;
    for (int other = 0; other < m_rows.size(); ++other) {
        if (other != row && sortsBefore(m_rows.at(other), *info))
            ++target;
    }
    if (target == m_rows.size() - 1 && !m_allLoaded && target != row) {
        // It now sorts after every loaded row: it will come back with a later page.
        onSessionRemoved(id);
        return;
    }
    if (target != row) {
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_rows.move(row, target);
        endMoveRows();
    }
    Q_EMIT dataChanged(index(target), index(target));
}

void SessionListModel::onSessionRemoved(qint64 id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

QString SessionListModel::sectionFor(const SessionInfo &info) const
{
    if (info.pinned)
        return tr("Pinned");
    const qint64 now = m_now.isValid() ? m_now.toMSecsSinceEpoch() : QDateTime::currentMSecsSinceEpoch();
    if (now >= m_dayStarts[0] || now < m_dayStarts[1]) {
        const QDate today = QDateTime::fromMSecsSinceEpoch(now).toLocalTime().date();
        int i = 0;
        for (const int days : {-1, 0, 1, 6, 29})
            m_dayStarts[i++] = today.addDays(-days).startOfDay().toMSecsSinceEpoch();
    }
    const qint64 at = info.updatedAt.toMSecsSinceEpoch();
    if (at >= m_dayStarts[1])
        return tr("Today");
    if (at >= m_dayStarts[2])
        return tr("Yesterday");
    if (at >= m_dayStarts[3])
        return tr("Previous 7 days");
    if (at >= m_dayStarts[4])
        return tr("Previous 30 days");
    return tr("Older");
}
