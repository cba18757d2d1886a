#pragma once

#include "core/Result.h"
#include "repositories/PushSubscriptionRepository.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace nomo {

struct PublicStore;

// A shopper's "yes" to a store's push notifications, as the opt-in page sends it:
//   {"subscription": PushSubscription.toJSON() (endpoint, expirationTime, keys{p256dh, auth}),
//    "consent": true, "wording": the words above the button, "language": "ar"|"en",
//    "customer": Salla's user id on the store's page, or null}
// and the page itself. The page is ours, on the daemon's origin: a service worker and
// its subscription belong to the origin that serves the worker, and an app has no
// file on a Salla store's origin.
class PushOptIn
{
public:
    struct Request
    {
        PushSubscription subscription;
        QString wording;
        std::optional<qint64> sallaCustomer; // a claim of the store's page, linked only to a shopper the store has
    };
    // Every field checked, the first fault named (field "subscription.keys.p256dh"…):
    // the endpoint an https URL (http only on a loopback host, where tests run their
    // push service), p256dh an uncompressed P-256 point (65 bytes), auth 16 bytes.
    static Result<Request> read(const QJsonObject &body);
    // The page in the shopper's language: the store's name, what they agree to, one
    // button; its script is /s/push-page.js. `customer` is passed on as the page had it.
    static QByteArray page(const PublicStore &store, bool arabic, const QString &vapidPublicKey, std::optional<qint64> customer);
    // The words the page shows above its button, which the shopper agrees to.
    static QString wording(const QString &storeName, bool arabic);
    // Only our own scripts, our own calls and our own worker; nothing may frame it.
    static const char *contentSecurityPolicy();
};

} // namespace nomo
