#include "views/highlightengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJSEngine>
#include <QLoggingCategory>

namespace {

// QJSEngine's compiler warns about highlight.js's (valid) use of variables before their
// declaration, dozens of lines on every start; those are silenced, every other category is
// left to the filter that was there.
QLoggingCategory::CategoryFilter previousFilter = nullptr;
void quietCompiler(QLoggingCategory *category)
{
    if (qstrcmp(category->categoryName(), "qt.qml.compiler") == 0) {
        category->setEnabled(QtWarningMsg, false);
        category->setEnabled(QtInfoMsg, false);
        category->setEnabled(QtDebugMsg, false);
        return;
    }
    if (previousFilter)
        previousFilter(category);
}

// Browser globals the script looks for; its console warnings (version 9's end-of-life notice) go nowhere.
const char *const Prelude = "var self = this; var window = this;"
                            "var console = { log: function() {}, warn: function() {}, error: function() {},"
                            " info: function() {} };";
// Version 10 and later take (code, options), version 9 (language, code, ignoreIllegals).
const char *const Wrapper = "(function(language, code) {"
                            "  if (!hljs.getLanguage(language)) return null;"
                            "  var major = parseInt(hljs.versionString || '9', 10);"
                            "  var result = major >= 10"
                            "    ? hljs.highlight(code, { language: language, ignoreIllegals: true })"
                            "    : hljs.highlight(language, code, true);"
                            "  return result.value; })";

struct Entity
{
    const char *name;
    QChar ch;
};
const Entity Entities[]
    = {{"&amp;", QLatin1Char('&')}, {"&lt;", QLatin1Char('<')}, {"&gt;", QLatin1Char('>')},
        {"&quot;", QLatin1Char('"')}, {"&#x27;", QLatin1Char('\'')}, {"&#39;", QLatin1Char('\'')}};

} // namespace

HighlightEngine::HighlightEngine() = default;
HighlightEngine::~HighlightEngine() = default;

QString HighlightEngine::scriptPath()
{
    const QString fromEnv = qEnvironmentVariable("CONFAB_HIGHLIGHT_JS");
    if (!fromEnv.isEmpty())
        return QFileInfo::exists(fromEnv) ? fromEnv : QString();
    QStringList candidates;
    if (QCoreApplication::instance()) {
        const QString appDir = QCoreApplication::applicationDirPath();
        candidates << appDir + QStringLiteral("/../share/confab/highlight.js/highlight.min.js")
                   << appDir + QStringLiteral("/../Resources/highlight.js/highlight.min.js")
                   << appDir + QStringLiteral("/highlight.js/highlight.min.js");
    }
    candidates << QStringLiteral("/usr/share/javascript/highlight.js/highlight.min.js")
               << QStringLiteral("/app/share/confab/highlight.js/highlight.min.js");
    for (const QString &path : std::as_const(candidates)) {
        if (QFileInfo::exists(path))
            return QDir::cleanPath(path);
    }
    return {};
}

bool HighlightEngine::load(const QString &path)
{
    m_loaded = false;
    m_function = QJSValue();
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        m_error = path.isEmpty() ? QStringLiteral("highlight.js not found") : file.errorString();
        return false;
    }
    static const bool filtered = [] {
        previousFilter = QLoggingCategory::installFilter(quietCompiler);
        return true;
    }();
    Q_UNUSED(filtered);
    m_live = nullptr;
    m_engine = std::make_unique<QJSEngine>();
    m_live = m_engine.get();
    m_engine->evaluate(QString::fromLatin1(Prelude));
    const QJSValue result = m_engine->evaluate(QString::fromUtf8(file.readAll()), path);
    if (result.isError() || !m_engine->globalObject().property(QStringLiteral("hljs")).isObject()) {
        m_error = result.isError() ? result.toString() : QStringLiteral("no hljs object in %1").arg(path);
        return false;
    }
    m_function = m_engine->evaluate(QString::fromLatin1(Wrapper));
    m_loaded = m_function.isCallable();
    if (!m_loaded)
        m_error = m_function.toString();
    return m_loaded;
}

CodeSpans HighlightEngine::highlight(const QString &code, const QString &language)
{
    if (!m_loaded || language.isEmpty() || code.isEmpty() || code.size() > MaxCodeChars)
        return {};
    const QJSValue html = m_function.call({QJSValue(language.toLower()), QJSValue(code)});
    if (html.isError() || !html.isString())
        return {};
    return toSpans(html.toString(), code);
}

void HighlightEngine::interrupt()
{
    if (QJSEngine *engine = m_live.load())
        engine->setInterrupted(true);
}

