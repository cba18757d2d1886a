#include "reports/HoldoutUnits.h"

#include "core/Time.h"
#include "db/Database.h"
#include "reports/Holdout.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace nomo {

HoldoutUnits::HoldoutUnits(QSqlDatabase db, qint64 merchantId, const Clock &clock)
    : m_db(std::move(db))
    , m_merchantId(merchantId)
    , m_clock(clock)
{
}

int HoldoutUnits::percentOf(const QJsonObject &settings)
{
    return std::clamp(int(settings.value(QString::fromUtf16(holdout::kPercentSetting)).toInteger(holdout::kDefaultPercent)), 0, 50);
}

qint64 HoldoutUnits::windowOf(const QJsonObject &notificationSettings)
{
    return notificationSettings.value(u"attribution_click_days"_s).toInteger(5) * 24 * 3600 * 1000;
}

bool HoldoutUnits::heldBack(const QString &tool, const QJsonObject &settings, std::optional<qint64> sallaCustomerId,
                            const QString &email) const
{
    const QByteArray shopper = sallaCustomerId ? holdout::customerShopper(*sallaCustomerId) : holdout::emailShopper(email);
    return holdout::heldBack(m_merchantId, tool, shopper, percentOf(settings));
}

Result<bool> HoldoutUnits::enter(const QString &tool, const QString &key, const QJsonObject &notificationSettings, const Shopper &shopper,
                                 const QDateTime &exposedAt)
{
    Unit unit;
    unit.tool = tool;
    unit.key = key;
    unit.heldBack = heldBack(tool, notificationSettings, shopper.sallaId, shopper.email);
    unit.customerId = shopper.customerId;
    unit.email = shopper.customerId ? QString() : shopper.email;
    unit.exposedAt = exposedAt;
    unit.windowMs = windowOf(notificationSettings);
    if (auto recorded = record(unit); !recorded)
        return fail(recorded.error());
    return unit.heldBack;
}

Status HoldoutUnits::record(const Unit &unit)
{
    const qint64 exposed = time::toStorage(unit.exposedAt);
    auto written = db::exec(m_db,
                            u"INSERT INTO holdout_units (merchant_id, tool, unit_key, held_back, customer_id, email, exposed_at, window_ms, "
                            "day, updated_at) VALUES (:m, :tool, :key, :held, :customer, :email, :at, :window, :day, :now) "
                            "ON CONFLICT (merchant_id, tool, unit_key) DO NOTHING"_s,
                            {{u"m"_s, m_merchantId},
                             {u"tool"_s, unit.tool},
                             {u"key"_s, unit.key},
                             {u"held"_s, unit.heldBack ? 1 : 0},
                             {u"customer"_s, unit.customerId ? QVariant(*unit.customerId) : QVariant(QMetaType::fromType<qint64>())},
                             {u"email"_s, unit.email.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(unit.email)},
                             {u"at"_s, exposed},
                             {u"window"_s, unit.windowMs},
                             {u"day"_s, time::riyadhDay(unit.exposedAt).toString(Qt::ISODate)},
                             {u"now"_s, time::toStorage(m_clock.nowUtc())}});
    return written ? Status() : Status(fail(written.error()));
}

Status HoldoutUnits::touch(std::optional<qint64> customerId, const QString &email, qint64 orderedAtMs)
{
    if (!customerId && email.isEmpty())
        return {};
    // The longest window a store can set (30 days) bounds the index range read.
    auto moved = db::exec(m_db,
                          u"UPDATE holdout_units SET updated_at = :now WHERE merchant_id = :m "
                          "AND (customer_id = :c OR email = :e) AND exposed_at <= :at AND exposed_at >= :floor "
                          "AND exposed_at + window_ms > :at2"_s,
                          {{u"now"_s, time::toStorage(m_clock.nowUtc())},
                           {u"m"_s, m_merchantId},
                           {u"c"_s, customerId ? QVariant(*customerId) : QVariant(QMetaType::fromType<qint64>())},
                           {u"e"_s, email.isEmpty() ? u"-"_s : email},
                           {u"at"_s, orderedAtMs},
                           {u"floor"_s, orderedAtMs - 31LL * 24 * 3600 * 1000},
                           {u"at2"_s, orderedAtMs}});
    return moved ? Status() : Status(fail(moved.error()));
}

} // namespace nomo
