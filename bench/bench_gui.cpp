// GUI benchmark on a generated database (10,000 sessions x 100 messages + one 10,000-message
// session = 1,010,000 messages). Not a test: prints figures. Run by hand, e.g.
//   QT_QPA_PLATFORM=offscreen CONFAB_BENCH_DB=/tmp/bench.sqlite build/bench/bench_gui
// (the database is generated on the first run and reused afterwards). CONFAB_BENCH_QUICK=1 runs
// only the first set of limits and skips the scroll (for profiling the streaming part);
// CONFAB_BENCH_STARTUP=1 stops after starting and opening the long chat (for profiling those).
// Start-up is timed twice: in this process, after a first start has loaded fonts and styles, and
// as the app's own process from its launch (build/app/confab, CONFAB_REPORT_STARTUP).
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
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <array>
#include <chrono>

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

// Starts the app (build/app/confab, or CONFAB_BENCH_APP) on `db` and returns when it first painted its
// window: from the launch (the steady clock is the machine's) and from the app's main(), in ms.
std::pair<double, double> launchApp(const QString &db, const QString &settings)
{
    QProcess app;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CONFAB_REPORT_STARTUP"), QStringLiteral("quit"));
    app.setProcessEnvironment(env);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const auto launched = std::chrono::steady_clock::now();
    // --quit-after: no first-run dialog, and no app left behind if it never paints.
    // CONFAB_BENCH_APP: another build of the app, to compare two in one run.
    const QString program = qEnvironmentVariableIsSet("CONFAB_BENCH_APP")
        ? qEnvironmentVariable("CONFAB_BENCH_APP")
        : QStringLiteral(CONFAB_APP_PATH);
    app.start(program,
        {QStringLiteral("--db"), db, QStringLiteral("--settings"), settings, QStringLiteral("--quit-after"),
            QStringLiteral("60000")});
    // The app asks the benchmark's loopback server for its models: serve it while waiting.
    QEventLoop loop;
    QObject::connect(&app, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&app, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    loop.exec();
    // "confab: first window painted after 31.2 ms (steady clock 123456789 ns)"
    static const QRegularExpression line(
        QStringLiteral("painted after ([0-9.]+) ms \\(steady clock ([0-9]+) ns"));
    const QRegularExpressionMatch match = line.match(QString::fromUtf8(app.readAllStandardOutput()));
    if (!match.hasMatch())
        qFatal("the app did not report its first paint (exit code %d)", app.exitCode());
    const double sinceLaunch
        = (match.captured(2).toLongLong()
              - std::chrono::duration_cast<std::chrono::nanoseconds>(launched.time_since_epoch()).count())
        / 1e6;
    return {sinceLaunch, match.captured(1).toDouble()};
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
    // The reply's end (saving, indexing, the context) runs in the pass that ends the loop: with
    // no tick after it, its stall would count only when another tick happened to follow.
    if (gap.isValid())
        gaps.append(ms(gap));
    const TranscriptModel *transcript = run.window->transcript();
    const Message reply = transcript->messageAt(transcript->rowCount() - 1);
    const qsizetype chars = reply.content.size();
    // A failed request streams nothing, and its lag would look like a fine result.
    if (chars == 0)
        qFatal("the %s reply was not streamed: %s", qPrintable(label), qPrintable(reply.error));
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
    // Each start asks for the model list. Answered from the queue, a late one took the reply
    // queued for the next stream (with no context limit, start-up is slow enough for that).
    server.setRoute("GET", "/models",
        LoopbackServer::json(200, R"({"object":"list","data":[{"id":"bench","object":"model"}]})"));
    // Every start talks to the loopback server, with these limits of the context.
    const auto useLoopback = [&](ProfileStore &profiles, int historyLimit, int tokenBudget) {
        ProviderProfile profile;
        profile.id = QStringLiteral("loopback");
        profile.name = QStringLiteral("Loopback");
        profile.baseUrl = QUrl(server.baseUrl().toString() + QStringLiteral("/v1"));
        profile.model = QStringLiteral("bench");
        if (!profiles.contains(profile.id))
            profiles.addProfile(profile);
        profiles.setDefaultProfileId(profile.id);
        profiles.setHistoryLimit(historyLimit);
        profiles.setTokenBudget(tokenBudget);
    };
    // Where a start-up's time goes: the main window built, shown, exposed and painted (ms).
    std::array<double, 4> parts {};
    const auto startApp = [&](Run &run, SessionStore &store, int historyLimit, int tokenBudget) {
        QElapsedTimer part;
        part.start();
        run.settings
            = std::make_unique<QSettings>(dir.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat);
        run.profiles = std::make_unique<ProfileStore>(run.settings.get());
        useLoopback(*run.profiles, historyLimit, tokenBudget);
        run.keys = std::make_unique<ApiKeyStore>(QStringLiteral("ConfabBench"));
        run.window
            = std::make_unique<MainWindow>(&store, run.profiles.get(), run.keys.get(), run.settings.get());
        run.window->resize(1100, 760);
        parts[0] = ms(part);
        part.restart();
        run.window->show();
        parts[1] = ms(part);
        part.restart();
        if (!QTest::qWaitForWindowExposed(run.window.get()))
            qWarning("window not exposed");
        parts[2] = ms(part);
        part.restart();
        run.window->repaint();
        parts[3] = ms(part);
    };

    const QString emptyPath = dir.filePath(QStringLiteral("empty.sqlite"));
    // The same as a user starts it: the app's own process, timed from its launch to its first
    // painted window (loading the libraries, the platform and fonts included), and from main().
    // First, before this process opens the file: CONFAB_BENCH_APP may be an older build, which
    // refuses a database upgraded by this one.
    {
        const QString settingsPath = dir.filePath(QStringLiteral("bench.ini"));
        {
            QSettings settings(settingsPath, QSettings::IniFormat);
            ProfileStore profiles(&settings);
            useLoopback(profiles, 50, ProfileStore::DefaultTokenBudget);
        }
        launchApp(emptyPath, settingsPath);
        QList<double> emptyLaunch, fullLaunch, emptyMain, fullMain;
        for (int i = 0; i < 7; ++i) {
            const auto [emptyTotal, emptySinceMain] = launchApp(emptyPath, settingsPath);
            emptyLaunch << emptyTotal;
            emptyMain << emptySinceMain;
            const auto [fullTotal, fullSinceMain] = launchApp(path, settingsPath);
            fullLaunch << fullTotal;
            fullMain << fullSinceMain;
        }
        qInfo("app start-up as a process, launch to first painted window, median of 7 alternating: empty "
              "database %.1f ms, the generated one %.1f ms (%.2fx); from main(): %.1f / %.1f ms (%.2fx)",
            percentile(emptyLaunch, 0.5), percentile(fullLaunch, 0.5),
            percentile(fullLaunch, 0.5) / percentile(emptyLaunch, 0.5), percentile(emptyMain, 0.5),
            percentile(fullMain, 0.5), percentile(fullMain, 0.5) / percentile(emptyMain, 0.5));
    }

    // The reference for start-up: the same with an empty database. The first start only warms up
    // fonts and styles, which every later start in this process finds loaded; then starts with
    // the empty and the generated database alternate, so the machine's load weighs on both alike.
    const auto startOnce = [&](const QString &file) {
        QElapsedTimer timer;
        timer.start();
        SessionStore store;
        if (!store.open(file))
            qFatal("cannot open %s: %s", qPrintable(file), qPrintable(store.lastError()));
        store.setExternalPollInterval(0);
        Run run;
        startApp(run, store, 50, ProfileStore::DefaultTokenBudget);
        return ms(timer);
    };
    startOnce(emptyPath);
    QList<double> emptyStarts, fullStarts;
    std::array<QList<double>, 4> emptyParts, fullParts;
    for (int i = 0; i < 7; ++i) {
        emptyStarts << startOnce(emptyPath);
        for (int p = 0; p < 4; ++p)
            emptyParts[p] << parts[p];
        fullStarts << startOnce(path);
        for (int p = 0; p < 4; ++p)
            fullParts[p] << parts[p];
    }
    for (const auto &[label, list] : {std::pair("empty", &emptyParts), std::pair("generated", &fullParts)})
        qInfo("  %s: build the window %.1f ms, show %.1f, exposed %.1f, first paint %.1f (medians)", label,
            percentile((*list)[0], 0.5), percentile((*list)[1], 0.5), percentile((*list)[2], 0.5),
            percentile((*list)[3], 0.5));
    qInfo("start-up to first shown window, median of 7 alternating: empty database %.1f ms, the generated "
          "one %.1f ms (%.2fx)",
        percentile(emptyStarts, 0.5), percentile(fullStarts, 0.5),
        percentile(fullStarts, 0.5) / percentile(emptyStarts, 0.5));

    // History limit 50; the default token budget alone; no limit at all (the whole branch is context).
    const QList<QPair<int, int>> limits {
        {50, ProfileStore::DefaultTokenBudget}, {0, ProfileStore::DefaultTokenBudget}, {0, 0}};
    const bool quick = qEnvironmentVariableIntValue("CONFAB_BENCH_QUICK") != 0;
    const bool startupOnly = qEnvironmentVariableIntValue("CONFAB_BENCH_STARTUP") != 0;
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

        // Opening the long chat from another one, seven times: the median.
        ChatView *view = run.window->chatPane()->view();
        QList<double> opens;
        for (int i = 0; i < 7; ++i) {
            run.window->openSession(1);
            view->doItemsLayout();
            view->viewport()->repaint();
            timer.restart();
            run.window->openSession(longSession);
            view->doItemsLayout();
            view->viewport()->repaint();
            opens << ms(timer);
        }
        qInfo("open the 10,000-message session: median %.1f ms of 7, max %.1f ms (%d rows loaded)",
            percentile(opens, 0.5), percentile(opens, 1.0), run.window->transcript()->rowCount());
        if (startupOnly)
            break;

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
        QSqlQuery sql(QSqlDatabase::database(store.connectionName()));
        sql.exec(QStringLiteral("SELECT MAX(id) FROM messages"));
        const qint64 lastBefore = sql.next() ? sql.value(0).toLongLong() : 0;
        streamAndMeasure(run, server, QStringLiteral("28 KB"), 3000, 0);
        streamAndMeasure(run, server, QStringLiteral("1 MB"), 1000, 1000);
        run.window.reset();
        // Leave the file as it was: replies kept from earlier runs made the long chat's newest
        // rows megabytes long, and every later start-up measured them.
        sql.exec(QStringLiteral("DELETE FROM messages WHERE id > %1").arg(lastBefore));
        sql.exec(QStringLiteral("UPDATE sessions SET current_leaf = (SELECT MAX(id) FROM messages m WHERE "
                                "m.session_id = sessions.id) WHERE id = %1")
                     .arg(longSession));
        if (quick)
            break;
    }
    return 0;
}
