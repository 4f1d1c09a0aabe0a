// GUI benchmark on a generated database (10,000 sessions x 100 messages + one 10,000-message
// session = 1,010,000 messages). Not a test: prints figures. Run by hand, e.g.
//   QT_QPA_PLATFORM=offscreen CONFAB_BENCH_DB=/tmp/bench.sqlite build/bench/bench_gui
// (the database is generated on the first run and reused afterwards). CONFAB_BENCH_QUICK=1 runs
// only the first set of limits and skips the scroll (for profiling the streaming part).
#include "benchdata.h"
#include "loopbackserver.h"
#include "models/chatcontroller.h"
#include "models/searchmodel.h"
#include "models/transcriptmodel.h"
#include "settings/apikeystore.h"
#include "settings/profilestore.h"
#include "storage/sessionstore.h"
#include "views/chatpane.h"
#include "views/chatview.h"
#include "views/mainwindow.h"
#include "views/transcriptviewproxy.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>

namespace {

double ms(const QElapsedTimer &timer)
{
    return timer.nsecsElapsed() / 1e6;
}

// An OpenAI-style stream of `chunks` text deltas: short words, or `deltaChars` characters each
// (prose with a paragraph break now and then).
QByteArray longStream(int chunks, int deltaChars = 0)
{
    QByteArray body;
    for (int i = 0; i < chunks; ++i) {
        QByteArray word
            = (i % 40 == 39) ? QByteArray("\\n\\n") : QByteArray("word ") + QByteArray::number(i) + ' ';
        if (deltaChars > 0) {
            QByteArray prose;
            while (prose.size() < deltaChars)
                prose += "lorem ipsum dolor sit amet ";
            prose.truncate(deltaChars - 4);
            word = prose + (i % 8 == 7 ? "\\n\\n" : "  ");
        }
        body += "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + word + "\"}}]}\n\n";
    }
    body += "data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\ndata: [DONE]\n\n";
    return body;
}

struct Run
{
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<ProfileStore> profiles;
    std::unique_ptr<ApiKeyStore> keys;
    std::unique_ptr<MainWindow> window;
};

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * values.size())));
}

