#include "http/RequestFraming.h"

#include <QtNetwork/private/qhttpheaderparser_p.h>

using namespace Qt::StringLiterals;

namespace nomo::http {

namespace {

// QHttpHeaderParser refuses more fields than this (HeaderConstants::MAX_HEADER_FIELDS
// in 6.4) and then keeps none of them: a Content-Length past the hundredth field
// would be ours and not Qt's. Refused here first.
constexpr int kMaxHeaderFields = 100;
// 18 digits always fit a qint64; longer is never a real body.
constexpr int kMaxLengthDigits = 18;

bool isTchar(char c)
{
    static constexpr QByteArrayView others("!#$%&'*+-.^_`|~");
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || others.contains(c);
}

bool isToken(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), isTchar);
}

bool isDigits(QByteArrayView text)
{
    return !text.isEmpty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

QByteArrayView trimmedOws(QByteArrayView text)
{
    while (!text.isEmpty() && (text.front() == ' ' || text.front() == '\t'))
        text = text.sliced(1);
    while (!text.isEmpty() && (text.back() == ' ' || text.back() == '\t'))
        text.chop(1);
    return text;
}

HeadScan refused(int status, const QString &code, const QString &message)
{
    HeadScan scan;
    scan.state = HeadScan::State::Refused;
    scan.refusal = FramingRefusal{status, code, message};
    return scan;
}

HeadScan headTooLarge(const FramingLimits &limits)
{
    return refused(431, u"header_too_large"_s, u"request head is over %1 bytes"_s.arg(limits.maxHeadBytes));
}

// RFC 9112 §3: method SP request-target SP HTTP-version, single spaces, nothing else.
std::optional<HeadScan> checkRequestLine(QByteArrayView line, RequestHead &head)
{
    const qsizetype first = line.indexOf(' ');
    const qsizetype second = first < 0 ? -1 : line.indexOf(' ', first + 1);
    if (first <= 0 || second < 0 || line.indexOf(' ', second + 1) >= 0)
        return refused(400, u"bad_request_line"_s, u"the request line must be: METHOD SP target SP HTTP/1.1"_s);
    const QByteArrayView method = line.first(first);
    const QByteArrayView target = line.sliced(first + 1, second - first - 1);
    const QByteArrayView version = line.sliced(second + 1);
    if (!isToken(method))
        return refused(400, u"bad_request_line"_s, u"the method is not a token"_s);
    if (target.isEmpty() || !std::all_of(target.begin(), target.end(), [](char c) { return c > 0x20 && c < 0x7f; }))
        return refused(400, u"bad_request_line"_s, u"the request target has characters that must be percent-encoded"_s);
    if (version != "HTTP/1.1" && version != "HTTP/1.0") {
        const bool looksLikeVersion = version.size() == 8 && version.startsWith("HTTP/") && version[6] == '.';
        return looksLikeVersion ? refused(505, u"version_not_supported"_s, u"only HTTP/1.1 and HTTP/1.0 are served"_s)
                                : refused(400, u"bad_request_line"_s, u"the request line must end in HTTP/1.1"_s);
    }
    head.method = method.toByteArray();
    head.target = target.toByteArray();
    return std::nullopt;
}

// The field lines between the request line and the blank line, RFC 9112 §5.
std::optional<HeadScan> checkFields(QByteArrayView fields, const FramingLimits &limits, RequestHead &head)
{
    int count = 0;
    int lengths = 0;
    bool transferEncoding = false;
    while (!fields.isEmpty()) {
        const qsizetype end = fields.indexOf("\r\n");
        const QByteArrayView line = fields.first(end);
        fields = fields.sliced(end + 2);
        if (line.isEmpty())
            break; // the blank line that ends the head
        if (line.front() == ' ' || line.front() == '\t')
            return refused(400, u"obsolete_line_folding"_s, u"a header line starts with whitespace (obsolete line folding is not accepted)"_s);
        const qsizetype colon = line.indexOf(':');
        if (colon < 0 || !isToken(line.first(colon)))
            return refused(400, u"bad_header"_s, u"a header line is not name \":\" value (no whitespace before the colon)"_s);
        if (++count > kMaxHeaderFields)
            return refused(431, u"too_many_headers"_s, u"more than %1 header fields"_s.arg(kMaxHeaderFields));
        const QByteArrayView name = line.first(colon);
        const QByteArrayView value = trimmedOws(line.sliced(colon + 1));
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            if (++lengths > 1)
                return refused(400, u"duplicate_content_length"_s, u"more than one Content-Length"_s);
            if (!isDigits(value) || value.size() > kMaxLengthDigits)
                return refused(400, u"bad_content_length"_s, u"Content-Length must be a number of bytes"_s);
            head.bodyLength = value.toLongLong();
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            transferEncoding = true;
        }
    }
    if (transferEncoding && lengths > 0)
        return refused(400, u"length_conflict"_s, u"Content-Length together with Transfer-Encoding"_s);
    if (transferEncoding)
        return refused(411, u"length_required"_s, u"send a Content-Length; chunked bodies are not accepted"_s);
    if (head.bodyLength > limits.maxBodyBytes)
        return refused(413, u"payload_too_large"_s,
                       u"request body of %1 bytes is over the limit of %2"_s.arg(head.bodyLength).arg(limits.maxBodyBytes));
    return std::nullopt;
}

