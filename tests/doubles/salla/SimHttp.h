#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QUrlQuery>

class QHttpServerRequest;

namespace nomo::sim {

// A request copied out of QHttpServer, so handlers may answer later (latency faults).
struct SimRequest
{
    QByteArray method;
    QString path;
    QStringList segments; // path split at '/', empty parts dropped
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress remote;

    static SimRequest from(const QHttpServerRequest &request);
    QByteArray header(const QByteArray &name) const; // case-insensitive, first match
    QString queryValue(const QString &key) const;
    // Form fields of an application/x-www-form-urlencoded body ('+' is a space).
    QUrlQuery form() const;
};

struct SimResponse
{
    int status = 200;
    QByteArray contentType = "application/json";
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool dropConnection = false; // fault: close without answering

    static SimResponse json(int status, const QJsonObject &object);
    static SimResponse redirect(const QString &location);
    static SimResponse html(int status, const QString &page);
};

// Salla's envelopes (REFERENCE.md §3.1).
QJsonObject sallaOk(int status, const QJsonValue &data, const QJsonObject &pagination = {});
SimResponse sallaError(int status, const QString &code, const QString &message, const QJsonObject &fields = {});
// OAuth errors are the bare RFC 6749 form: {"error": "...", "error_description": "..."}.
SimResponse oauthError(int status, const QString &error, const QString &description);

} // namespace nomo::sim
