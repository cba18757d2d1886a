#include "logging/JobScope.h"

#include <utility>

namespace nomo {

namespace {
thread_local QByteArray t_job;
}

JobScope::JobScope(QByteArray label)
    : m_previous(std::exchange(t_job, std::move(label)))
{
}

JobScope::~JobScope()
{
    t_job = std::move(m_previous);
}

QByteArray JobScope::current()
{
    return t_job;
}

} // namespace nomo
