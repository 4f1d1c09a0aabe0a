#include "views/mainwindow.h"

#include "import/historyimporter.h"
#include "models/chatcontroller.h"
#include "models/contextsummary.h"
#include "models/searchmodel.h"
#include "models/sessionlistmodel.h"
#include "models/sessionmanager.h"
#include "models/titlegenerator.h"
#include "models/transcriptmodel.h"
#include "network/endpointpolicy.h"
#include "settings/apikeystore.h"
#include "settings/presetstore.h"
#include "settings/profilestore.h"
#include "settings/storesetting.h"
#include "storage/sessionexporter.h"
#include "storage/sessionstore.h"
#include "views/chatheader.h"
#include "views/chatpane.h"
#include "views/chatprinter.h"
#include "views/chattools.h"
#include "views/chatview.h"
#include "views/composer.h"
#include "views/databasepage.h"
#include "views/highlightmarkup.h"
#include "views/mcpserverspage.h"
#include "views/noticebar.h"
#include "views/plainmessagebox.h"
#include "views/sessionsettingsdialog.h"
#include "views/sessionsidebar.h"
#include "views/settingsdialog.h"
#include "views/storeswitch.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QVBoxLayout>

namespace {
constexpr int UndoTimeoutMs = 10000;
}

MainWindow::MainWindow(
    SessionStore *store, ProfileStore *profiles, ApiKeyStore *keys, QSettings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_profiles(profiles)
    , m_presets(new PresetStore(settings, this))
    , m_keys(keys)
    , m_settings(settings)
    , m_nam(new QNetworkAccessManager(this))
    , m_transcript(new TranscriptModel(store, this))
    , m_sessions(new SessionListModel(store, this))
    , m_search(new SearchModel(store, this))
    , m_controller(new ChatController(m_transcript->conversation(), m_nam, this))
    , m_manager(new SessionManager(store, profiles, keys, m_transcript->conversation(), m_controller, this))
    , m_titles(new TitleGenerator(store, m_nam, this))
    , m_notice(new NoticeBar(this))
    , m_modelLabel(new QLabel(this))
    , m_tokenLabel(new QLabel(this))
{
    m_controller->setQueueWhileUnreachable(true); // shown above the box (QueuedMessageBar)
    setWindowTitle(tr("Confab"));
    m_titles->setKeyStore(keys);
    m_sidebar = new SessionSidebar(store, m_sessions, m_search, this);
    m_chat = new ChatPane(m_transcript, m_controller, this);
    m_header = new ChatHeader(m_nam, m_controller, this);
    // The header (profile and model of this chat) sits over the chat, not over the sidebar.
    auto *chatSide = new QWidget(this);
    auto *chatLayout = new QVBoxLayout(chatSide);
    chatLayout->setContentsMargins(0, 0, 0, 0);
    chatLayout->setSpacing(0);
    chatLayout->addWidget(m_header);
    chatLayout->addWidget(m_chat, 1);
    m_tools
        = new ChatTools(m_settings, keys, m_nam, m_controller, m_transcript->conversation(), m_chat, this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(chatSide);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({260, 740});
    m_splitter->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);
    // The window's notices (Undo, storage errors, the key) float over the top of the chat rather
    // than push the sidebar and the chat down while they show (placeNotice()).
    m_notice->setParent(central);

    // The model id comes from the server's list or a profile: never rich text.
    m_modelLabel->setTextFormat(Qt::PlainText);
    m_tokenLabel->setTextFormat(Qt::PlainText);
    m_modelLabel->setAccessibleName(tr("Model"));
    m_tokenLabel->setAccessibleName(tr("Estimated size of the next request"));
    statusBar()->addPermanentWidget(m_tokenLabel);
    statusBar()->addPermanentWidget(m_modelLabel);
    // A message ("Exported to …", a failure) was cut off at 800 px beside the request size: the
    // size steps aside while a message shows.
    connect(statusBar(), &QStatusBar::messageChanged, this,
        [this](const QString &message) { m_tokenLabel->setVisible(message.isEmpty()); });

    createActions();
    createMenus();

    const auto openFromSidebar = [this](qint64 id, qint64 messageId) {
        openSession(id);
        // From a search hit: take the user to the message that matched.
        if (messageId && id == m_manager->currentSessionId())
            m_chat->revealMessage(messageId);
    };
    connect(m_sidebar, &SessionSidebar::sessionSelected, this, openFromSidebar);
    connect(m_sidebar, &SessionSidebar::sessionActivated, this,
        [this, openFromSidebar](qint64 id, qint64 messageId) {
            openFromSidebar(id, messageId);
            m_chat->composer()->setFocus(Qt::OtherFocusReason); // a chat was chosen: go on writing
        });
    connect(m_sidebar, &SessionSidebar::newChatRequested, this, &MainWindow::newChat);
    connect(m_sidebar, &SessionSidebar::deleteRequested, this, &MainWindow::deleteSession);
    connect(m_sidebar, &SessionSidebar::exportRequested, this, &MainWindow::exportSession);
    connect(m_sidebar, &SessionSidebar::settingsRequested, this, &MainWindow::showSessionSettings);
    connect(m_chat, &ChatPane::sessionNeeded, m_manager, &SessionManager::createSessionFor);
    connect(m_chat, &ChatPane::statusMessage, this,
        [this](const QString &text) { statusBar()->showMessage(text, 4000); });
    connect(m_chat, &ChatPane::nextRequestEstimated, this, [this](const ContextWindow &window) {
        QString text = tr("Next request: %1").arg(ContextSummary::text(window)) + QStringLiteral(" · ")
            + tr("%n message(s)", nullptr, int(window.turns.size()));
        const QString warning = ContextSummary::warning(window);
        if (!warning.isEmpty())
            text += QStringLiteral(" · ") + warning;
        m_tokenLabel->setText(text);
        m_tokenLabel->setToolTip(warning);
    });
    connect(m_controller, &ChatController::busyChanged, this, &MainWindow::updateActions);
    // After the first reply: a title from the model (TitleGenerator decides whether one is due).
    connect(m_controller, &ChatController::replyFinished, this, [this](qint64, const StreamOutcome &outcome) {
        if (outcome.status != StreamOutcome::Status::Finished || m_manager->currentSessionId() == 0
            || !m_profiles->autoTitles())
            return;
        // Settings › Titles may name a profile and model of its own (asked with its own key).
        if (const auto titles = m_profiles->titleProfile())
            m_titles->generateWith(m_manager->currentSessionId(), *titles);
        else
            m_titles->generate(
                m_manager->currentSessionId(), m_manager->profileForSession(), m_controller->apiKey());
    });
    connect(m_store, &SessionStore::storageError, this, &MainWindow::showStorageError);
    // The loss itself was told once, by storageError; its end replaces that notice.
    connect(m_store, &SessionStore::connectionRestored, this, [this] {
        m_noticeAction = NoticeAction::None;
        m_notice->showNotice(tr("The database server can be reached again; what was kept is being saved."),
            NoticeBar::Kind::Info, QString(), 8000);
        statusBar()->showMessage(tr("Database server reconnected."), 4000);
    });
    connect(m_store, &SessionStore::externalChange, this, &MainWindow::onExternalChange);
    connect(m_sessions, &SessionListModel::renameFailed, this, [this] {
        if (m_store->isConnectionLost())
            showUnreachable(tr("The chat was not renamed"));
    });
    connect(m_store, &SessionStore::sessionChanged, this, [this](qint64 id) {
        if (id == m_manager->currentSessionId())
            updateWindowTitle(); // renamed
    });
    connect(m_notice, &NoticeBar::actionTriggered, this, [this] {
        if (m_noticeAction == NoticeAction::Undo)
            undoDelete();
        else if (m_noticeAction == NoticeAction::EnterKey)
            askForApiKey();
    });
    connect(m_manager, &SessionManager::currentSessionChanged, this, [this](qint64 id) {
        m_sidebar->setCurrentSession(id);
        updateWindowTitle();
        // Unchanged at start-up: setting it anyway would write the settings file again.
        if (m_settings->value(QStringLiteral("window/lastSession")).toLongLong() != id)
            m_settings->setValue(QStringLiteral("window/lastSession"), id);
        updateActions();
    });
    connect(m_manager, &SessionManager::profileApplied, this, [this](const ProviderProfile &profile) {
        // Before anything is sent there: a key over plain http to the internet is readable on the way.
        if (EndpointPolicy::isInsecureRemote(profile.baseUrl)
            && !m_insecureWarned.contains(profile.baseUrl)) {
            m_insecureWarned.insert(profile.baseUrl);
            m_chat->notice()->showNotice(
                EndpointPolicy::insecureWarning(profile.baseUrl), NoticeBar::Kind::Error);
        }
        m_modelLabel->setText(
            profile.model.isEmpty() ? tr("No model chosen") : tr("%1 · %2").arg(profile.name, profile.model));
        m_header->setChat(profile);
        m_chat->refreshContext();
    });
    connect(m_header, &ChatHeader::modelChosen, this, &MainWindow::switchModel);
    connect(m_manager, &SessionManager::sessionDeleted, this, [this](qint64, const QString &title) {
        m_noticeAction = NoticeAction::Undo;
        m_notice->showNotice(
            tr("Deleted “%1”.").arg(title), NoticeBar::Kind::Info, tr("&Undo"), UndoTimeoutMs);
    });
    connect(m_manager, &SessionManager::keyNotSaved, this, [this](const QString &message) {
        m_noticeAction = NoticeAction::None;
        m_notice->showNotice(tr("The API key could not be saved in the keychain; Confab keeps it "
                                "only until you quit. %1")
                                 .arg(message),
            NoticeBar::Kind::Error);
    });
    connect(m_manager, &SessionManager::keyUnavailable, this, [this](const QString &message) {
        m_noticeAction = NoticeAction::EnterKey;
        m_notice->showNotice(tr("The API key could not be read from the keychain. %1").arg(message),
            NoticeBar::Kind::Error, tr("Enter &key…"));
    });

    qApp->installEventFilter(this); // the window's shortcuts over the text fields' (eventFilter)
    restoreWindowState();
    // Reopen the chat the user had open, else the newest.
    m_manager->openLastOrNewest(m_settings->value(QStringLiteral("window/lastSession")).toLongLong());
    m_chat->setFocus();
}

MainWindow::~MainWindow()
{
    // Nothing lost at quit: streamed text to disk, deleted chats (past undo) removed for good.
    m_controller->stop();
    // The MCP servers first, while the network access manager and the chat they use still exist.
    delete m_tools;
    m_tools = nullptr;
    m_transcript->conversation()->flush();
    m_manager->purgeDeleted();
}

QAction *MainWindow::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

void MainWindow::createActions()
{
    const auto make
        = [this](const char *name, const QString &text, const QList<QKeySequence> &keys, auto slot) {
              auto *action = new QAction(text, this);
              action->setObjectName(QString::fromLatin1(name));
              action->setShortcuts(keys);
              connect(action, &QAction::triggered, this, slot);
              addAction(action);
              return action;
          };
    make("newChat", tr("&New Chat"), {QKeySequence::New}, [this] { newChat(); });
    make("exportChat", tr("&Export Chat…"), {QKeySequence(Qt::CTRL | Qt::Key_E)},
        [this] { exportSession(m_transcript->sessionId()); });
    make("importChats", tr("&Import Chats…"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)}, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Import Chats"),
            QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
            tr("Chat exports (*.json *.zip);;All files (*)"));
        if (paths.isEmpty())
            return;
        bool ok = true;
        const QString summary = importFiles(paths, &ok);
        if (ok)
            QMessageBox::information(this, tr("Import Chats"), summary);
        else
            QMessageBox::warning(this, tr("Import Chats"), summary);
    });
    make("printChat", tr("&Print Chat…"), {QKeySequence::Print},
        [this] { printSession(m_transcript->sessionId()); });
    make("settings", tr("&Settings…"), {QKeySequence(Qt::CTRL | Qt::Key_Comma), QKeySequence::Preferences},
        [this] { showSettings(); });
    make("sessionSettings", tr("Chat Se&ttings…"), {},
        [this] { showSessionSettings(m_transcript->sessionId()); });
    auto *quit = make("quit", tr("&Quit"), {QKeySequence(Qt::CTRL | Qt::Key_Q)}, [this] { close(); });
    quit->setMenuRole(QAction::QuitRole);
    make("find", tr("&Find in Chats"),
        {QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence(Qt::CTRL | Qt::Key_K)},
        [this] { m_sidebar->focusSearch(); });
    make("copyLastReply", tr("&Copy Last Reply"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)},
        [this] { m_chat->copyLastReply(); });
    make("regenerate", tr("&Regenerate Reply"), {QKeySequence(Qt::CTRL | Qt::Key_R)},
        [this] { m_chat->regenerateLast(); });
    make("stop", tr("S&top"), {QKeySequence(Qt::Key_Escape)}, [this] { m_chat->stop(); });
    make("rename", tr("Re&name Chat…"), {QKeySequence(Qt::Key_F2)},
        [this] { m_sidebar->renameSession(m_transcript->sessionId()); });
    make("pin", tr("&Pin/Unpin Chat"), {}, [this] { m_sidebar->togglePinned(m_transcript->sessionId()); });
    make("deleteChat", tr("&Delete Chat"), {QKeySequence(Qt::CTRL | Qt::Key_W)},
        [this] { deleteSession(m_transcript->sessionId()); });
    make("about", tr("&About Confab"), {}, [this] {
        QMessageBox::about(this, tr("About Confab"),
            tr("<b>Confab</b> %1<br>A desktop chat client for large language models.<br>"
               "Every chat lives in one database: what you see is what the model is sent.")
                .arg(QStringLiteral(CONFAB_VERSION)));
    });
    updateActions();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("newChat")));
    // The presets as they are when the menu opens (Settings › Presets edits them).
    QMenu *fromPreset = file->addMenu(tr("New Chat from &Preset"));
    fromPreset->setObjectName(QStringLiteral("newChatFromPreset"));
    connect(fromPreset, &QMenu::aboutToShow, this, [this, fromPreset] {
        fromPreset->clear();
        for (const ChatPreset &preset : m_presets->presets())
            fromPreset->addAction(preset.name, this, [this, preset] { newChatFrom(preset); });
        if (fromPreset->isEmpty())
            fromPreset->addAction(tr("None yet: add them in Settings › Presets"))->setEnabled(false);
    });
    file->addAction(action(QStringLiteral("importChats")));
    file->addAction(action(QStringLiteral("exportChat")));
    file->addAction(action(QStringLiteral("printChat")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("settings")));
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(QStringLiteral("copyLastReply")));
    edit->addAction(action(QStringLiteral("find")));
    QMenu *chat = menuBar()->addMenu(tr("&Chat"));
    chat->addAction(action(QStringLiteral("regenerate")));
    chat->addAction(action(QStringLiteral("stop")));
    chat->addSeparator();
    chat->addAction(action(QStringLiteral("rename")));
    chat->addAction(action(QStringLiteral("pin")));
    chat->addAction(action(QStringLiteral("sessionSettings")));
    chat->addAction(action(QStringLiteral("deleteChat")));
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("about")));
}

