#include "db/WriteGate.h"

#include <QHash>

#include <memory>

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

void WriteGate::lock()
{
    std::unique_lock guard(m_mutex);
    const quint64 ticket = m_nextTicket++;
    m_turn.wait(guard, [&] { return m_serving == ticket; });
}

void WriteGate::unlock()
{
    {
        std::lock_guard guard(m_mutex);
        ++m_serving;
    }
    m_turn.notify_all();
}

} // namespace nomo::db