CodeScope HighlightEngine::scopeForClass(QStringView name)
{
    static const QHash<QString, CodeScope> scopes {
        {QStringLiteral("keyword"), CodeScope::Keyword},
        {QStringLiteral("selector-tag"), CodeScope::Keyword},
        {QStringLiteral("built_in"), CodeScope::BuiltIn},
        {QStringLiteral("type"), CodeScope::BuiltIn},
        {QStringLiteral("class"), CodeScope::BuiltIn},
        {QStringLiteral("literal"), CodeScope::Literal},
        {QStringLiteral("number"), CodeScope::Literal},
        {QStringLiteral("symbol"), CodeScope::Literal},
        {QStringLiteral("bullet"), CodeScope::Literal},
        {QStringLiteral("string"), CodeScope::String},
        {QStringLiteral("regexp"), CodeScope::String},
        {QStringLiteral("char"), CodeScope::String},
        {QStringLiteral("comment"), CodeScope::Comment},
        {QStringLiteral("quote"), CodeScope::Comment},
        {QStringLiteral("doctag"), CodeScope::Comment},
        {QStringLiteral("title"), CodeScope::Title},
        {QStringLiteral("section"), CodeScope::Title},
        {QStringLiteral("name"), CodeScope::Title},
        {QStringLiteral("meta"), CodeScope::Meta},
        {QStringLiteral("tag"), CodeScope::Meta},
        {QStringLiteral("selector-id"), CodeScope::Meta},
        {QStringLiteral("selector-class"), CodeScope::Meta},
        {QStringLiteral("variable"), CodeScope::Variable},
        {QStringLiteral("template-variable"), CodeScope::Variable},
        {QStringLiteral("attr"), CodeScope::Variable},
        {QStringLiteral("attribute"), CodeScope::Variable},
        {QStringLiteral("property"), CodeScope::Variable},
        {QStringLiteral("params"), CodeScope::Plain},
        {QStringLiteral("addition"), CodeScope::Addition},
        {QStringLiteral("deletion"), CodeScope::Deletion},
    };
    return scopes.value(name.toString(), CodeScope::Plain);
}

CodeSpans HighlightEngine::toSpans(const QString &html, const QString &code, bool *ok)
{
    const auto fail = [ok] {
        if (ok)
            *ok = false;
        return CodeSpans();
    };
    static const QString open = QStringLiteral("<span class=\"");
    static const QString close = QStringLiteral("</span>");
    CodeSpans spans;
    QList<CodeScope> stack;
    int pos = 0; // in `code`
    const auto add = [&spans, &pos](CodeScope scope) {
        if (scope != CodeScope::Plain) {
            if (!spans.isEmpty() && spans.last().scope == scope
                && spans.last().start + spans.last().length == pos)
                ++spans.last().length;
            else
                spans.append(CodeSpan {pos, 1, scope});
        }
        ++pos;
    };
    for (qsizetype i = 0; i < html.size();) {
        const QChar c = html.at(i);
        const CodeScope scope = stack.isEmpty() ? CodeScope::Plain : stack.last();
        if (c == QLatin1Char('<')) {
            if (QStringView(html).mid(i).startsWith(close)) {
                if (stack.isEmpty())
                    return fail();
                stack.removeLast();
                i += close.size();
                continue;
            }
            if (!QStringView(html).mid(i).startsWith(open))
                return fail();
            const qsizetype quote = html.indexOf(QLatin1Char('"'), i + open.size());
            if (quote < 0 || quote + 1 >= html.size() || html.at(quote + 1) != QLatin1Char('>'))
                return fail();
            // "hljs-title function_": the first hljs- class decides; an unknown one keeps the outer scope.
            CodeScope inner = scope;
            const QStringView classes = QStringView(html).mid(i + open.size(), quote - i - open.size());
            for (const QStringView name : classes.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (name.startsWith(QLatin1String("hljs-"))) {
                    const CodeScope mapped = scopeForClass(name.mid(5));
                    if (mapped != CodeScope::Plain || name.mid(5) == QLatin1String("params"))
                        inner = mapped;
                    break;
                }
            }
            stack.append(inner);
            i = quote + 2;
            continue;
        }
        QChar ch = c;
        qsizetype advance = 1;
        if (c == QLatin1Char('&')) {
            advance = 0;
            for (const Entity &entity : Entities) {
                if (QStringView(html).mid(i).startsWith(QLatin1String(entity.name))) {
                    ch = entity.ch;
                    advance = qstrlen(entity.name);
                    break;
                }
            }
            if (advance == 0)
                return fail();
        } else if (c == QLatin1Char('>')) {
            return fail();
        }
        if (pos >= code.size() || code.at(pos) != ch)
            return fail();
        add(scope);
        i += advance;
    }
    if (pos != code.size() || !stack.isEmpty())
        return fail();
    if (ok)
        *ok = true;
    return spans;
}
