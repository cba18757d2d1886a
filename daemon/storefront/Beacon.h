#pragma once

#include "core/Result.h"
#include "json/JsonReader.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace nomo {

// One thing a storefront page reports: a page view, an event on it (a product
// viewed, an item added to the cart, an order completed, a widget clicked) or a ping
// (the shopper is still on the page: it keeps them in the live count, nothing stored).
struct BeaconEvent
{
    enum class Kind { PageView, Event, Ping };
    Kind kind = Kind::PageView;
    QString name;                  // Event only: one of Beacon::eventNames()
    QString path;                  // the page's path, without its query
    std::optional<qint64> product; // Salla's product id, on a product page
};

// The body of POST /s/{store}/collect, as the visits module sends it with
// navigator.sendBeacon (text/plain, so no preflight):
//   {"lang": "ar", "referrer": "https://www.google.com/…", "utm_source": …,
//    "utm_medium": …, "utm_campaign": …, "events": [{"type": "pageview", "path": "/…",
//    "product": 123}, {"type": "event", "name": "cart_add", …}]}
// Only the referrer's host is kept (a full address can carry a shopper's search or
// e-mail); paths lose their query for the same reason.
struct Beacon
{
    QString language;     // two lower-case letters, or empty
    QString referrerHost; // empty for direct visits and the store's own pages
    QString utmSource, utmMedium, utmCampaign;
    QList<BeaconEvent> events;

    static constexpr int kMaxEvents = 20;
    static constexpr int kMaxPath = 300;
    static constexpr int kMaxText = 100;     // a UTM value
    static constexpr qsizetype kMaxBytes = 8 * 1024;
    static const QStringList &eventNames();

    // The body read and checked: 400 for what is not JSON, 422 naming the field at
    // fault ("events[2].path") for the rest; nothing of a refused beacon is kept.
    static Result<Beacon> read(const QByteArray &body);
};

// The device class a user agent names: "mobile", "tablet" or "desktop".
QString deviceClassOf(QByteArrayView userAgent);

// Whether a request is not a person looking at a page: a crawler, a monitor, a
// headless browser or a script by its user agent (or none at all), or a prefetch or
// prerender by its Purpose headers. Such beacons are answered like any other and kept
// nowhere.
bool isAutomatedVisit(QByteArrayView userAgent, QByteArrayView purpose, QByteArrayView secPurpose);

} // namespace nomo