// Streams `chunks` deltas into the open chat and prints the event loop's lag: the gaps of a
// 1 ms timer over the whole stream, as a user scrolling or typing would feel them.
void streamAndMeasure(Run &run, LoopbackServer &server, const QString &label, int chunks, int deltaChars)
{
    server.enqueue([&] {
        LoopbackServer::Response response = LoopbackServer::sse(longStream(chunks, deltaChars));
        response.chunkSize = deltaChars > 0 ? 4096 : 2048;
        response.chunkDelayMs = 5;
        return response;
    }());
    QList<double> gaps;
    gaps.reserve(1 << 16);
    QElapsedTimer gap;
    QTimer ticker;
    ticker.setInterval(1);
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        if (gap.isValid())
            gaps.append(ms(gap));
        gap.restart();
    });
    ChatController *controller = run.window->controller();
    QElapsedTimer timer;
    timer.start();
    controller->send(QStringLiteral("Write a long answer, please."));
    ticker.start();
    while (controller->isBusy() && timer.elapsed() < 300000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    ticker.stop();
    const TranscriptModel *transcript = run.window->transcript();
    const qsizetype chars = transcript->messageAt(transcript->rowCount() - 1).content.size();
    qInfo("streaming %s reply: %d deltas in %.2f s, event-loop lag p50 %.1f ms, p99 %.1f ms, max %.1f ms "
          "(%lld chars)",
        qPrintable(label), chunks, timer.elapsed() / 1000.0, percentile(gaps, 0.50), percentile(gaps, 0.99),
        percentile(gaps, 1.0), static_cast<long long>(chars));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    QString path = qEnvironmentVariable("CONFAB_BENCH_DB");
    if (path.isEmpty())
        path = dir.filePath(QStringLiteral("bench.sqlite"));
    qint64 longSession = 10001;
    if (!QFile::exists(path)) {
        SessionStore store;
        if (!store.open(path))
            qFatal("cannot open %s", qPrintable(path));
        QElapsedTimer timer;
        timer.start();
        longSession = BenchData::generate(&store, 10000, 100, 10000);
        qInfo("generate: 10,000 sessions + 1,010,000 messages in %.1f s", timer.elapsed() / 1000.0);
    }

    LoopbackServer server;
    server.listen();
    const auto startApp = [&](Run &run, SessionStore &store, int historyLimit, int tokenBudget) {
        run.settings
            = std::make_unique<QSettings>(dir.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat);
        run.profiles = std::make_unique<ProfileStore>(run.settings.get());
        ProviderProfile profile;
        profile.id = QStringLiteral("loopback");
        profile.name = QStringLiteral("Loopback");
        profile.baseUrl = QUrl(server.baseUrl().toString() + QStringLiteral("/v1"));
        profile.model = QStringLiteral("bench");
        if (!run.profiles->contains(profile.id))
            run.profiles->addProfile(profile);
        run.profiles->setDefaultProfileId(profile.id);
        run.profiles->setHistoryLimit(historyLimit);
        run.profiles->setTokenBudget(tokenBudget);
        run.keys = std::make_unique<ApiKeyStore>(QStringLiteral("ConfabBench"));
        run.window
            = std::make_unique<MainWindow>(&store, run.profiles.get(), run.keys.get(), run.settings.get());
        run.window->resize(1100, 760);
        run.window->show();
        if (!QTest::qWaitForWindowExposed(run.window.get()))
            qWarning("window not exposed");
        run.window->repaint();
    };

    // The reference for start-up: the same with an empty database (the first run only warms up
    // fonts and styles, which every later start in this process finds loaded).
    for (int warm = 0; warm < 2; ++warm) {
        QElapsedTimer timer;
        timer.start();
        SessionStore store;
        if (!store.open(dir.filePath(QStringLiteral("empty.sqlite"))))
            qFatal("cannot open the empty database: %s", qPrintable(store.lastError()));
        store.setExternalPollInterval(0);
        Run run;
        startApp(run, store, 50, ProfileStore::DefaultTokenBudget);
        if (warm)
            qInfo("start-up to first shown window with an empty database: %.1f ms", ms(timer));
    }

    // History limit 50; the default token budget alone; no limit at all (the whole branch is context).
    const QList<QPair<int, int>> limits {
        {50, ProfileStore::DefaultTokenBudget}, {0, ProfileStore::DefaultTokenBudget}, {0, 0}};
    const bool quick = qEnvironmentVariableIntValue("CONFAB_BENCH_QUICK") != 0;
    for (const auto &[historyLimit, tokenBudget] : limits) {
        qInfo("--- history limit %d, token budget %d%s ---", historyLimit, tokenBudget,
            historyLimit || tokenBudget ? "" : " (no limit: the whole branch is context)");
        QElapsedTimer timer;
        timer.start();
        SessionStore store;
        if (!store.open(path))
            qFatal("cannot open %s: %s", qPrintable(path), qPrintable(store.lastError()));
        store.setExternalPollInterval(0);
        Run run;
        startApp(run, store, historyLimit, tokenBudget);
        qInfo("start-up to first shown window (open store, models, window, first paint): %.1f ms", ms(timer));

        timer.restart();
        run.window->openSession(longSession);
        ChatView *view = run.window->chatPane()->view();
        view->doItemsLayout();
        view->viewport()->repaint();
        qInfo("open the 10,000-message session: %.1f ms (%d rows loaded)", ms(timer),
            run.window->transcript()->rowCount());

        // Scroll top to bottom, a page at a time, painting each step (older pages load at the top first).
        QScrollBar *bar = view->verticalScrollBar();
        timer.restart();
        int pagesLoaded = 0;
        while (run.window->chatPane()->proxy()->canFetchOlder()) {
            bar->setValue(0);
            QCoreApplication::processEvents();
            ++pagesLoaded;
        }
        const double loadAll = ms(timer);
        bar->setValue(0);
        timer.restart();
        int frames = 0;
        double worst = 0;
        while (!quick && bar->value() < bar->maximum()) {
            QElapsedTimer frame;
            frame.start();
            bar->setValue(bar->value() + view->viewport()->height());
            view->viewport()->repaint();
            worst = qMax(worst, ms(frame));
            ++frames;
        }
        qInfo("page in the rest of the history at the top: %.1f ms (%d fetches); now %d rows", loadAll,
            pagesLoaded, run.window->transcript()->rowCount());
        qInfo("scroll top to bottom: %d pages in %.1f ms (%.2f ms/page, worst %.1f ms)", frames, ms(timer),
            frames ? ms(timer) / frames : 0.0, worst);

        timer.restart();
        run.window->searchModel()->setQuery(QStringLiteral("compiler"));
        qInfo("search \"compiler\": %.1f ms, %d hits", ms(timer), run.window->searchModel()->rowCount());

        // Event-loop latency while a reply streams into the big session: a 1 ms timer's gaps.
        streamAndMeasure(run, server, QStringLiteral("28 KB"), 3000, 0);
        streamAndMeasure(run, server, QStringLiteral("1 MB"), 1000, 1000);
        run.window.reset();
        if (quick)
            break;
    }
    return 0;
}
