#pragma once

#include "outbound/OutboundCall.h"

#include <QDateTime>
#include <QNetworkAccessManager>
#include <QObject>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <optional>

namespace nomo {

// The daemon's one way out to other HTTP services (Salla's accounts and Merchant API
// today; SMS, WhatsApp, Web Push and other providers to come). One place for the
// timeout, the retry rules (RetryPolicy), Retry-After, jitter, the request id and
// idempotency key headers, URL joining and logging with secrets left out.
// Asynchronous: the answer arrives by callback on the caller's thread (the thread the
// caller object lives on). Provider clients sit on it and keep only what is theirs
// (Salla's envelope and its token refresh).
class OutboundCaller : public QObject
{
    Q_OBJECT

public:
    explicit OutboundCaller(QString name, QObject *parent = nullptr);

    void send(OutboundRequest request, std::function<void(OutboundReply)> done);

    // `base` + `path` with exactly one slash between, and `query`.
    static QUrl join(const QUrl &base, const QString &path, const QUrlQuery &query = {});
    // Retry-After as seconds or as an HTTP date (RFC 9110 §10.2.3); nothing when absent
    // or unreadable.
    static std::optional<qint64> retryAfterMs(const QByteArray &value, const QDateTime &now);
    // The URL as logs may show it: query values that name secrets masked.
    static QString redacted(const QUrl &url);

private:
    struct Call;
    void attempt(std::shared_ptr<Call> call);
    void finish(std::shared_ptr<Call> call, OutboundReply reply);

    QString m_name;
    QNetworkAccessManager m_network;
};

} // namespace nomo
