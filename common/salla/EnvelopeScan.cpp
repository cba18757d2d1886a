#include "salla/EnvelopeScan.h"

#include "security/Digest.h"

#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace nomo::salla {

namespace {

// One pass over the bytes. Every method answers false for "not plainly so": the caller
// then gives up and the body is read by Qt's parser instead.
class Scanner
{
public:
    Scanner(const QByteArray &bytes, int maxDepth)
        : m_bytes(bytes)
        , m_maxDepth(maxDepth)
    {
    }

    bool atEnd()
    {
        skipSpace();
        return m_at == m_bytes.size();
    }
    bool take(char c)
    {
        skipSpace();
        if (m_at < m_bytes.size() && m_bytes[m_at] == c) {
            ++m_at;
            return true;
        }
        return false;
    }
    char peek()
    {
        skipSpace();
        return m_at < m_bytes.size() ? m_bytes[m_at] : '\0';
    }

    // A string; `plain` says it had no escapes (then `raw` is its text as it stands).
    bool string(QByteArrayView *raw, bool *plain)
    {
        if (!take('"'))
            return false;
        const qsizetype start = m_at;
        *plain = true;
        while (m_at < m_bytes.size()) {
            const auto c = static_cast<unsigned char>(m_bytes[m_at]);
            if (c == '"') {
                *raw = QByteArrayView(m_bytes).sliced(start, m_at - start);
                ++m_at;
                return true;
            }
            if (c < 0x20)
                return false; // raw control characters are not JSON
            if (c == '\\') {
                *plain = false;
                if (!escape())
                    return false;
                continue;
            }
            ++m_at;
        }
        return false;
    }

    // Any value, checked against JSON's grammar and the depth limit, and passed over.
    bool skipValue(int depth)
    {
        switch (peek()) {
        case '"': {
            QByteArrayView raw;
            bool plain = false;
            return string(&raw, &plain);
        }
        case '{': return members(depth + 1, [this](QByteArrayView, bool, int inner) { return skipValue(inner); });
        case '[': {
            if (depth + 1 > m_maxDepth)
                return false;
            take('[');
            if (take(']'))
                return true;
            do {
                if (!skipValue(depth + 1))
                    return false;
            } while (take(','));
            return take(']');
        }
        case 't': return word("true");
        case 'f': return word("false");
        case 'n': return word("null");
        default: return number(nullptr);
        }
    }

    // An object at `depth`: each member's key (raw, and whether it had no escapes)
    // given to `member`, which reads the value.
    template<typename Member>
    bool members(int depth, Member member)
    {
        if (depth > m_maxDepth || !take('{'))
            return false;
        if (take('}'))
            return true;
        do {
            QByteArrayView key;
            bool plain = false;
            if (!string(&key, &plain) || !take(':') || !member(key, plain, depth))
                return false;
        } while (take(','));
        return take('}');
    }

