#include "views/chatpane.h"

#include "models/chatcontroller.h"
#include "models/transcriptmodel.h"
#include "network/streamoutcome.h"
#include "storage/sessionstore.h"
#include "views/attachmentbar.h"
#include "views/attachmenttiles.h"
#include "views/attachmentviewer.h"
#include "views/chatview.h"
#include "views/composer.h"
#include "views/messagedelegate.h"
#include "views/messageselector.h"
#include "views/messageviewer.h"
#include "views/noticebar.h"
#include "views/queuedmessagebar.h"
#include "views/transcriptviewproxy.h"

#include <QApplication>
#include <QClipboard>
#include <QMenu>
#include <QVBoxLayout>

ChatPane::ChatPane(TranscriptModel *transcript, ChatController *controller, QWidget *parent)
    : QWidget(parent)
    , m_transcript(transcript)
    , m_controller(controller)
    , m_proxy(new TranscriptViewProxy(transcript, this))
    , m_view(new ChatView(this))
    , m_notice(new NoticeBar(this))
    , m_composer(new Composer(this))
{
    m_view->setTranscript(m_proxy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_notice);
    auto *queued = new QueuedMessageBar(m_controller, this);
    layout->addWidget(queued);
    layout->addWidget(m_composer);
    setFocusProxy(m_composer);

    connect(m_composer, &Composer::sendRequested, this, &ChatPane::send);
    // Edit on a message waiting for the database server: back into the box, before what is there.
    connect(
        queued, &QueuedMessageBar::taken, this, [this](const QString &text, const QList<Attachment> &files) {
            const QString typed = m_composer->text();
            m_composer->setText(typed.isEmpty() ? text : text + QLatin1Char('\n') + typed);
            for (const Attachment &file : files)
                m_composer->attachmentBar()->add(file);
            m_composer->setFocus(Qt::OtherFocusReason);
        });
    connect(m_composer, &Composer::stopRequested, this, &ChatPane::stop);
    connect(m_composer, &Composer::textChanged, this, [this] { m_estimateTimer.start(); });
    connect(m_composer, &Composer::attachmentRefused, this,
        [this](const QString &message) { m_notice->showNotice(message, NoticeBar::Kind::Error); });
    connect(m_controller, &ChatController::busyChanged, this, [this](bool busy) {
        m_composer->setBusy(busy);
        m_view->setStreamingId(busy ? m_controller->streamingMessageId() : 0);
    });
    connect(
        m_controller, &ChatController::replyStarted, this, [this](qint64 id) { m_view->setStreamingId(id); });
    connect(m_controller, &ChatController::replyFinished, this, &ChatPane::onReplyFinished);
    connect(m_controller, &ChatController::failed, this,
        [this](const QString &message) { m_notice->showNotice(message, NoticeBar::Kind::Error); });

    MessageDelegate *delegate = m_view->messageDelegate();
    delegate->setAttachmentTiles(new AttachmentTiles(m_transcript->store(), this));
    connect(delegate, &MessageDelegate::attachmentActivated, this,
        [this](const QModelIndex &index, int attachment) { openAttachment(index.row(), attachment); });
    connect(delegate, &MessageDelegate::copyRequested, this,
        [this](const QModelIndex &index) { copyRow(index.row()); });
    connect(delegate, &MessageDelegate::regenerateRequested, this,
        [this](const QModelIndex &index) { m_controller->regenerate(index.row()); });
    connect(delegate, &MessageDelegate::retryRequested, this,
        [this](const QModelIndex &index) { m_controller->regenerate(index.row()); });
    connect(delegate, &MessageDelegate::continueRequested, this, [this] {
        if (!m_controller->isBusy()) {
            m_view->followBottom();
            m_controller->continueReply();
        }
    });
    // The server's context and its token counts arrive later than the rows: measure again.
    connect(m_controller, &ChatController::serverLimitsChanged, this, [this] {
        scheduleContextRefresh();
        m_controller->countTokens();
    });
    connect(m_controller, &ChatController::tokenCountsReady, this, &ChatPane::scheduleContextRefresh);
    connect(delegate, &MessageDelegate::editRequested, this,
        [this](const QModelIndex &index) { startEdit(index.row()); });
    connect(delegate, &MessageDelegate::siblingRequested, this, [this](const QModelIndex &index, int delta) {
        if (!m_controller->isBusy())
            m_transcript->conversation()->switchSibling(index.row(), delta);
    });
    connect(delegate, &MessageDelegate::codeCopied, this, [this](const QString &code) {
        QApplication::clipboard()->setText(code);
        Q_EMIT statusMessage(tr("Code copied"));
    });
    connect(delegate, &MessageDelegate::editAccepted, this,
        [this](const QModelIndex &index, const QString &text) {
            // Keep the editor (and the user's text) until a new reply can start.
            if (m_controller->isBusy()) {
                m_notice->showNotice(
                    tr("A reply is still being written: stop it or wait, then send your edit again."),
                    NoticeBar::Kind::Info);
                return;
            }
            const int row = index.row();
            finishEdit();
            m_controller->editAndResend(row, text);
            m_composer->setFocus(Qt::OtherFocusReason); // not wherever the closed editor sent it
        });
    connect(delegate, &MessageDelegate::editCancelled, this, [this] {
        finishEdit();
        m_composer->setFocus(Qt::OtherFocusReason);
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, &ChatPane::showContextMenu);

    // Anything that may move the window: rows added/removed/finished, branch switched, session opened.
    m_contextTimer.setSingleShot(true);
    m_contextTimer.setInterval(30);
    connect(&m_contextTimer, &QTimer::timeout, this, &ChatPane::refreshContext);
    connect(m_transcript->conversation(), &Conversation::transcriptChanged, this,
        &ChatPane::scheduleContextRefresh);
    connect(m_transcript, &TranscriptModel::sessionChanged, this, [this] {
        finishEdit();
        m_notice->hide();
        m_view->followBottom();
        refreshContext();
        m_controller->countTokens();
    });
    m_estimateTimer.setSingleShot(true);
    m_estimateTimer.setInterval(250);
    connect(&m_estimateTimer, &QTimer::timeout, this, &ChatPane::updateEstimate);
}

void ChatPane::addPanel(QWidget *panel)
{
    panel->setParent(this);
    auto *box = static_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_notice), panel);
}

