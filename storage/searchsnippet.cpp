#include "storage/searchsnippet.h"

#include "storage/sessioninfo.h"

#include <QList>
#include <QRegularExpression>

namespace {

const QRegularExpression &wordPattern()
{
    static const QRegularExpression word(
        QStringLiteral("[\\w\\x{0080}-\\x{10FFFF}]+"), QRegularExpression::UseUnicodePropertiesOption);
    return word;
}

// Lower case without combining marks: "Crêpe" and "crepe" fold alike (unaccent does so on the server).
QString fold(const QString &word)
{
    const QString decomposed = word.normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded += c.toLower();
    }
    return folded;
}

} // namespace

QStringList SearchSnippet::terms(const QString &query)
{
    QStringList list;
    auto it = wordPattern().globalMatch(query);
    while (it.hasNext())
        list << fold(it.next().captured(0));
    return list;
}

QString SearchSnippet::make(const QString &text, const QStringList &terms, int words)
{
    struct Word
    {
        qsizetype start;
        qsizetype end;
        bool hit;
    };
    QList<Word> list;
    int first = -1;
    auto it = wordPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString folded = fold(m.captured(0));
        bool hit = false;
        for (const QString &term : terms)
            hit = hit || folded.startsWith(term);
        if (hit && first < 0)
            first = int(list.size());
        list.push_back({m.capturedStart(), m.capturedEnd(), hit});
    }
    if (list.isEmpty())
        return text.left(200);
    // The window starts a few words before the first match, as FTS5's snippet() places it.
    const int begin = qBound(0, qMax(first, 0) - words / 4, qMax(0, int(list.size()) - words));
    const int end = qMin(int(list.size()), begin + words);
    const qsizetype from = begin == 0 ? 0 : list.at(begin).start;
    const qsizetype to = end == list.size() ? text.size() : list.at(end - 1).end;
    QString out;
    if (begin > 0)
        out += QStringLiteral("…");
    qsizetype at = from;
    for (int i = begin; i < end; ++i) {
        const Word &w = list.at(i);
        out += QStringView(text).mid(at, w.start - at);
        if (w.hit)
            out += QChar(SearchHit::MatchStart) + text.mid(w.start, w.end - w.start)
                + QChar(SearchHit::MatchEnd);
        else
            out += QStringView(text).mid(w.start, w.end - w.start);
        at = w.end;
    }
    out += QStringView(text).mid(at, to - at);
    if (end < list.size())
        out += QStringLiteral("…");
    return out;
}