    // A number by JSON's grammar; `integer` (when asked) gets the digits of a plain
    // non-negative integer of at most 15 digits — exact as Qt's double — and stays
    // empty for any other number.
    bool number(QByteArrayView *integer)
    {
        skipSpace();
        const qsizetype start = m_at;
        bool plainInteger = true;
        if (m_at < m_bytes.size() && m_bytes[m_at] == '-') {
            plainInteger = false;
            ++m_at;
        }
        const qsizetype digitsFrom = m_at;
        if (m_at < m_bytes.size() && m_bytes[m_at] == '0')
            ++m_at;
        else if (!digits())
            return false;
        const qsizetype digitsTo = m_at;
        if (m_at < m_bytes.size() && m_bytes[m_at] == '.') {
            plainInteger = false;
            ++m_at;
            if (!digits())
                return false;
        }
        if (m_at < m_bytes.size() && (m_bytes[m_at] == 'e' || m_bytes[m_at] == 'E')) {
            plainInteger = false;
            ++m_at;
            if (m_at < m_bytes.size() && (m_bytes[m_at] == '+' || m_bytes[m_at] == '-'))
                ++m_at;
            const qsizetype exponentFrom = m_at;
            if (!digits() || m_at - exponentFrom > 2)
                return false; // out of a double's range, or near it: Qt's call
        }
        if (m_at - start > 40)
            return false;
        if (integer)
            *integer = plainInteger && digitsTo - digitsFrom <= 15 ? QByteArrayView(m_bytes).sliced(digitsFrom, digitsTo - digitsFrom)
                                                                   : QByteArrayView();
        return true;
    }

private:
    void skipSpace()
    {
        while (m_at < m_bytes.size()) {
            const char c = m_bytes[m_at];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_at;
        }
    }
    bool digits()
    {
        const qsizetype from = m_at;
        while (m_at < m_bytes.size() && m_bytes[m_at] >= '0' && m_bytes[m_at] <= '9')
            ++m_at;
        return m_at > from;
    }
    bool word(const char *literal)
    {
        const QByteArrayView expected(literal);
        if (QByteArrayView(m_bytes).sliced(m_at).startsWith(expected)) {
            m_at += expected.size();
            return true;
        }
        return false;
    }
    // After a backslash: one of JSON's escapes. A \u escape of a surrogate is left to
    // Qt (whether it pairs is its parser's business).
    bool escape()
    {
        ++m_at;
        if (m_at >= m_bytes.size())
            return false;
        const char c = m_bytes[m_at++];
        if (QByteArrayView("\"\\/bfnrt").contains(c))
            return true;
        if (c != 'u' || m_at + 4 > m_bytes.size())
            return false;
        bool ok = false;
        const uint code = QByteArrayView(m_bytes).sliced(m_at, 4).toUInt(&ok, 16);
        if (!ok || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        for (int i = 0; i < 4; ++i)
            if (!QByteArrayView("0123456789abcdefABCDEF").contains(m_bytes[m_at + i]))
                return false;
        m_at += 4;
        return true;
    }

    const QByteArray &m_bytes;
    const int m_maxDepth;
    qsizetype m_at = 0;
};

// An id as deliveryKey() writes it: an integer's digits, or a string as it is.
bool readId(Scanner &scan, std::optional<QString> *id)
{
    if (id->has_value())
        return false; // a second "id": which one Qt keeps is its business
    if (scan.peek() == '"') {
        QByteArrayView raw;
        bool plain = false;
        if (!scan.string(&raw, &plain) || !plain)
            return false;
        *id = QString::fromUtf8(raw);
        return true;
    }
    QByteArrayView digits;
    if (!scan.number(&digits) || digits.isEmpty())
        return false;
    *id = QString::fromLatin1(digits);
    return true;
}

// An object whose "id" is wanted (data.cart, data.order); anything else is passed over.
bool objectId(Scanner &scan, int depth, std::optional<QString> *id)
{
    return scan.members(depth + 1, [&](QByteArrayView key, bool plain, int inner) {
        if (!plain)
            return false;
        if (key == "id")
            return readId(scan, id);
        return scan.skipValue(inner);
    });
}

bool isEventName(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '*' || c == '-'))
            return false;
    return true;
}

} // namespace

std::optional<ScannedEnvelope> scanEnvelope(const QByteArray &body, const JsonLimits &limits)
{
    if (body.size() > limits.maxBytes)
        return std::nullopt;
    {
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        const QString text = utf8(body);
        if (utf8.hasError())
            return std::nullopt;
    }
    Scanner scan(body, limits.maxDepth);
    std::optional<QString> event, merchant, dataId, cartId, orderId;
    bool data = false, cart = false, order = false;
    const bool read = scan.members(1, [&](QByteArrayView key, bool plain, int depth) {
        if (!plain)
            return false;
        if (key == "event") {
            QByteArrayView raw;
            bool plainValue = false;
            if (event || !scan.string(&raw, &plainValue) || !plainValue || !isEventName(raw))
                return false;
            event = QString::fromLatin1(raw);
            return true;
        }
        if (key == "merchant") {
            QByteArrayView digits;
            if (merchant || !scan.number(&digits) || digits.isEmpty() || digits.startsWith('0'))
                return false;
            merchant = QString::fromLatin1(digits);
            return true;
        }
        if (key == "data") {
            if (data || scan.peek() != '{')
                return false;
            data = true;
            return scan.members(depth + 1, [&](QByteArrayView inner, bool plainInner, int innerDepth) {
                if (!plainInner)
                    return false;
                if (inner == "id")
                    return readId(scan, &dataId);
                const bool isCart = inner == "cart", isOrder = inner == "order";
                if (isCart || isOrder) {
                    bool &seen = isCart ? cart : order;
                    if (seen)
                        return false;
                    seen = true;
                    if (scan.peek() == '{')
                        return objectId(scan, innerDepth, isCart ? &cartId : &orderId);
                }
                return scan.skipValue(innerDepth);
            });
        }
        return scan.skipValue(depth);
    });
    if (!read || !scan.atEnd() || !event || !merchant || !data)
        return std::nullopt;
    ScannedEnvelope envelope;
    envelope.event = *event;
    envelope.merchantId = merchant->toLongLong();
    envelope.ownId = dataId ? *dataId : cartId ? *cartId : orderId ? *orderId : u"-"_s;
    return envelope;
}

QString deliveryKey(const ScannedEnvelope &envelope, const QByteArray &rawBody)
{
    return u"%1:%2:%3:%4"_s.arg(envelope.event)
        .arg(envelope.merchantId)
        .arg(envelope.ownId, QString::fromLatin1(digest::sha256(rawBody).toHex()));
}

} // namespace nomo::salla