void MainWindow::updateActions()
{
    const bool hasSession = m_manager->currentSessionId() != 0;
    const bool busy = m_controller->isBusy();
    // Esc only means "stop" while a reply runs; otherwise it belongs to the focused widget.
    action(QStringLiteral("stop"))->setEnabled(busy);
    action(QStringLiteral("regenerate"))->setEnabled(hasSession && !busy);
    for (const char *name : {"exportChat", "printChat", "rename", "pin", "deleteChat", "copyLastReply"})
        action(QString::fromLatin1(name))->setEnabled(hasSession);
}

void MainWindow::applyProfile()
{
    m_manager->applyProfile();
}

void MainWindow::openSession(qint64 sessionId)
{
    m_manager->openSession(sessionId);
}

void MainWindow::updateWindowTitle()
{
    const QString title = m_manager->currentTitle();
    setWindowTitle(title.isEmpty() ? tr("Confab") : tr("%1 — Confab").arg(title));
}

void MainWindow::newChat()
{
    // A draft: the session is created with the first message, so no empty chats pile up.
    openSession(0);
    m_chat->composer()->setFocus();
}

void MainWindow::newChatFrom(const ChatPreset &preset)
{
    openSession(0);
    SessionInfo draft; // the preset's choices only, not what an earlier draft had
    preset.applyTo(&draft);
    m_manager->setDraft(draft);
    applyProfile();
    m_chat->composer()->setFocus();
}

