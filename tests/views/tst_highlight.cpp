// Syntax-highlighted code blocks: highlight.js's HTML read as spans (and refused when it is
// anything else), the colours on rendered documents in the light and dark palettes, unknown
// languages left plain, a streaming block coloured once it is finished, and the transcript
// repainting with colours when the worker thread answers.
#include "models/transcriptmodel.h"
#include "patientwaits.h"
#include "storage/sessionstore.h"
#include "testutil.h"
#include "views/chatview.h"
#include "views/codeblockcolors.h"
#include "views/codehighlighter.h"
#include "views/darkpalette.h"
#include "views/highlightengine.h"
#include "views/messagedelegate.h"
#include "views/messagedocumentcache.h"
#include "views/transcriptviewproxy.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

namespace {
const QString CppReply = QStringLiteral(
    "Here:\n\n```cpp\nint answer(int value)\n{\n    return value + 42; // why\n}\n```\n\nDone.");

// The foreground of the character at `word`'s first letter in `doc` (invalid: the text's own colour).
QColor colourOf(const QTextDocument *doc, const QString &word)
{
    const QTextCursor found = doc->find(word);
    if (found.isNull())
        return QColor(Qt::magenta); // never a code colour
    QTextCursor cursor(const_cast<QTextDocument *>(doc));
    cursor.setPosition(found.selectionStart() + 1);
    const QTextCharFormat format = cursor.charFormat();
    return format.hasProperty(QTextFormat::ForegroundBrush) ? format.foreground().color() : QColor();
}

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, Qt::black);
    return palette;
}
} // namespace

