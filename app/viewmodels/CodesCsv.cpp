#include "viewmodels/CodesCsv.h"

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
// Codes are letters, digits, - and _; anything else (a header's comma) is quoted.
QByteArray cell(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text.toUtf8();
    return '"' + QString(text).replace(u"\""_s, u"\"\""_s).toUtf8() + '"';
}
} // namespace

QByteArray codesCsv(const QString &header, const QStringList &codes)
{
    QByteArray csv("\xEF\xBB\xBF");
    csv += cell(header) + "\r\n";
    for (const QString &code : codes)
        csv += cell(code) + "\r\n";
    return csv;
}

} // namespace nomo
