#pragma once

#include <QPalette>

// A dark palette (confab --dark), to check and show that every colour follows the palette.
QPalette darkPalette();
