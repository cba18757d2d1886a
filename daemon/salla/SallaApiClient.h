#pragma once

#include "core/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace nomo {

class SallaTokenManager;

// The one client of Salla's Merchant API in the daemon (REFERENCE.md §3). It speaks
// Salla's envelope; on 401 it refreshes the token once (through the token manager)
// and retries; on 429 it waits as long as Retry-After says, never hammering; on 5xx
// or a dropped connection it backs off and retries a bounded number of times; a 422
// becomes InvalidArgument naming the fields. Pages are followed with getAllPages().
class SallaApiClient : public QObject
{
    Q_OBJECT

public:
    SallaApiClient(QUrl apiUrl, SallaTokenManager &tokens, QObject *parent = nullptr);

    // The whole envelope {status, success, data, pagination?}.
    void get(qint64 merchantId, const QString &path, const QUrlQuery &query, std::function<void(Result<QJsonObject>)> done);
    // Every item of every page (per_page 60, Salla's maximum).
    void getAllPages(qint64 merchantId, const QString &path, const QUrlQuery &query, std::function<void(Result<QJsonArray>)> done);

private:
    struct Call;
    void send(std::shared_ptr<Call> call, const QString &token);
    void retryLater(std::shared_ptr<Call> call, int delayMs);

    QUrl m_apiUrl;
    SallaTokenManager &m_tokens;
    QNetworkAccessManager m_network;
};

} // namespace nomo
