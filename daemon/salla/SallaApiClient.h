#pragma once

#include "core/Result.h"
#include "salla/SallaPacer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace nomo {

class OutboundCaller;
class SallaTokenManager;

// The one client of Salla's Merchant API in the daemon (REFERENCE.md §3), on the
// daemon's OutboundCaller. It speaks Salla's envelope; on 401 it refreshes the token
// once (through the token manager) and retries; the caller waits out a 429 as long as
// Retry-After says, never hammering, and retries a 5xx or a dropped connection with
// backoff where that cannot do a write twice; a 422 becomes InvalidArgument naming
// the fields. Calls are paced under each store's limit (salla/SallaPacer.h). Pages
// are followed with getAllPages().
class SallaApiClient : public QObject
{
    Q_OBJECT

public:
    SallaApiClient(QUrl apiUrl, SallaTokenManager &tokens, QObject *parent = nullptr);
    ~SallaApiClient() override;

    using Done = std::function<void(Result<QJsonObject>)>;
    // The whole envelope {status, success, data, pagination?}.
    void get(qint64 merchantId, const QString &path, const QUrlQuery &query, Done done);
    // Writes (coupons and the like): the JSON body as Salla's request shapes have it.
    void post(qint64 merchantId, const QString &path, const QJsonObject &body, Done done);
    void put(qint64 merchantId, const QString &path, const QJsonObject &body, Done done);
    void remove(qint64 merchantId, const QString &path, Done done);
    // Every item of every page (per_page 60, Salla's maximum).
    void getAllPages(qint64 merchantId, const QString &path, const QUrlQuery &query, std::function<void(Result<QJsonArray>)> done);

private:
    struct Call;
    void call(qint64 merchantId, const QByteArray &method, const QString &path, const QUrlQuery &query,
              const QJsonObject *body, Done done);
    void send(std::shared_ptr<Call> call, const QString &token);

    QUrl m_apiUrl;
    SallaTokenManager &m_tokens;
    SallaPacer m_pacer;
    OutboundCaller *m_caller;
};

} // namespace nomo