// The same fields through QHttpHeaderParser, read the way QHttpServerRequest reads
// them: whatever the checks above missed, Qt must see the body length we saw.
bool qtAgrees(QByteArrayView fields, const RequestHead &head)
{
    QHttpHeaderParser parser;
    if (!parser.parseHeaders(fields))
        return false;
    bool ok = false;
    const qint64 qtLength = parser.firstHeaderField("content-length").toULongLong(&ok);
    const bool qtChunked = parser.combinedHeaderValue("transfer-encoding").toLower().contains("chunked");
    return !qtChunked && (ok ? qtLength : 0) == head.bodyLength;
}

} // namespace

QByteArray RequestHead::path() const
{
    const qsizetype query = target.indexOf('?');
    return query < 0 ? target : target.left(query);
}

HeadScan scanHead(QByteArrayView buffer, const FramingLimits &limits)
{
    // RFC 9112 §2.2: empty lines before a request line are ignored (exact CRLFs only).
    qsizetype start = 0;
    while (buffer.size() - start >= 2 && buffer[start] == '\r' && buffer[start + 1] == '\n')
        start += 2;

    // Line ends and control bytes, up to the blank line. Qt ends a head at "\n\n" or
    // "\n\r\n" and takes a bare LF as a line end: with every LF after a CR, its end
    // and ours are the same byte.
    qsizetype end = -1;
    for (qsizetype i = start; i < buffer.size() && end < 0; ++i) {
        if (i >= limits.maxHeadBytes)
            return headTooLarge(limits);
        const auto c = static_cast<uchar>(buffer[i]);
        if (c == '\n') {
            if (i == start || buffer[i - 1] != '\r')
                return refused(400, u"bare_lf"_s, u"lines must end in CRLF; a bare LF is not accepted"_s);
            if (i - start >= 3 && buffer[i - 2] == '\n' && buffer[i - 3] == '\r')
                end = i + 1;
        } else if (c == '\r') {
            if (i + 1 < buffer.size() && buffer[i + 1] != '\n')
                return refused(400, u"bare_cr"_s, u"a CR must be followed by LF"_s);
        } else if ((c < 0x20 && c != '\t') || c == 0x7f) {
            return refused(400, u"control_character"_s, u"the request head holds a control character"_s);
        }
    }
    if (end < 0)
        return buffer.size() > limits.maxHeadBytes ? headTooLarge(limits) : HeadScan{};

    HeadScan scan;
    const QByteArrayView head = buffer.sliced(start, end - start);
    const qsizetype lineEnd = head.indexOf("\r\n");
    if (auto bad = checkRequestLine(head.first(lineEnd), scan.head))
        return *bad;
    const QByteArrayView fields = head.sliced(lineEnd + 2);
    if (auto bad = checkFields(fields, limits, scan.head))
        return *bad;
    if (!qtAgrees(fields, scan.head))
        return refused(400, u"ambiguous_head"_s, u"the request head can be read more than one way"_s);
    scan.state = HeadScan::State::Complete;
    scan.headBytes = end;
    return scan;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 400: return "Bad Request";
    case 408: return "Request Timeout";
    case 411: return "Length Required";
    case 413: return "Payload Too Large";
    case 431: return "Request Header Fields Too Large";
    case 503: return "Service Unavailable";
    case 505: return "HTTP Version Not Supported";
    default: return "Error";
    }
}

} // namespace nomo::http