void MainWindow::switchModel(const QString &model)
{
    const ProviderProfile profile = m_manager->profileForSession();
    if (const qint64 id = m_manager->currentSessionId()) {
        // Written down with its profile, as a new chat's choice is (SessionManager::createSessionFor).
        if (!m_store->setSessionModel(id, profile.id, model))
            return;
    } else {
        SessionInfo draft = m_manager->draft();
        draft.provider = profile.id;
        draft.model = model;
        m_manager->setDraft(draft);
    }
    applyProfile();
}

void MainWindow::deleteSession(qint64 sessionId)
{
    const bool fromList = m_sidebar->list()->hasFocus();
    // The notice offers Undo (sessionDeleted); with the server away nothing was changed.
    if (!m_manager->deleteSession(sessionId) && m_store->isConnectionLost())
        showUnreachable(tr("The chat was not deleted"));
    if (!fromList)
        m_chat->composer()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::undoDelete()
{
    m_manager->undoDelete();
    // The Undo button that had the focus is gone: back to writing, not to the next widget.
    m_notice->hide();
    m_chat->composer()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::placeNotice()
{
    const QPoint topLeft = m_chat->mapTo(centralWidget(), QPoint(0, 0));
    const int height = m_notice->heightForWidth(m_chat->width());
    m_notice->setGeometry(
        QRect(topLeft, QSize(m_chat->width(), height > 0 ? height : m_notice->sizeHint().height())));
    m_notice->raise();
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_notice && event->type() == QEvent::Show)
        || (watched == m_chat && event->type() == QEvent::Resize && m_notice->isVisible()))
        placeNotice();
    // Text fields claim some Ctrl keys for themselves (Ctrl+E is "end of line", Ctrl+K "delete
    // to the end" in a QLineEdit): the window's Ctrl shortcuts win, wherever the focus is.
    if (event->type() == QEvent::ShortcutOverride && watched->isWidgetType()
        && static_cast<QWidget *>(watched)->window() == this) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers().testFlag(Qt::ControlModifier)) {
            const QKeySequence pressed(key->keyCombination());
            const QList<QAction *> own = actions();
            for (const QAction *action : own) {
                if (action->isEnabled() && action->shortcuts().contains(pressed)) {
                    event->ignore();
                    return true;
                }
            }
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::askForApiKey()
{
    const ProviderProfile profile = m_manager->profileForSession();
    if (profile.id.isEmpty())
        return;
    bool ok = false;
    const QString key = QInputDialog::getText(this, tr("API key"),
        tr("API key for “%1”. It stays in memory until you quit and is never written to disk.")
            .arg(profile.name),
        QLineEdit::Password, QString(), &ok);
    if (!ok || key.trimmed().isEmpty())
        return;
    m_manager->setSessionKey(key.trimmed());
    m_notice->hide();
}

void MainWindow::exportSession(qint64 sessionId)
{
    const auto info = m_store->session(sessionId);
    if (!info)
        return;
    QString base = info->title.isEmpty() ? QStringLiteral("chat") : info->title;
    base.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("_"));
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString filter;
    const QString markdown = tr("Markdown (*.md)");
    const QString json = tr("JSON (*.json)");
    const QString html = tr("Web page (*.html)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chat"),
        dir + QLatin1Char('/') + base + QStringLiteral(".md"),
        markdown + QStringLiteral(";;") + html + QStringLiteral(";;") + json, &filter);
    if (path.isEmpty())
        return;
    auto format = SessionExporter::Format::Markdown;
    if (filter == json || path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive))
        format = SessionExporter::Format::Json;
    else if (filter == html || path.endsWith(QStringLiteral(".html"), Qt::CaseInsensitive)
        || path.endsWith(QStringLiteral(".htm"), Qt::CaseInsensitive))
        format = SessionExporter::Format::Html;
    QString error;
    HighlightMarkup code; // the page's code blocks highlighted like the chat's
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool exported = SessionExporter::exportToFile(m_store, sessionId, format, path, &error, &code);
    QApplication::restoreOverrideCursor();
    if (!exported)
        PlainMessageBox::warning(
            this, tr("Export Chat"), tr("The chat could not be exported: %1").arg(error));
    else
        statusBar()->showMessage(tr("Exported to %1").arg(path), 5000);
}

