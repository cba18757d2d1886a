#include "messages/sms/SmsProviders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace nomo::sms {

namespace {
QByteArray form(const QList<std::pair<QByteArray, QString>> &fields)
{
    QByteArray out;
    for (const auto &[name, value] : fields) {
        if (!out.isEmpty())
            out += '&';
        out += name + '=' + QUrl::toPercentEncoding(value); // every byte but A-Z a-z 0-9 - . _ ~
    }
    return out;
}

QUrl at(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString prefix = url.path();
    if (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + path);
    return url;
}

SendOutcome make(SendOutcome::Kind kind, const QString &code, const QString &detail, const QString &id = {})
{
    return SendOutcome::make(kind, code, detail, id);
}

QString text(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    return {};
}

// What every gateway's HTTP layer means, before its own codes.
std::optional<SendOutcome> transport(const QString &provider, const OutboundReply &reply)
{
    if (reply.status == 0)
        return reply.neverSent ? make(SendOutcome::Kind::Temporary, {}, provider + u": "_s + reply.networkError)
                               : make(SendOutcome::Kind::Unknown, {}, provider + u" did not answer: "_s + reply.networkError);
    if (reply.status == 429 || reply.status >= 500) {
        SendOutcome later = make(SendOutcome::Kind::Temporary, QString::number(reply.status), provider + u" answered %1"_s.arg(reply.status));
        if (const QByteArray after = reply.headers.value("retry-after"); !after.isEmpty() && after.toLongLong() > 0)
            later.retryAfterMs = after.toLongLong() * 1000;
        return later;
    }
    if (reply.status == 401 || reply.status == 403)
        return make(SendOutcome::Kind::Configuration, QString::number(reply.status), provider + u" refused the account's key"_s);
    return std::nullopt;
}

SendOutcome unifonic(const OutboundReply &reply)
{
    if (auto early = transport(u"unifonic"_s, reply))
        return *early;
    const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    const QString code = text(body.value(u"errorCode"_s));
    const QString success = text(body.value(u"success"_s)); // a boolean in one document, "true" in the other
    if (reply.ok() && success == u"true" && (code.isEmpty() || code == u"ER-00"))
        return make(SendOutcome::Kind::Sent, code, {}, text(body.value(u"data"_s).toObject().value(u"MessageID"_s)));
    const QString detail = u"unifonic %1 %2: %3"_s.arg(reply.status).arg(code, text(body.value(u"message"_s)));
    switch (reply.status) {
    case 402: case 480: // no AppSid; a sender the account may not use
        return make(SendOutcome::Kind::Configuration, code.isEmpty() ? QString::number(reply.status) : code, detail);
    case 409: // the same message to the same number just now: it went
        return make(SendOutcome::Kind::Sent, u"409"_s, detail);
    case 406: case 410: case 449: case 460: case 482: // bad parameter, recipient, empty body, encoding, destination
        return make(SendOutcome::Kind::Rejected, QString::number(reply.status), detail);
    default:
        break;
    }
    if (code == u"ER-01" || code == u"ER-08")
        return make(SendOutcome::Kind::Configuration, code, detail); // no funds; invalid sender
    if (code.startsWith(u"ER-0"_s))
        return make(SendOutcome::Kind::Rejected, code, detail); // invalid number, no route, empty body, filtered
    return make(reply.status >= 400 ? SendOutcome::Kind::Rejected : SendOutcome::Kind::Temporary, code, detail);
}

SendOutcome msegat(const OutboundReply &reply)
{
    if (auto early = transport(u"msegat"_s, reply))
        return *early;
    const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    const QString code = text(body.value(u"code"_s));
    const QString detail = u"msegat %1: %2"_s.arg(code, text(body.value(u"message"_s)));
    if (code == u"1" || code == u"M0000")
        return make(SendOutcome::Kind::Sent, code, {});
    static const QStringList ours{u"M0001"_s, u"1010"_s, u"M0002"_s, u"1020"_s, u"1060"_s, u"1110"_s, u"M0029"_s, u"M0030"_s, u"M0034"_s};
    static const QStringList refused{u"1050"_s, u"1064"_s, u"1120"_s, u"1140"_s};
    if (ours.contains(code))
        return make(SendOutcome::Kind::Configuration, code, detail);
    if (refused.contains(code))
        return make(SendOutcome::Kind::Rejected, code, detail);
    if (code == u"1061")
        return make(SendOutcome::Kind::Sent, code, detail); // a duplicate of one just sent
    return make(SendOutcome::Kind::Temporary, code, detail);
}

SendOutcome taqnyat(const OutboundReply &reply)
{
    if (auto early = transport(u"taqnyat"_s, reply))
        return *early;
    const QJsonObject body = QJsonDocument::fromJson(reply.body).object();
    const QString code = text(body.value(u"statusCode"_s));
    if (reply.status == 201 || code == u"201")
        return make(SendOutcome::Kind::Sent, code, {}, text(body.value(u"messageId"_s)));
    const QString detail = u"taqnyat %1: %2"_s.arg(reply.status).arg(text(body.value(u"message"_s)));
    return make(reply.status >= 400 ? SendOutcome::Kind::Rejected : SendOutcome::Kind::Temporary, code, detail);
}
} // namespace

bool Account::known(const QString &provider)
{
    return provider == u"unifonic" || provider == u"msegat" || provider == u"taqnyat";
}

OutboundRequest request(const Account &account, const QString &to, const QString &body, const QString &correlationId, bool promotional)
{
    OutboundRequest http;
    http.method = "POST";
    http.timeoutMs = 15000;
    http.retry = RetryPolicy::none(); // the outbox retries, knowing what a retry means
    http.purpose = account.provider + u" send"_s;
    if (account.provider == u"unifonic") {
        http.url = at(account.baseUrl, u"/rest/SMS/messages"_s);
        http.headers = {{"Accept", "application/json"}};
        http.contentType = "application/x-www-form-urlencoded";
        http.body = form({{"AppSid", account.apiKey}, {"SenderID", account.sender}, {"Recipient", to}, {"Body", body},
                          {"responseType", u"JSON"_s}, {"CorrelationID", correlationId},
                          {"MessageType", promotional ? u"5"_s : u"3"_s}});
    } else if (account.provider == u"msegat") {
        http.url = at(account.baseUrl, u"/gw/sendsms.php"_s);
        http.contentType = "application/json";
        http.body = QJsonDocument(QJsonObject{{u"userName"_s, account.username}, {u"apiKey"_s, account.apiKey}, {u"numbers"_s, to},
                                              {u"userSender"_s, account.sender}, {u"msg"_s, body}, {u"msgEncoding"_s, u"UTF8"_s}})
                        .toJson(QJsonDocument::Compact);
    } else {
        http.url = at(account.baseUrl, u"/v1/messages"_s);
        http.headers = {{"Authorization", "Bearer " + account.apiKey.toUtf8()}};
        http.contentType = "application/json";
        http.body = QJsonDocument(QJsonObject{{u"recipients"_s, QJsonArray{to}}, {u"body"_s, body}, {u"sender"_s, account.sender}})
                        .toJson(QJsonDocument::Compact);
    }
    return http;
}

SendOutcome outcome(const QString &provider, const OutboundReply &reply)
{
    if (provider == u"unifonic")
        return unifonic(reply);
    if (provider == u"msegat")
        return msegat(reply);
    return taqnyat(reply);
}

} // namespace nomo::sms
