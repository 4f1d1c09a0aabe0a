#pragma once

#include <QMainWindow>
#include <QSet>
#include <QUrl>

class ApiKeyStore;
class ChatController;
class ChatHeader;
class ChatTools;
class ChatPane;
class NoticeBar;
class PresetStore;
class ProfileStore;
struct ChatPreset;
class QAction;
class QLabel;
class QNetworkAccessManager;
class QSettings;
class QSplitter;
class SearchModel;
class SessionListModel;
class SessionManager;
class SessionSidebar;
class SessionStore;
class TitleGenerator;
class TranscriptModel;

// The app window: sidebar | chat, menus and shortcuts, status bar, notices.
// Owns the models, the controller and the SessionManager (which chat is open, its profile and
// key, delete/undo); the store, profiles, keys and settings are the caller's and must outlive
// the window.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(SessionStore *store, ProfileStore *profiles, ApiKeyStore *keys, QSettings *settings,
        QWidget *parent = nullptr);
    ~MainWindow() override;

    SessionStore *store() const { return m_store; }
    TranscriptModel *transcript() const { return m_transcript; }
    SessionListModel *sessions() const { return m_sessions; }
    SearchModel *searchModel() const { return m_search; }
    ChatController *controller() const { return m_controller; }
    SessionManager *sessionManager() const { return m_manager; }
    ChatPane *chatPane() const { return m_chat; }
    ChatHeader *chatHeader() const { return m_header; }
    ChatTools *chatTools() const { return m_tools; }
    SessionSidebar *sidebar() const { return m_sidebar; }
    NoticeBar *notice() const { return m_notice; }
    QLabel *modelLabel() const { return m_modelLabel; }
    QLabel *tokenLabel() const { return m_tokenLabel; }
    PresetStore *presets() const { return m_presets; }
    TitleGenerator *titleGenerator() const { return m_titles; }
    QAction *action(const QString &name) const;

    void openSession(qint64 sessionId);
    void newChat();
    // A new chat (a draft) with the preset's system prompt, provider, model and limits.
    void newChatFrom(const ChatPreset &preset);
    // The open chat (or the new chat's draft) talks to `model` of its profile from now on.
    void switchModel(const QString &model);
    // Soft-deletes and offers Undo for a while; undoDelete() brings the last one back.
    void deleteSession(qint64 sessionId);
    void undoDelete();
    // Asks for the API key of the current profile and keeps it in memory for this run
    // (when the keychain cannot give it).
    void askForApiKey();
    void exportSession(qint64 sessionId);
    // File > Import: reads the files (see HistoryImporter), opens the first chat added and
    // returns what happened, one line per file (shown in a message box by the menu action).
    QString importFiles(const QStringList &paths, bool *allOk = nullptr);
    void printSession(qint64 sessionId);
    void showSettings();
    void showSessionSettings(qint64 sessionId);
    // Profile and defaults from the ProfileStore (for the open session) into the controller.
    void applyProfile();

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void restoreWindowState();
    void saveWindowState();
    void onExternalChange();
    void updateActions();
    void updateWindowTitle();
    void showStorageError(const QString &message);
    // `what` failed (a rename, a delete) because the database server is away.
    void showUnreachable(const QString &what);
    void placeNotice();

    SessionStore *m_store;
    ProfileStore *m_profiles;
    PresetStore *m_presets;
    ApiKeyStore *m_keys;
    QSettings *m_settings;
    QNetworkAccessManager *m_nam;
    TranscriptModel *m_transcript;
    SessionListModel *m_sessions;
    SearchModel *m_search;
    ChatController *m_controller;
    SessionManager *m_manager;
    TitleGenerator *m_titles; // a short title asked for after a chat's first reply
    ChatTools *m_tools = nullptr;
    SessionSidebar *m_sidebar;
    ChatPane *m_chat;
    ChatHeader *m_header;
    QSplitter *m_splitter;
    NoticeBar *m_notice; // storage errors and undo
    QLabel *m_modelLabel;
    QLabel *m_tokenLabel;
    QSet<QUrl> m_insecureWarned; // plain-http endpoints beyond the local network, warned about once a run
    enum class NoticeAction { None, Undo, EnterKey };
    NoticeAction m_noticeAction = NoticeAction::None; // what the notice bar's button does
};
