#pragma once

#include <QColor>

class QPalette;

// Colours derived from the palette (never fixed black/white), so dark themes work.
namespace ViewColors {
// `amount` of `over` blended onto `base`.
QColor mix(const QColor &base, const QColor &over, qreal amount);
QColor codeBackground(const QPalette &palette);
QColor userBubble(const QPalette &palette);
QColor mutedText(const QPalette &palette);
QColor errorBackground(const QPalette &palette);
QColor errorText(const QPalette &palette);
QColor marker(const QPalette &palette);
} // namespace ViewColors
