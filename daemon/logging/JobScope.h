#pragma once

#include <QByteArray>

namespace nomo {

// The job (or stored event) being worked on by this thread, for every log line
// written meanwhile (logging/LogOutput adds "[job 17 salla.profile]"), the way the
// request id marks a request's lines.
class JobScope
{
public:
    explicit JobScope(QByteArray label);
    ~JobScope();
    JobScope(const JobScope &) = delete;
    JobScope &operator=(const JobScope &) = delete;

    static QByteArray current(); // empty outside a job

private:
    QByteArray m_previous;
};

} // namespace nomo
