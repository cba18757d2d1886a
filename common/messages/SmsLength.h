#pragma once

#include <QString>

namespace nomo {

// How long an SMS really is, as the gateways bill it (providers/REFERENCE.md §2.1):
// GSM-7 when every character is in the GSM 03.38 alphabet (160 septets, 153 a part
// once concatenated; `^{}[]~|\€` and form feed cost two), otherwise UCS-2 — one
// Arabic letter is enough — at 70 UTF-16 units, 67 a part (a character beyond the
// BMP costs two). A part never ends inside an escape pair or a surrogate pair, so the
// count matches what a gateway splitting the text would send.
struct SmsLength
{
    enum class Encoding { Gsm7, Ucs2 };

    Encoding encoding = Encoding::Gsm7;
    int units = 0;     // septets (GSM-7) or UTF-16 units (UCS-2) in the whole text
    int parts = 0;     // 0 for an empty text
    int perPart = 160; // the limit of one part at this length: 160/70 single, 153/67 concatenated
    int leftInPart = 160; // what still fits in the last part before another part starts

    static SmsLength of(const QString &text);
    // Whether `c` is in the GSM-7 basic set or its extension table (2 septets).
    static bool gsmBasic(QChar c);
    static bool gsmExtension(QChar c);
};

} // namespace nomo
