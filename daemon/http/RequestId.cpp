#include "http/RequestId.h"

#include <QHttpServerRequest>
#include <QRandomGenerator>

namespace nomo::http {

namespace {
thread_local QByteArray t_current;

bool looksLikeAnId(const QByteArray &value)
{
    if (value.size() < 8 || value.size() > 64)
        return false;
    for (const char c : value)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-'))
            return false;
    return true;
}
} // namespace

QByteArray RequestId::of(const QHttpServerRequest &request)
{
    const QByteArray given = request.value("X-Request-Id").trimmed();
    if (looksLikeAnId(given))
        return given;
    quint32 words[3];
    QRandomGenerator::global()->fillRange(words);
    return QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex();
}

QByteArray RequestId::current()
{
    return t_current;
}

RequestId::Scope::Scope(QByteArray id)
    : m_previous(std::exchange(t_current, std::move(id)))
{
}

RequestId::Scope::~Scope()
{
    t_current = std::move(m_previous);
}

} // namespace nomo::http
