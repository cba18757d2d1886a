#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace nomo::http {

// Where one HTTP/1.1 request head ends and how long its body is, decided the way
// QHttpServer 6.4 will decide it — or the head is refused.
//
// Qt's server is lenient (it takes bare LF line ends, skips any leading whitespace,
// unfolds obsolete line folding, takes the first of several Content-Lengths). A
// guard that reads a head differently from the parser behind it is how a request
// smuggles past a limit, so the rule here is: accept only heads that RFC 9112
// allows and that cannot be read two ways, then confirm the framing with Qt's own
// header parser (QHttpHeaderParser, the code QHttpServerRequest uses). Anything
// else is refused with 400 and the connection is closed.
struct FramingLimits
{
    qint64 maxHeadBytes = 16 * 1024;
    qint64 maxBodyBytes = 1024 * 1024;
};

// A refusal: the status to answer, a stable code and a sentence for the client.
struct FramingRefusal
{
    int status = 400;
    QString code;
    QString message;
};

struct RequestHead
{
    QByteArray method;
    QByteArray target;  // as sent: "/healthz?x=1"
    qint64 bodyLength = 0;
    QByteArray path() const; // the target without its query
};

struct HeadScan
{
    enum class State { NeedMore, Complete, Refused };
    State state = State::NeedMore;
    // For Complete: the bytes the head takes, from the start of the buffer (leading
    // empty lines included) through its final CRLF CRLF.
    qsizetype headBytes = 0;
    RequestHead head;
    FramingRefusal refusal;
};

// Reads a buffer that starts where a request starts. Safe on any bytes: this is
// what the fuzzer drives (tests/fuzz).
HeadScan scanHead(QByteArrayView buffer, const FramingLimits &limits);

// The reason phrase of the statuses the guard answers itself.
QByteArray reasonPhrase(int status);

} // namespace nomo::http
