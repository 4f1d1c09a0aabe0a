#pragma once

#include <QIdentityProxyModel>

class TranscriptModel;

// The TranscriptModel as the chat view sees it. QAbstractItemView calls fetchMore() whenever its
// last row is visible, which for a chat (always scrolled to the bottom) would page in the whole
// history; TranscriptModel's fetchMore() prepends older rows. So the proxy hides paging from the
// view and the ChatView asks for older rows itself when the user scrolls to the top.
class TranscriptViewProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    explicit TranscriptViewProxy(TranscriptModel *transcript, QObject *parent = nullptr);

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    bool canFetchOlder() const;
    void fetchOlder();
    TranscriptModel *transcript() const { return m_transcript; }

private:
    TranscriptModel *m_transcript;
};
