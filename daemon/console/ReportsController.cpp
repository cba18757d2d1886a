#include "console/ReportsController.h"

#include "db/Database.h"
#include "domain/SalesDay.h"
#include "http/Answer.h"
#include "http/HttpErrors.h"
#include "json/JsonReader.h"
#include "json/SalesJson.h"
#include "reports/LiftEstimate.h"
#include "reports/SalesTotals.h"

#include <QHttpServerRequest>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
Result<QDate> dayParameter(const QUrlQuery &query, const QString &name)
{
    const QString text = query.queryItemValue(name);
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (text.size() != 10 || !day.isValid())
        return fail(http::badParameter(name, u"a Riyadh date, YYYY-MM-DD"_s));
    return day;
}

// The stored days in [from, to], oldest first; days nothing happened are absent.
Result<QList<SalesDay>> storedDays(const QSqlDatabase &db, qint64 store, QDate from, QDate to)
{
    auto rows = db::exec(db,
                         u"SELECT payload_json FROM sales_days WHERE merchant_id = :m AND day >= :from AND day <= :to ORDER BY day"_s,
                         {{u"m"_s, store}, {u"from"_s, from.toString(Qt::ISODate)}, {u"to"_s, to.toString(Qt::ISODate)}});
    if (!rows)
        return fail(rows.error());
    QList<SalesDay> days;
    while (rows->next()) {
        auto object = parseJsonObject(rows->value(0).toString().toUtf8(), JsonLimits{1 << 20, 16});
        if (!object)
            return fail(object.error());
        auto day = fromJson<SalesDay>(*object);
        if (!day)
            return fail(day.error());
        days.append(*day);
    }
    return days;
}
// A tool's experiment over the period: both groups, the difference per shopper and its
// 95% interval in halalas (fractions kept: a per-shopper figure is rarely whole).
QJsonObject liftJson(const ToolLift &lift)
{
    const LiftEstimate estimate = estimateLift(lift.treated, lift.heldBack);
    const char16_t *verdict = estimate.verdict == LiftEstimate::Verdict::Raises   ? u"raises"
                              : estimate.verdict == LiftEstimate::Verdict::Lowers ? u"lowers"
                                                                                  : u"not_yet";
    return {{u"tool"_s, lift.tool},
            {u"treated_shoppers"_s, lift.treated.shoppers},
            {u"held_back_shoppers"_s, lift.heldBack.shoppers},
            {u"treated_per_shopper_halalas"_s, estimate.treatedPerShopper},
            {u"held_back_per_shopper_halalas"_s, estimate.heldBackPerShopper},
            {u"difference_halalas"_s, estimate.difference},
            {u"low_halalas"_s, estimate.low},
            {u"high_halalas"_s, estimate.high},
            {u"verdict"_s, QString::fromUtf16(verdict)}};
}
} // namespace

void ReportsController::install(http::Routes &routes)
{
    routes.add({"GET", u"/api/v1/reports/sales"_s, http::Access::Console, false,
                u"Sales, attributed revenue, coupons, messages and carts of a period, by Riyadh day"_s},
               [this](const http::RequestContext &context) { return sales(context); });
}

QHttpServerResponse ReportsController::sales(const http::RequestContext &context) const
{
    const QUrlQuery query = context.request.query();
    auto from = dayParameter(query, u"from"_s);
    if (!from)
        return errorResponse(from.error());
    auto to = dayParameter(query, u"to"_s);
    if (!to)
        return errorResponse(to.error());
    if (*to < *from)
        return errorResponse(http::badParameter(u"to"_s, u"not before from"_s));
    const qint64 length = from->daysTo(*to) + 1;
    if (length > kMaxDays)
        return errorResponse(http::badParameter(u"to"_s, u"at most %1 days after from"_s.arg(kMaxDays - 1)));
    const qint64 store = context.caller->merchantId;
    auto days = storedDays(db(), store, *from, *to);
    if (!days)
        return errorResponse(days.error());
    const QDate previousTo = from->addDays(-1);
    const QDate previousFrom = previousTo.addDays(-(length - 1));
    auto previous = storedDays(db(), store, previousFrom, previousTo);
    if (!previous)
        return errorResponse(previous.error());
    SalesDay total = addUp(*days);
    total.day = *from;
    SalesDay before = addUp(*previous);
    before.day = previousFrom;
    QJsonArray list;
    for (const SalesDay &day : std::as_const(*days))
        list.append(toJson(day));
    QJsonArray lift;
    for (const ToolLift &tool : std::as_const(total.lift))
        lift.append(liftJson(tool));
    return http::jsonResponse({{u"from"_s, from->toString(Qt::ISODate)},
                               {u"to"_s, to->toString(Qt::ISODate)},
                               {u"days"_s, list},
                               {u"total"_s, toJson(total)},
                               {u"lift"_s, lift},
                               {u"previous"_s, QJsonObject{{u"from"_s, previousFrom.toString(Qt::ISODate)},
                                                           {u"to"_s, previousTo.toString(Qt::ISODate)},
                                                           {u"total"_s, toJson(before)}}}});
}

} // namespace nomo