QString MainWindow::importFiles(const QStringList &paths, bool *allOk)
{
    QStringList lines;
    qint64 first = 0;
    bool ok = true;
    for (const HistoryImporter::Result &r : HistoryImporter(m_store).importPaths(paths)) {
        const QString name = QFileInfo(r.file).fileName();
        if (!r.ok()) {
            ok = false;
            lines << r.error;
            continue;
        }
        if (first == 0 && !r.sessionIds.isEmpty())
            first = r.sessionIds.first();
        QString line
            = tr("%1 (%2): %n chat(s) imported", nullptr, int(r.sessionIds.size())).arg(name, r.format);
        if (r.skipped > 0)
            line += QStringLiteral(", ") + tr("%n already there", nullptr, r.skipped);
        lines << line;
    }
    if (first != 0)
        openSession(first);
    if (allOk)
        *allOk = ok;
    return lines.join(QLatin1Char('\n'));
}

void MainWindow::printSession(qint64 sessionId)
{
    QString error;
    HighlightMarkup code;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QByteArray html
        = SessionExporter::exportSession(m_store, sessionId, SessionExporter::Format::Html, &error, &code);
    QApplication::restoreOverrideCursor();
    if (html.isEmpty())
        return;
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Chat"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    ChatPrinter::print(QString::fromUtf8(html), &printer);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_profiles, m_keys, m_nam, this, m_presets);
    auto *tools = new McpServersPage(m_tools->servers(), m_keys, m_tools->connections(), &dialog);
    dialog.addPage(tools, tr("&Tools"));
    auto *database
        = new DatabasePage(m_store->path(), StoreSetting::saved(*m_settings), m_keys->service(), &dialog);
    dialog.addPage(database, tr("&Database"));
    dialog.addCheck(database, [this, database] { return database->apply(m_settings); });
    if (dialog.exec() == QDialog::Accepted) {
        tools->apply();
        m_manager->forgetKey(); // the key may have changed: read it again
        applyProfile();
        if (database->isEdited())
            StoreSwitch::offerCopy(
                this, m_store->path(), database->location(), database->password(), m_keys->service());
    }
}

