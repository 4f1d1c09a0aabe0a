#include "views/viewcolors.h"

#include <QPalette>

namespace ViewColors {

QColor mix(const QColor &base, const QColor &over, qreal amount)
{
    const qreal keep = 1 - amount;
    return QColor::fromRgbF(base.redF() * keep + over.redF() * amount,
        base.greenF() * keep + over.greenF() * amount, base.blueF() * keep + over.blueF() * amount);
}

QColor codeBackground(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.07);
}

QColor userBubble(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.14);
}

QColor mutedText(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.6);
}

// Red is the one fixed hue: errors should look like errors in any theme; the mix keeps contrast.
QColor errorBackground(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), QColor(220, 50, 47), 0.15);
}

QColor errorText(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), QColor(220, 50, 47), 0.55);
}

QColor marker(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.7);
}

} // namespace ViewColors
