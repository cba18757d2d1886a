#pragma once

#include <QByteArray>

class QHttpServerRequest;

namespace nomo::http {

// The id of the request being handled on this thread, for X-Request-Id and for every
// log line written meanwhile (logging/LogOutput adds it). A proxy's X-Request-Id is
// kept when it looks like one (8 to 64 of [A-Za-z0-9._-]); otherwise one is made.
class RequestId
{
public:
    static QByteArray of(const QHttpServerRequest &request);
    static QByteArray current(); // empty outside a request

    // Sets the current id for its lifetime (and restores the one before).
    class Scope
    {
    public:
        explicit Scope(QByteArray id);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        QByteArray m_previous;
    };
};

} // namespace nomo::http
