#pragma once

#include "loopbackserver.h"
#include "patientwaits.h"

#include <QApplication>
#include <QModelIndex>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <memory>

class ApiKeyStore;
class MainWindow;
class ProfileStore;
class SessionStore;

// One "app run" for GUI tests: a real SQLite file and INI in a temp dir, a loopback server as
// the provider, and a MainWindow over them. restart() throws away the window and the store and
// builds new ones on the same files, as quitting and starting the app again would.
// Calls `handle` with the modal dialog of type T once exec() shows it (checked every 20 ms for up
// to 10 s), so a test can fill in and close dialogs the app opens modally. `*handled` (optional)
// tells the test afterwards whether the dialog came at all.
template<typename T> void whenModal(std::function<void(T *)> handle, bool *handled = nullptr)
{
    if (handled)
        *handled = false;
    auto *timer = new QTimer(qApp);
    auto *waited = new int(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, waited, handle, handled] {
        if (auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            if (handled)
                *handled = true;
            timer->stop();
            handle(dialog);
        } else if ((*waited += 20) < 10000) {
            return;
        }
        timer->stop();
        timer->deleteLater();
        delete waited;
    });
    timer->start(20);
}

class GuiTestFixture
{
public:
    GuiTestFixture();
    ~GuiTestFixture();

    bool start();
    void restart();
    void stopApp();

    LoopbackServer server;
    bool listening = false;
    QTemporaryDir dir;
    std::unique_ptr<SessionStore> store;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<ApiKeyStore> keys;
    std::unique_ptr<MainWindow> window;

    // The context marker as the chat view shows it: the row its delegate reads the marker from
    // (TranscriptModel::ContextMarkerRole >= 0), invalid if there is none; how many rows it
    // says are left out (0 without a marker); its size in words (ContextSummaryRole).
    QModelIndex markerIndex() const;
    int droppedMessages() const;
    QString markerSummary() const;

    // The captured OpenAI stream: "The capital of the UK is London."
    static LoopbackServer::Response basicReply(int chunkSize = 0, int chunkDelayMs = 0);
    static QString basicReplyText() { return QStringLiteral("The capital of the UK is London."); }

    // The status bar's "Next request: ..." text.
    QString statusText() const;
    // Types `text` into the composer and presses Enter, as a user would.
    void typeAndSend(const QString &text);
};
