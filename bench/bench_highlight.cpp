// The cost of syntax highlighting (issue 16): loading highlight.js into a QJSEngine, then
// milliseconds per KB of code for a few languages and sizes (on the worker thread, where the
// app runs it), and the GUI thread's share: colouring a rendered document from known spans,
// compared with parsing the same markdown. Not a test: prints figures. Run by hand:
//   build/bench/bench_highlight
#include "views/codeblockcolors.h"
#include "views/codehighlighter.h"
#include "views/highlightengine.h"
#include "views/messagedocumentcache.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFont>
#include <QSignalSpy>
#include <QTextDocument>

namespace {

const char *const Cpp = "#include <vector>\n"
                        "// Sums the even values.\n"
                        "template <typename T> T sumEven(const std::vector<T> &values)\n"
                        "{\n"
                        "    T total = 0;\n"
                        "    for (const T &v : values) {\n"
                        "        if (v % 2 == 0) total += v; // \"even\"\n"
                        "    }\n"
                        "    return total;\n"
                        "}\n";
const char *const Python
    = "import os\n"
      "\n"
      "def walk(root: str) -> list[str]:\n"
      "    \"\"\"Every file under root.\"\"\"\n"
      "    found = []\n"
      "    for path, _, names in os.walk(root):  # depth first\n"
      "        found += [os.path.join(path, n) for n in names if not n.startswith('.')]\n"
      "    return sorted(found)\n";
const char *const Js = "export async function load(url, { retries = 3 } = {}) {\n"
                       "  for (let i = 0; i < retries; i++) {\n"
                       "    const res = await fetch(url);\n"
                       "    if (res.ok) return res.json(); // parsed\n"
                       "  }\n"
                       "  throw new Error(`failed: ${url}`);\n"
                       "}\n";

QString repeated(const char *unit, int kilobytes)
{
    QString code;
    while (code.size() < kilobytes * 1024)
        code += QString::fromLatin1(unit);
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    HighlightEngine engine;
    QElapsedTimer timer;
    timer.start();
    if (!engine.load())
        qFatal("highlight.js: %s", qPrintable(engine.errorString()));
    printf("load highlight.js (%s): %.0f ms\n", qPrintable(HighlightEngine::scriptPath()),
        timer.nsecsElapsed() / 1e6);

    const QList<QPair<const char *, const char *>> languages {
        {"cpp", Cpp}, {"python", Python}, {"javascript", Js}};
    printf("\n%-11s %6s %10s %10s %8s\n", "language", "KB", "first ms", "again ms", "ms/KB");
    for (const auto &[language, unit] : languages) {
        for (const int kilobytes : {1, 4, 16}) {
            const QString code = repeated(unit, kilobytes);
            timer.restart();
            const CodeSpans spans = engine.highlight(code, QString::fromLatin1(language));
            const double first = timer.nsecsElapsed() / 1e6;
            double best = 1e9;
            for (int i = 0; i < 3; ++i) {
                timer.restart();
                engine.highlight(code, QString::fromLatin1(language));
                best = qMin(best, timer.nsecsElapsed() / 1e6);
            }
            if (spans.isEmpty())
                qFatal("no spans for %s", language);
            printf("%-11s %6d %10.1f %10.1f %8.2f\n", language, kilobytes, first, best, best / kilobytes);
        }
    }

    // The GUI thread: parse a reply with a 4 KB code block, then colour it from spans already known.
    CodeHighlighter highlighter;
    MessageDocumentCache cache;
    cache.setCodeHighlighter(&highlighter);
    const QString reply
        = QStringLiteral("Here it is:\n\n```cpp\n") + repeated(Cpp, 4) + QStringLiteral("```\n\nDone.");
    QSignalSpy arrived(&highlighter, &CodeHighlighter::highlighted);
    cache.render(1, 0, reply, TextKind::Markdown, 600, app.font());
    if (!arrived.wait(60000))
        qFatal("the worker did not answer");
    constexpr int Rounds = 20;
    timer.restart();
    for (int i = 0; i < Rounds; ++i)
        MessageDocumentCache::createDocument(reply, TextKind::Markdown, app.font());
    const double parse = timer.nsecsElapsed() / 1e6 / Rounds;
    timer.restart();
    for (int i = 0; i < Rounds; ++i) {
        auto doc = MessageDocumentCache::createDocument(reply, TextKind::Markdown, app.font());
        CodeBlockColors::apply(doc.get(), &highlighter, false, false);
    }
    const double parseAndColour = timer.nsecsElapsed() / 1e6 / Rounds;
    printf(
        "\nGUI thread, a reply with a 4 KB C++ block: markdown %.2f ms, with colouring %.2f ms (+%.2f ms)\n",
        parse, parseAndColour, parseAndColour - parse);
    return 0;
}
