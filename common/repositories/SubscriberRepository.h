#pragma once

#include "domain/EmailSubscriber.h"
#include "repositories/DomainEventRepository.h"
#include "repositories/TenantRepository.h"

namespace nomo {

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
    // `consentSource` names how the consent was given when it is not the sign-up's own
    // source (a double opt-in's "email_confirmation").
    Result<Joined> join(const EmailSubscriber &subscriber, const QString &wording, const QList<nomo::Subscriber> &onCreated,
                        const QString &consentSource = {});
    Result<EmailSubscriber> find(qint64 id) const;
    Result<std::optional<EmailSubscriber>> findByEmail(const QString &email) const;
    // The list follows the email consent (ConsentRepository::set calls this in its
    // transaction): a withdrawal marks the subscriber unsubscribed, a renewal takes
    // them back, and either goes on the change feed. Nothing when the address is not
    // on the list.
    Status consentChanged(const QString &email, bool granted);
    Result<QList<EmailSubscriber>> list(int limit = 1000) const;
    // Deletion at the shopper's request (PDPL): the subscriber goes, with the history of
    // their consent and what the messages to them said; what stays is one withdrawn
    // consent, so nothing is sent to the address again (the record needed to honour the
    // objection), and the messages' counts, addressed to no one. Messages still to be
    // sent are cancelled. The console is told through the change feed (a delete).
    struct Erased
    {
        qint64 messages = 0; // messages whose address and words were erased
    };
    Result<Erased> erase(qint64 id);
};

} // namespace nomo
