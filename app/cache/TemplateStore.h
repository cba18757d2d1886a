#pragma once

#include "core/Result.h"
#include "messages/MessageTemplate.h"

#include <QSqlDatabase>

namespace nomo {

class CacheDatabase;

// The store's own message templates as the daemon last gave them (the change feed,
// a save's answer); where the store has none, the gallery's (common/messages) is it.
class TemplateStore
{
public:
    explicit TemplateStore(const CacheDatabase &cache);

    Status save(const MessageTemplate &tmpl);
    Status remove(const QString &key);
    // The template the store sends: its own copy, or the gallery's.
    MessageTemplate effective(const QString &automation, const QString &channel, const QString &language) const;

private:
    QSqlDatabase m_db;
};

} // namespace nomo
