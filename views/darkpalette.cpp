#include "views/darkpalette.h"

#include <QColor>

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(37, 37, 40));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(28, 28, 30));
    p.setColor(QPalette::AlternateBase, QColor(44, 44, 48));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Button, QColor(50, 50, 54));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    p.setColor(QPalette::Highlight, QColor(61, 126, 219));
    p.setColor(QPalette::HighlightedText, QColor(255, 255, 255));
    p.setColor(QPalette::Link, QColor(110, 170, 255));
    p.setColor(QPalette::PlaceholderText, QColor(140, 140, 140));
    p.setColor(QPalette::ToolTipBase, QColor(50, 50, 54));
    p.setColor(QPalette::ToolTipText, QColor(230, 230, 230));
    // Disabled widgets must look disabled: QPalette's own disabled colours are for light themes
    // (a disabled Send button kept its bright text).
    const QColor dimText(120, 120, 124);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, dimText);
    p.setColor(QPalette::Disabled, QPalette::Button, QColor(42, 42, 45));
    p.setColor(QPalette::Disabled, QPalette::Base, QColor(33, 33, 36));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(70, 70, 76));
    p.setColor(QPalette::Disabled, QPalette::Light, QColor(50, 50, 54));
    return p;
}
