#include "db/WriteGate.h"

#include <memory>

#include <QHash>

namespace nomo::db {

WriteGate &WriteGate::forDatabase(const QString &path)
{
    static std::mutex registryMutex;
    static QHash<QString, std::shared_ptr<WriteGate>> registry;
    std::lock_guard guard(registryMutex);
    auto &gate = registry[path];
    if (!gate)
        gate = std::make_shared<WriteGate>();
    return *gate;
}

void WriteGate::lock(WritePriority priority)
{
    std::unique_lock guard(m_mutex);
    if (priority == WritePriority::Foreground) {
        const quint64 ticket = m_foregroundNext++;
        m_turn.wait(guard, [&] {
            return !m_held && m_foregroundServing == ticket;
        });
        ++m_foregroundServing;
    } else {
        const quint64 ticket = m_backgroundNext++;
        m_turn.wait(guard, [&] {
            return !m_held && m_backgroundServing == ticket && m_foregroundNext == m_foregroundServing;
        });
        ++m_backgroundServing;
    }
    m_held = true;
}

void WriteGate::unlock()
{
    {
        std::lock_guard guard(m_mutex);
        m_held = false;
    }
    m_turn.notify_all();
}

bool WriteGate::foregroundWaiting() const
{
    std::lock_guard guard(m_mutex);
    return m_foregroundNext != m_foregroundServing;
}

int WriteGate::waiting() const
{
    std::lock_guard guard(m_mutex);
    return static_cast<int>((m_foregroundNext - m_foregroundServing) + (m_backgroundNext - m_backgroundServing));
}

} // namespace nomo::db
