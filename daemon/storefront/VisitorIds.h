#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>

namespace nomo {

// Who a visitor is today, without a cookie and without keeping their address
// (Plausible's model): SHA-256 over the day's salt, the store, the address and the
// user agent, cut to 32 hex digits. The salt is random, one per Riyadh day, kept in
// visitor_salts so every daemon on the database gives the same visitor the same id;
// the first daemon to need a new day's salt writes it and deletes every older one,
// after which yesterday's ids cannot be computed again — not by us, not by anyone who
// later reads the database.
class VisitorIds
{
public:
    VisitorIds(QString connectionName, const Clock &clock);

    Result<QString> idFor(qint64 store, const QByteArray &address, const QByteArray &userAgent);
    // The id itself, from a day's salt: what an order's attribution computes from the
    // address and browser Salla saw at checkout, to find the shopper's visit.
    static QString compute(const QByteArray &salt, qint64 store, const QByteArray &address, const QByteArray &userAgent);

private:
    Result<QByteArray> saltFor(QDate day);

    QString m_connection;
    const Clock &m_clock;
    QDate m_day;
    QByteArray m_salt;
};

} // namespace nomo
