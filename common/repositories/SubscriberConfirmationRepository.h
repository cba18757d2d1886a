#pragma once

#include "domain/EmailSubscriber.h"
#include "repositories/DomainEventRepository.h"
#include "repositories/TenantRepository.h"

#include <QStringList>

namespace nomo {

// Double opt-in (the collector's `double_opt_in`): a sign-up waits in
// subscriber_confirmations until its owner presses the button behind the link in the
// confirmation email; only then does SubscriberRepository::join put them on the list,
// with the consent they gave on the form (and their number's). A link lives seven days.
class SubscriberConfirmationRepository : public TenantRepository
{
public:
    SubscriberConfirmationRepository(QSqlDatabase db, TenantContext tenant, const Clock &clock = Clock::system());

    static constexpr int kLinkDays = 7;
    // One confirmation email per address a day, however often the form is sent: a
    // stranger cannot turn the store's form into a way to flood someone's inbox.
    static constexpr int kResendHours = 24;

    struct SignUp
    {
        EmailSubscriber subscriber; // email, name, language, source
        QString wording;            // the words agreed to, with the page
        QString phone;              // 9665xxxxxxxx or empty
        QStringList phoneChannels;
        QString phoneWording;
    };
    struct Requested
    {
        qint64 id = 0;
        bool send = false; // a new confirmation email is due (false: one went out in the last day)
    };
    // Records (or refreshes) the sign-up; its email is the caller's to schedule.
    Result<Requested> request(const SignUp &signUp);
    Status setMessage(qint64 id, qint64 messageId);
    // The link for the confirmation email `messageId` carries.
    Result<QString> tokenForMessage(qint64 messageId) const;

    struct Pending
    {
        qint64 id = 0;
        qint64 merchantId = 0;
        SignUp signUp;
        bool confirmed = false;
    };
    // The sign-up behind a link, before any tenant is known; none for a token that is
    // not ours or a link past its days.
    static Result<std::optional<Pending>> resolve(const QSqlDatabase &db, const QString &token, const Clock &clock);

    struct Confirmed
    {
        qint64 subscriberId = 0;
        bool already = false; // the link had been used
    };
    // The subscriber, their email consent and any number's, the sign-up marked
    // confirmed: in one transaction. A second press changes nothing.
    Result<Confirmed> confirm(const QString &token, const QList<nomo::Subscriber> &onCreated);
};

} // namespace nomo
