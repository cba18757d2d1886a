#pragma once

#include <QString>

namespace nomo {

// The plain-text alternative of an HTML email someone else composed (Salla's own
// messages): block ends and <br> become line breaks, tags go, the five named entities
// and numeric ones are read, runs of blank lines fold. Only for the text/plain part a
// mail program shows when it will not show HTML; the HTML part is sent as it came.
QString plainTextOf(const QString &html);

} // namespace nomo