bool ChatPane::send()
{
    const QString text = m_composer->text();
    const QList<Attachment> attachments = m_composer->attachments();
    if ((text.trimmed().isEmpty() && attachments.isEmpty()) || m_controller->isBusy())
        return false;
    if (m_controller->hasQueued()) {
        m_notice->showNotice(tr("A message already waits for the database server; send this one when "
                                "the server can be reached again."),
            NoticeBar::Kind::Error);
        return false;
    }
    if (!m_transcript->sessionId())
        Q_EMIT sessionNeeded(text);
    if (!m_transcript->sessionId())
        return false;
    m_notice->hide();
    m_view->followBottom();
    if (!m_controller->send(text, attachments))
        return false;
    m_composer->clear();
    return true;
}

AttachmentViewer *ChatPane::openAttachment(int row, int attachment)
{
    if (row < 0 || row >= m_transcript->rowCount())
        return nullptr;
    const QList<Attachment> files = m_transcript->messageAt(row).attachments;
    if (attachment < 0 || attachment >= files.size())
        return nullptr;
    Attachment file = files.at(attachment);
    const auto data = m_transcript->store()->attachmentData(file.sha256);
    if (!data) {
        m_notice->showNotice(tr("\"%1\" is no longer stored.").arg(file.name), NoticeBar::Kind::Error);
        return nullptr;
    }
    file.data = *data;
    auto *viewer = new AttachmentViewer(file, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
    return viewer;
}

bool ChatPane::revealMessage(qint64 messageId)
{
    const auto loadUntilFound = [this, messageId] {
        int row = m_transcript->rowOfId(messageId);
        while (row < 0 && m_proxy->canFetchOlder()) {
            m_proxy->fetchOlder();
            row = m_transcript->rowOfId(messageId);
        }
        return row;
    };
    int row = loadUntilFound();
    // Not on the branch shown (an edited message or another alternative): show its branch.
    if (row < 0 && !m_controller->isBusy() && m_transcript->conversation()->showBranchOf(messageId))
        row = loadUntilFound();
    if (row < 0)
        return false;
    refreshContext(); // the marker may move with the rows loaded: place it before scrolling
    m_view->showRow(row);
    return true;
}

void ChatPane::stop()
{
    m_controller->stop();
}

int ChatPane::lastRowWithRole(const QString &role) const
{
    for (int row = m_transcript->rowCount() - 1; row >= 0; --row) {
        if (m_transcript->messageAt(row).role == role)
            return row;
    }
    return -1;
}

bool ChatPane::regenerateLast()
{
    const int row = lastRowWithRole(MessageRole::Assistant);
    return row >= 0 && m_controller->regenerate(row);
}

bool ChatPane::copyLastReply()
{
    const int row = lastRowWithRole(MessageRole::Assistant);
    if (row < 0)
        return false;
    copyRow(row);
    return true;
}

void ChatPane::copyRow(int row)
{
    QApplication::clipboard()->setText(m_transcript->messageAt(row).content);
    Q_EMIT statusMessage(tr("Message copied"));
}

void ChatPane::startEdit(int row)
{
    if (row < 0 || row >= m_transcript->rowCount() || m_controller->isBusy())
        return;
    finishEdit();
    m_view->closeSelector(); // one persistent editor per row: the message editor takes its place
    const QModelIndex index = m_proxy->index(row, 0);
    m_view->messageDelegate()->setEditingId(m_transcript->messageAt(row).id);
    m_view->relayout();
    m_view->openPersistentEditor(index);
    if (QWidget *editor = m_view->indexWidget(index))
        editor->setFocus();
    m_view->scrollTo(index);
}

void ChatPane::finishEdit()
{
    MessageDelegate *delegate = m_view->messageDelegate();
    const int row = m_transcript->rowOfId(delegate->editingId());
    delegate->setEditingId(0);
    if (row >= 0)
        m_view->closePersistentEditor(m_proxy->index(row, 0));
    m_view->relayout();
}

void ChatPane::onReplyFinished(qint64, const StreamOutcome &outcome)
{
    m_view->setStreamingId(0);
    if (outcome.status == StreamOutcome::Status::Failed)
        Q_EMIT statusMessage(tr("The reply failed: %1").arg(outcome.errorMessage));
    else if (outcome.finishReason == QLatin1String("length"))
        Q_EMIT statusMessage(tr("The reply was cut off at the length limit."));
    // At once: the reply just joined the window the user sees.
    refreshContext();
    m_controller->countTokens(); // the new rows, with the server's tokenizer
}

void ChatPane::scheduleContextRefresh()
{
    if (!m_contextTimer.isActive())
        m_contextTimer.start();
}

void ChatPane::refreshContext()
{
    m_contextTimer.stop();
    // The marker follows on its own: the view reads it from the model's marker roles.
    m_window = m_controller->refreshContext();
    updateEstimate();
}

void ChatPane::updateEstimate()
{
    const QString pending = m_composer->text();
    const QList<Attachment> files = m_composer->attachments();
    if (pending.trimmed().isEmpty() && files.isEmpty()) {
        Q_EMIT nextRequestEstimated(m_window);
        return;
    }
    Q_EMIT nextRequestEstimated(m_controller->previewContext(pending, files));
}

void ChatPane::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    const int row = index.row();
    const Message &message = m_transcript->messageAt(row);
    const bool busy = m_controller->isBusy();
    QMenu menu(this);
    // Text selected in this message: Copy copies that, as Ctrl+C does (the footer's Copy, the
    // whole message).
    const MessageSelector *selector = m_view->selector();
    const QString selected
        = selector && m_view->selectorIndex().row() == row ? selector->selectedText() : QString();
    menu.addAction(tr("&Copy"), this, [this, row, selected] {
        if (selected.isEmpty())
            copyRow(row);
        else
            QApplication::clipboard()->setText(selected);
    });
    menu.addAction(tr("&Select text…"), this, [this, row] { showMessageText(row); });
    menu.addSeparator();
    if (message.role == MessageRole::Assistant) {
        menu.addAction(tr("&Regenerate"), this, [this, row] { m_controller->regenerate(row); })
            ->setEnabled(!busy);
    } else if (message.role == MessageRole::User) {
        menu.addAction(tr("&Edit and resend…"), this, [this, row] { startEdit(row); })->setEnabled(!busy);
    }
    if (message.siblingCount > 1) {
        menu.addAction(tr("&Previous alternative"), this,
                [this, row] { m_transcript->conversation()->switchSibling(row, -1); })
            ->setEnabled(!busy && message.siblingIndex > 0);
        menu.addAction(tr("&Next alternative"), this,
                [this, row] { m_transcript->conversation()->switchSibling(row, 1); })
            ->setEnabled(!busy && message.siblingIndex + 1 < message.siblingCount);
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void ChatPane::showMessageText(int row)
{
    const Message &message = m_transcript->messageAt(row);
    auto *viewer = new MessageViewer(message.content, message.role != MessageRole::User, this);
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->show();
}
