#pragma once

#include "repositories/DomainEventRepository.h"

#include <QHash>

namespace nomo {

// Which job kinds each kind of domain event feeds: the one table later features add
// their subscribers to (an automation step on cart.abandoned, attribution on
// order.created). Filled once at start-up, read-only after.
class Subscriptions
{
public:
    void add(const QString &domainEventKind, Subscriber subscriber) { m_table[domainEventKind].append(std::move(subscriber)); }
    QList<Subscriber> of(const QString &domainEventKind) const { return m_table.value(domainEventKind); }

private:
    QHash<QString, QList<Subscriber>> m_table;
};

} // namespace nomo
