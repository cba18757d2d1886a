#pragma once

#include "repositories/DomainEventRepository.h"
#include "repositories/TenantRepository.h"

namespace nomo {

// A store's email subscriber (the storefront's collector, 0001_initial.sql).
struct EmailSubscriber
{
    qint64 id = 0;
    QString email;
    QString name;
    QString source = QStringLiteral("widget");
    QString language = QStringLiteral("ar");
    bool unsubscribed = false;
};

// The one way a shopper joins a store's list: the subscriber row, their email consent
// with the words they agreed to (PDPL's proof) and the `subscriber.created` domain
// event (the welcome message's trigger), in one transaction. Joining again is no new
// subscriber and no second welcome; it renews a withdrawn consent.
class SubscriberRepository : public TenantRepository
{
public:
    SubscriberRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock = Clock::system());

    struct Joined
    {
        qint64 id = 0;
        bool created = false;
    };
    Result<Joined> join(const EmailSubscriber &subscriber, const QString &wording, const QList<nomo::Subscriber> &onCreated);
    Result<EmailSubscriber> find(qint64 id) const;
};

} // namespace nomo
