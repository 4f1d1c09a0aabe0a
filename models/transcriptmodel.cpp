#include "models/transcriptmodel.h"

#include "models/toolstep.h"

TranscriptModel::TranscriptModel(SessionStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_conversation(new Conversation(store, this))
{
    wrap();
}

TranscriptModel::TranscriptModel(Conversation *conversation, QObject *parent)
    : QAbstractListModel(parent)
    , m_conversation(conversation)
{
    wrap();
}

void TranscriptModel::wrap()
{
    Conversation *c = m_conversation;
    connect(c, &Conversation::aboutToReset, this, &TranscriptModel::beginResetModel);
    connect(c, &Conversation::reset, this, &TranscriptModel::endResetModel);
    connect(c, &Conversation::aboutToPrepend, this, [this](int count) { beginInsertRows({}, 0, count - 1); });
    connect(c, &Conversation::prepended, this, &TranscriptModel::endInsertRows);
    connect(c, &Conversation::aboutToAppend, this, [this](int row) { beginInsertRows({}, row, row); });
    connect(c, &Conversation::appended, this, &TranscriptModel::endInsertRows);
    connect(c, &Conversation::aboutToRemove, this,
        [this](int first, int last) { beginRemoveRows({}, first, last); });
    connect(c, &Conversation::removed, this, &TranscriptModel::endRemoveRows);
    connect(c, &Conversation::rowsChanged, this, &TranscriptModel::onRowsChanged);
    connect(c, &Conversation::sessionChanged, this, &TranscriptModel::sessionChanged);
}

void TranscriptModel::onRowsChanged(int first, int last, Conversation::Changes changes)
{
    // The roles each kind of change touches, so views re-measure only what they must.
    QList<int> roles;
    if (changes & Conversation::Finished) {
        Q_EMIT dataChanged(index(first), index(last)); // all roles
        return;
    }
    if (changes & Conversation::Content)
        roles << ContentRole << Qt::DisplayRole;
    if (changes & Conversation::Reasoning)
        roles << ReasoningRole;
    if (changes & Conversation::InContext)
        roles << InContextRole;
    if (changes & Conversation::Marker)
        roles << ContextMarkerRole << ContextOlderUnloadedRole << ContextSummaryRole;
    if (changes & Conversation::Summary)
        roles << ContextSummaryRole;
    if (changes & Conversation::Truncated)
        roles << TruncatedRole;
    Q_EMIT dataChanged(index(first), index(last), roles);
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_conversation->count();
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Message &m = m_conversation->messageAt(index.row());
    const auto *step = toolStepText(m);
    switch (role) {
    case Qt::DisplayRole:
    case ContentRole:
        return step ? QString() : m.content;
    case ToolStepRole:
        return step ? step->first : QString();
    case IdRole:
        return m.id;
    case RoleRole:
        return m.role;
    case ReasoningRole:
        return step ? step->second : m.reasoning;
    case StateRole:
        return int(m.state);
    case CreatedAtRole:
        return m.createdAt.toLocalTime();
    case ModelRole:
        return m.model;
    case PromptTokensRole:
        return m.promptTokens;
    case CompletionTokensRole:
        return m.completionTokens;
    case FinishReasonRole:
        return m.finishReason;
    case ErrorRole:
        return m.error;
    case SiblingIndexRole:
        return m.siblingIndex;
    case SiblingCountRole:
        return m.siblingCount;
    case InContextRole:
        return m_conversation->isInContext(m.id);
    case ParentIdRole:
        return m.parentId;
    case TruncatedRole:
        return m.truncated;
    case ContextMarkerRole:
        return m_conversation->contextMarker(m.id);
    case ContextOlderUnloadedRole:
        return m_conversation->contextOlderUnloaded(m.id);
    case ContextSummaryRole:
        return m_conversation->contextSummary(m.id);
    case AttachmentsRole: {
        QVariantList list;
        for (const Attachment &a : m.attachments)
            list << QVariantMap {{QStringLiteral("name"), a.name}, {QStringLiteral("type"), a.mimeType},
                {QStringLiteral("size"), a.size}, {QStringLiteral("sha256"), a.sha256},
                {QStringLiteral("width"), a.width}, {QStringLiteral("height"), a.height},
                {QStringLiteral("text"), a.text}};
        return list;
    }
    default:
        return {};
    }
}

const QPair<QString, QString> *TranscriptModel::toolStepText(const Message &m) const
{
    if (!ToolStep::isToolStep(m))
        return nullptr;
    auto it = m_stepTexts.find(m.id);
    if (it == m_stepTexts.end()) {
        const auto step = ToolStep::fromContent(m.content);
        // A row that says it is a step but is not one shows as it was stored.
        if (!step)
            return nullptr;
        if (m_stepTexts.size() > 1000)
            m_stepTexts.clear(); // bounded; parsed again when shown
        it = m_stepTexts.insert(m.id, {step->summary(), step->details()});
    }
    return &*it;
}

QHash<int, QByteArray> TranscriptModel::roleNames() const
{
    return {
        {Qt::DisplayRole, "display"},
        {IdRole, "messageId"},
        {RoleRole, "role"},
        {ContentRole, "content"},
        {ReasoningRole, "reasoning"},
        {StateRole, "state"},
        {CreatedAtRole, "createdAt"},
        {ModelRole, "model"},
        {PromptTokensRole, "promptTokens"},
        {CompletionTokensRole, "completionTokens"},
        {FinishReasonRole, "finishReason"},
        {ErrorRole, "error"},
        {SiblingIndexRole, "siblingIndex"},
        {SiblingCountRole, "siblingCount"},
        {InContextRole, "inContext"},
        {ParentIdRole, "parentId"},
        {TruncatedRole, "truncated"},
        {ContextMarkerRole, "contextMarker"},
        {ContextOlderUnloadedRole, "contextOlderUnloaded"},
        {ContextSummaryRole, "contextSummary"},
        {AttachmentsRole, "attachments"},
        {ToolStepRole, "toolStep"},
    };
}

bool TranscriptModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_conversation->canLoadOlder();
}

void TranscriptModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        m_conversation->loadOlder();
}
