#include "views/transcriptviewproxy.h"

#include "models/transcriptmodel.h"

TranscriptViewProxy::TranscriptViewProxy(TranscriptModel *transcript, QObject *parent)
    : QIdentityProxyModel(parent)
    , m_transcript(transcript)
{
    setSourceModel(transcript);
}

bool TranscriptViewProxy::canFetchMore(const QModelIndex &) const
{
    return false;
}

void TranscriptViewProxy::fetchMore(const QModelIndex &) { }

bool TranscriptViewProxy::canFetchOlder() const
{
    return m_transcript->canFetchMore({});
}

void TranscriptViewProxy::fetchOlder()
{
    if (canFetchOlder())
        m_transcript->fetchMore({});
}
