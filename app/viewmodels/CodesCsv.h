#pragma once

#include <QByteArray>
#include <QStringList>

namespace nomo {

// A campaign's codes as a spreadsheet opens them: UTF-8 with a byte-order mark (so
// Excel reads an Arabic header as Arabic, not as mojibake), a header row, then one
// code a line, lines ending CR LF as RFC 4180 has them.
QByteArray codesCsv(const QString &header, const QStringList &codes);

} // namespace nomo