void MainWindow::showSessionSettings(qint64 sessionId)
{
    if (sessionId == 0) {
        // A new chat: its provider and model are chosen before the first message.
        SessionSettingsDialog dialog(m_manager->draft(), m_profiles, this);
        dialog.setToolServers(m_tools->enabledServers());
        if (dialog.exec() == QDialog::Accepted)
            m_manager->setDraft(dialog.draft());
        return;
    }
    if (!m_store->session(sessionId))
        return;
    SessionSettingsDialog dialog(m_store, sessionId, m_profiles, this);
    dialog.setToolServers(m_tools->enabledServers());
    if (dialog.exec() == QDialog::Accepted) {
        applyProfile();
        m_tools->refreshChatServers();
    }
}

void MainWindow::onExternalChange()
{
    // Another process (confab-cli, a second window) wrote to the same file.
    if (!m_controller->isBusy())
        m_transcript->conversation()->reload();
    m_sessions->reload();
    if (m_sidebar->isSearching())
        m_search->setQuery(m_search->query());
    m_chat->refreshContext();
}

void MainWindow::showUnreachable(const QString &what)
{
    m_noticeAction = NoticeAction::None;
    m_notice->showNotice(tr("%1: the database server cannot be reached. Nothing was changed; try again "
                            "when it is back.")
                             .arg(what),
        NoticeBar::Kind::Error);
}

void MainWindow::showStorageError(const QString &message)
{
    m_notice->showNotice(tr("Could not save to the database: %1").arg(message), NoticeBar::Kind::Error);
    statusBar()->showMessage(tr("Storage error: %1").arg(message));
}

void MainWindow::restoreWindowState()
{
    if (!restoreGeometry(m_settings->value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 720);
    m_splitter->restoreState(m_settings->value(QStringLiteral("window/splitter")).toByteArray());
}

void MainWindow::saveWindowState()
{
    m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    m_transcript->conversation()->flush();
    m_settings->sync();
    QMainWindow::closeEvent(event);
}
