#include "storage/sessionexporter.h"
#include "storage/sessionstore.h"
#include "testutil.h"
#include "views/chatprinter.h"
#include "views/codeblockcolors.h"
#include "views/highlightmarkup.h"

#include <QFile>
#include <QPrinter>
#include <QRegularExpression>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>

// The HTML export (and Print, which uses it): self-contained and inert whatever the chat holds.
class TestHtmlExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir.reset(new QTemporaryDir);
        QVERIFY(m_store.open(TestUtil::dbPath(*m_dir)));
        m_id = m_store.createSession(
            QStringLiteral("Tags & \"quotes\" <i>"), QStringLiteral("Be <b>safe</b>."));
        QVERIFY(m_id > 0);
        Message user;
        user.sessionId = m_id;
        user.role = QStringLiteral("user");
        user.content = QStringLiteral(
            "Run <script>alert('x')</script> and <img src=\"http://evil/x.png\" onerror=\"steal()\">");
        const qint64 userId = m_store.addMessage(user);
        QVERIFY(userId > 0);
        Message reply;
        reply.sessionId = m_id;
        reply.parentId = userId;
        reply.role = QStringLiteral("assistant");
        reply.content
            = QStringLiteral("Here:\n\n```html\n</code></pre><script src=\"https://evil/x.js\"></script>\n"
                             "<style>@import url(https://evil/c.css);</style>\n```\n\nDone & dusted.");
        reply.reasoning = QStringLiteral("<iframe src=\"https://evil\">");
        QVERIFY(m_store.addMessage(reply));
    }
    void cleanup() { m_store.close(); }

    void escapedAndSelfContained()
    {
        QString error;
        const QString html = QString::fromUtf8(
            SessionExporter::exportSession(&m_store, m_id, SessionExporter::Format::Html, &error));
        QVERIFY2(!html.isEmpty(), qPrintable(error));
        // Nothing the chat says becomes markup: no script, image, frame, link or style of its own,
        // and no element that names a resource or a handler.
        for (const char *tag : {"<script", "<img", "<iframe", "<link", "<b>", "<i>"})
            QVERIFY2(!html.contains(QLatin1String(tag), Qt::CaseInsensitive), tag);
        QCOMPARE(html.count(QLatin1String("<style")), 1);
        const QRegularExpression resource(QStringLiteral(R"(<[a-z]+[^>]*\s(src|href|on\w+)\s*=)"),
            QRegularExpression::CaseInsensitiveOption);
        QVERIFY(!html.contains(resource));
        QVERIFY(html.contains(QLatin1String("Run &lt;script&gt;alert('x')&lt;/script&gt;")));
        QVERIFY(html.contains(QLatin1String("<title>Tags &amp; &quot;quotes&quot; &lt;i&gt;</title>")));
        QVERIFY(html.contains(QLatin1String("Be &lt;b&gt;safe&lt;/b&gt;.")));
        // The code block is kept as one <pre>, its closing tags in the text escaped.
        QVERIFY(html.contains(
            QLatin1String("<pre><span class=\"lang\">html</span><code>&lt;/code&gt;&lt;/pre&gt;")));
        QCOMPARE(html.count(QLatin1String("<pre>")), 1);
        QVERIFY(html.contains(QLatin1String("Done &amp; dusted.")));
        // Inline style only, and a policy that forbids loading anything anyway.
        QVERIFY(html.contains(QLatin1String("<style>")));
        QVERIFY(html.contains(QLatin1String("default-src 'none'")));
    }

    void codeBlocksHighlighted()
    {
        QVERIFY2(
            !HighlightEngine::scriptPath().isEmpty(), "highlight.js missing: scripts/deps.sh installs it");
        Message reply;
        reply.sessionId = m_id;
        reply.parentId = m_store.session(m_id)->currentLeafId;
        reply.role = QStringLiteral("assistant");
        reply.content = QStringLiteral("```cpp\nint total = 0; // <b>sum</b>\nreturn total;\n```");
        QVERIFY(m_store.addMessage(reply));
        HighlightMarkup code;
        const QString path = m_dir->filePath(QStringLiteral("chat.html"));
        QString error;
        QVERIFY2(
            SessionExporter::exportToFile(&m_store, m_id, SessionExporter::Format::Html, path, &error, &code),
            qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.contains(QLatin1String("<span class=\"hl-keyword\">return</span> total;")));
        QVERIFY(html.contains(QLatin1String("<span class=\"hl-comment\">// &lt;b&gt;sum&lt;/b&gt;</span>")));
        // Still inert: one <style>, no element of the chat's, the other block (html) escaped too.
        QCOMPARE(html.count(QLatin1String("<style")), 1);
        for (const char *tag : {"<script", "<img", "<iframe", "<b>"})
            QVERIFY2(!html.contains(QLatin1String(tag), Qt::CaseInsensitive), tag);
        // Both palettes: the light colours, the dark ones where the reader's system is dark.
        const qsizetype dark = html.lastIndexOf(QLatin1String("@media (prefers-color-scheme: dark)"));
        QVERIFY(dark > 0);
        QVERIFY(html.indexOf(CodeBlockColors::color(CodeScope::Keyword, true).name(), dark) > dark);

        // As rendered (QTextDocument applies the CSS, as Print does): keyword and identifier differ.
        QTextDocument doc;
        doc.setHtml(html);
        const auto colourOf = [&doc](const QString &word) {
            QTextCursor cursor(&doc);
            cursor.setPosition(doc.find(word).selectionStart() + 1);
            return cursor.charFormat().foreground().color();
        };
        QCOMPARE(colourOf(QStringLiteral("return")), CodeBlockColors::color(CodeScope::Keyword, false));
        QCOMPARE(colourOf(QStringLiteral("int")), CodeBlockColors::color(CodeScope::Keyword, false));
        QVERIFY(colourOf(QStringLiteral("total;")) != colourOf(QStringLiteral("return")));
        QCOMPARE(colourOf(QStringLiteral("// <b>")), CodeBlockColors::color(CodeScope::Comment, false));
    }

    void printsThroughTheSameHtml()
    {
        QString error;
        const QString html = QString::fromUtf8(
            SessionExporter::exportSession(&m_store, m_id, SessionExporter::Format::Html, &error));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString pdf = m_dir->filePath(QStringLiteral("chat.pdf"));
        printer.setOutputFileName(pdf);
        ChatPrinter::print(html, &printer);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(file.size() > 1000);
    }

    void formatNames()
    {
        QCOMPARE(SessionExporter::formatFromName(QStringLiteral("HTML")), SessionExporter::Format::Html);
        QCOMPARE(SessionExporter::formatFromName(QStringLiteral("md")), SessionExporter::Format::Markdown);
        QVERIFY(!SessionExporter::formatFromName(QStringLiteral("pdf")));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    SessionStore m_store;
    qint64 m_id = 0;
};

QTEST_MAIN(TestHtmlExport)
#include "tst_htmlexport.moc"