class TestHighlight : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!HighlightEngine::scriptPath().isEmpty(),
            "highlight.js not found: scripts/deps.sh build installs libjs-highlight.js");
    }

    void readsOnlyItsOwnSpans_data()
    {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("spans");
        QTest::newRow("keyword and string")
            << QStringLiteral("<span class=\"hljs-keyword\">if</span> (a &lt; <span "
                              "class=\"hljs-string\">&quot;b&amp;&quot;</span>)")
            << QStringLiteral("if (a < \"b&\")") << true << 2;
        QTest::newRow("nested: the inner class wins, an unknown one keeps the outer")
            << QStringLiteral("<span class=\"hljs-function\"><span class=\"hljs-keyword\">int</span> "
                              "<span class=\"hljs-title function_\">f</span></span>")
            << QStringLiteral("int f") << true << 2;
        QTest::newRow("another tag") << QStringLiteral("<b>x</b>") << QStringLiteral("x") << false << 0;
        QTest::newRow("an image") << QStringLiteral("<img src=\"file:///etc/passwd\">") << QString() << false
                                  << 0;
        QTest::newRow("text that is not the code")
            << QStringLiteral("<span class=\"hljs-keyword\">if</span>") << QStringLiteral("of") << false << 0;
        QTest::newRow("unknown entity") << QStringLiteral("&nbsp;") << QStringLiteral(" ") << false << 0;
        QTest::newRow("unclosed span")
            << QStringLiteral("<span class=\"hljs-keyword\">if") << QStringLiteral("if") << false << 0;
        QTest::newRow("stray close") << QStringLiteral("if</span>") << QStringLiteral("if") << false << 0;
        QTest::newRow("code cut short") << QStringLiteral("if") << QStringLiteral("if x") << false << 0;
    }

    void readsOnlyItsOwnSpans()
    {
        QFETCH(QString, html);
        QFETCH(QString, code);
        QFETCH(bool, ok);
        QFETCH(int, spans);
        bool parsed = !ok;
        const CodeSpans result = HighlightEngine::toSpans(html, code, &parsed);
        QCOMPARE(parsed, ok);
        QCOMPARE(result.size(), spans);
    }

    void engineHighlightsKnownLanguagesOnly()
    {
        HighlightEngine engine;
        QVERIFY2(engine.load(), qPrintable(engine.errorString()));
        const QString code = QStringLiteral("def f(x):\n    return x  # c\n");
        const CodeSpans spans = engine.highlight(code, QStringLiteral("py")); // an alias
        QVERIFY(!spans.isEmpty());
        QCOMPARE(spans.first(), (CodeSpan {0, 3, CodeScope::Keyword}));
        const auto comment = std::find_if(spans.cbegin(), spans.cend(),
            [](const CodeSpan &span) { return span.scope == CodeScope::Comment; });
        QVERIFY(comment != spans.cend());
        QCOMPARE(code.mid(comment->start, comment->length), QStringLiteral("# c"));
        QVERIFY(engine.highlight(code, QStringLiteral("nosuchlanguage")).isEmpty());
        QVERIFY(engine.highlight(code, QString()).isEmpty());
        QVERIFY(engine
                    .highlight(
                        QString(HighlightEngine::MaxCodeChars + 1, QLatin1Char('x')), QStringLiteral("cpp"))
                    .isEmpty());
    }

    void renderedDocumentColoursKeywords_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void renderedDocumentColoursKeywords()
    {
        QFETCH(bool, dark);
        CodeHighlighter highlighter;
        MessageDocumentCache cache;
        cache.setCodeHighlighter(&highlighter);
        cache.setCodePalette(dark ? darkPalette() : lightPalette());
        const QFont font = QApplication::font();
        QSignalSpy arrived(&highlighter, &CodeHighlighter::highlighted);
        auto rendered = cache.render(1, 0, CppReply, TextKind::Markdown, 400, font);
        QCOMPARE(rendered->plainCode, 1); // asked, not answered yet: plain for now
        QVERIFY(arrived.wait(PatientWaits::TimeoutMs));
        rendered = cache.render(1, 0, CppReply, TextKind::Markdown, 400, font);
        QCOMPARE(rendered->plainCode, 0);
        const QTextDocument *doc = rendered->doc.get();
        const QColor keyword = colourOf(doc, QStringLiteral("return"));
        QCOMPARE(keyword, CodeBlockColors::color(CodeScope::Keyword, dark));
        QCOMPARE(colourOf(doc, QStringLiteral("int")), keyword);
        QCOMPARE(colourOf(doc, QStringLiteral("42")), CodeBlockColors::color(CodeScope::Literal, dark));
        QCOMPARE(colourOf(doc, QStringLiteral("// why")), CodeBlockColors::color(CodeScope::Comment, dark));
        // An identifier is in the text's own colour, and so is the prose around the block.
        QCOMPARE(colourOf(doc, QStringLiteral("value +")), QColor());
        QCOMPARE(colourOf(doc, QStringLiteral("Done")), QColor());
        QVERIFY(CodeBlockColors::color(CodeScope::Keyword, dark)
            != CodeBlockColors::color(CodeScope::Keyword, !dark));
        // The same block in another message is not highlighted again.
        const int generation = highlighter.generation();
        QCOMPARE(cache.render(2, 0, CppReply, TextKind::Markdown, 300, font)->plainCode, 0);
        QCOMPARE(highlighter.generation(), generation);
        QCOMPARE(highlighter.pendingCount(), 0);
    }

    void paletteChangeRecolours()
    {
        CodeHighlighter highlighter;
        MessageDocumentCache cache;
        cache.setCodeHighlighter(&highlighter);
        cache.setCodePalette(lightPalette());
        const QFont font = QApplication::font();
        QSignalSpy arrived(&highlighter, &CodeHighlighter::highlighted);
        cache.render(1, 0, CppReply, TextKind::Markdown, 400, font);
        QVERIFY(arrived.wait(PatientWaits::TimeoutMs));
        QCOMPARE(colourOf(cache.render(1, 0, CppReply, TextKind::Markdown, 400, font)->doc.get(),
                     QStringLiteral("return")),
            CodeBlockColors::color(CodeScope::Keyword, false));
        cache.setCodePalette(darkPalette());
        QCOMPARE(colourOf(cache.render(1, 0, CppReply, TextKind::Markdown, 400, font)->doc.get(),
                     QStringLiteral("return")),
            CodeBlockColors::color(CodeScope::Keyword, true));
    }

    void unknownLanguageStaysPlain_data()
    {
        QTest::addColumn<QString>("fence");
        QTest::newRow("unknown") << QStringLiteral("nosuchlanguage");
        QTest::newRow("none") << QString();
    }

    void unknownLanguageStaysPlain()
    {
        QFETCH(QString, fence);
        CodeHighlighter highlighter;
        MessageDocumentCache cache;
        cache.setCodeHighlighter(&highlighter);
        const QString text = QStringLiteral("```%1\nint x = 1; return x;\n```\n").arg(fence);
        const QFont font = QApplication::font();
        auto rendered = cache.render(1, 0, text, TextKind::Markdown, 400, font);
        if (!fence.isEmpty()) {
            QSignalSpy arrived(&highlighter, &CodeHighlighter::highlighted);
            QVERIFY(arrived.wait(PatientWaits::TimeoutMs));
            rendered = cache.render(1, 0, text, TextKind::Markdown, 400, font);
        }
        QCOMPARE(rendered->plainCode, 0);
        QCOMPARE(colourOf(rendered->doc.get(), QStringLiteral("int")), QColor());
        QCOMPARE(colourOf(rendered->doc.get(), QStringLiteral("return")), QColor());
    }

    void streamingBlockWaitsUntilItEnds()
    {
        CodeHighlighter highlighter;
        MessageDocumentCache cache;
        cache.setCodeHighlighter(&highlighter);
        const QFont font = QApplication::font();
        cache.setThrottled(7, 0);
        const QString open = QStringLiteral("```python\ndef f(x):\n    return x");
        auto rendered = cache.render(7, 0, open, TextKind::Markdown, 400, font);
        QCOMPARE(rendered->plainCode, 1);
        QVERIFY(rendered->openCodeSkipped);
        QCOMPARE(highlighter.pendingCount(), 0); // the open block is not sent at all
        // The block is closed while streaming goes on: it is asked for.
        const QString closed = open + QStringLiteral("\n```\n\nAnd then");
        QSignalSpy arrived(&highlighter, &CodeHighlighter::highlighted);
        rendered = cache.render(7, 0, closed, TextKind::Markdown, 400, font);
        QVERIFY(!rendered->openCodeSkipped);
        QCOMPARE(highlighter.pendingCount(), 1);
        QVERIFY(arrived.wait(PatientWaits::TimeoutMs));
        rendered = cache.render(7, 0, closed, TextKind::Markdown, 400, font);
        QCOMPARE(colourOf(rendered->doc.get(), QStringLiteral("def")),
            CodeBlockColors::color(CodeScope::Keyword, false));
    }

    void streamEndColoursTheLastBlock()
    {
        CodeHighlighter highlighter;
        MessageDocumentCache cache;
        cache.setCodeHighlighter(&highlighter);
        const QFont font = QApplication::font();
        cache.setThrottled(7, 0);
        // A reply that ends without its closing fence (the model stopped there).
        const QString text = QStringLiteral("```python\ndef f(x):\n    return x");
        QCOMPARE(cache.render(7, 0, text, TextKind::Markdown, 400, font)->plainCode, 1);
        QCOMPARE(highlighter.pendingCount(), 0);
        cache.setThrottled(0);
        QSignalSpy arrived(&highlighter, &CodeHighlighter::highlighted);
        cache.render(7, 0, text, TextKind::Markdown, 400, font);
        QCOMPARE(highlighter.pendingCount(), 1);
        QVERIFY(arrived.wait(PatientWaits::TimeoutMs));
        const auto rendered = cache.render(7, 0, text, TextKind::Markdown, 400, font);
        QCOMPARE(rendered->plainCode, 0);
        QCOMPARE(colourOf(rendered->doc.get(), QStringLiteral("return")),
            CodeBlockColors::color(CodeScope::Keyword, false));
    }

    void transcriptShowsColours()
    {
        QTemporaryDir dir;
        SessionStore store;
        QVERIFY(store.open(TestUtil::dbPath(dir)));
        const qint64 session = store.createSession(QStringLiteral("code"));
        Message question;
        question.sessionId = session;
        question.role = QStringLiteral("user");
        question.content = QStringLiteral("Some C++?");
        Message reply;
        reply.sessionId = session;
        reply.parentId = store.addMessage(question);
        reply.role = QStringLiteral("assistant");
        reply.content = CppReply;
        const qint64 replyId = store.addMessage(reply);

        TranscriptModel transcript(&store);
        TranscriptViewProxy proxy(&transcript);
        ChatView view;
        view.setPalette(darkPalette());
        view.setTranscript(&proxy);
        view.resize(600, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        transcript.conversation()->setSession(session);
        // Painted plain first, then again, coloured, when the worker answers: no event from the test.
        const MessageDocumentCache &cache = view.messageDelegate()->documentCache();
        QTRY_VERIFY(cache.peek(replyId, 0) && cache.peek(replyId, 0)->plainCode == 0);
        QCOMPARE(colourOf(cache.peek(replyId, 0)->doc.get(), QStringLiteral("return")),
            CodeBlockColors::color(CodeScope::Keyword, true));
    }
};

QTEST_MAIN(TestHighlight)
#include "tst_highlight.moc"
