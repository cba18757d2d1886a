#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

class QApplication;

class QFrame;
class QWidget;

namespace nomo::theme {

// The palette of DESIGN.md for what code paints (charts, icons); everything else is
// in resources/nomo.qss.
inline const QColor kPrimary{0x0E, 0x7C, 0x66};
inline const QColor kPrimaryDark{0x0A, 0x5A, 0x4A};
inline const QColor kPrimaryTint{0xE3, 0xF2, 0xEE};
inline const QColor kAccent{0xC9, 0x8A, 0x12};
inline const QColor kBorder{0xE2, 0xE5, 0xEA};
inline const QColor kText{0x1B, 0x24, 0x30};
inline const QColor kMuted{0x5B, 0x66, 0x75};
inline const QColor kGood{0x13, 0x73, 0x33};
inline const QColor kBad{0xC5, 0x22, 0x1F};

// Loads the Noto fonts the design asks for (from the system's fonts-noto packages,
// so the look does not depend on the machine's defaults) and the stylesheet. The
// interface font follows the language: Noto Sans Arabic UI, or Noto Sans.
void apply(QApplication &app);
void useFontFor(QApplication &app, bool arabic);

// An icon of resources/icons (Lucide, stroke icons) drawn in `color`.
QIcon icon(const QString &name, const QColor &color = kMuted);
// A white card of the page (nomo.qss styles frames with the "card" property).
QFrame *card(QWidget *parent);
// Applies the style sheet again after a property it selects on changed.
void repolish(QWidget *widget);

} // namespace nomo::theme
