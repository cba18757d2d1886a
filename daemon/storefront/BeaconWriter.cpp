#include "storefront/BeaconWriter.h"

#include "core/Metrics.h"
#include "core/Time.h"
#include "db/Database.h"
#include "logging/Logging.h"

#include <QSqlDatabase>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
constexpr int kMaxSessionsKept = 200000;

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
}
QVariant idOrNull(const std::optional<qint64> &id)
{
    return id ? QVariant(*id) : QVariant(QMetaType::fromType<qint64>());
}
QString kindName(BeaconEvent::Kind kind)
{
    return kind == BeaconEvent::Kind::PageView ? u"pageview"_s : u"event"_s;
}
} // namespace

BeaconWriter::BeaconWriter(QString connectionName, const Clock &clock)
    : m_connection(std::move(connectionName))
    , m_clock(clock)
{
}

Result<qint64> BeaconWriter::sessionFor(const BeaconVisit &visit, qint64 atMs)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QString key = QString::number(visit.store) + u':' + visit.visitorId;
    if (auto kept = m_sessions.constFind(key); kept != m_sessions.cend() && atMs - kept->lastSeenMs < kSessionIdleMs)
        return kept->id;
    auto found = db::exec(db,
                          u"SELECT id FROM visitor_sessions WHERE merchant_id = :m AND visitor_id = :v AND last_seen_at >= :since "
                          "ORDER BY last_seen_at DESC LIMIT 1"_s,
                          {{u"m"_s, visit.store}, {u"v"_s, visit.visitorId}, {u"since"_s, atMs - kSessionIdleMs}});
    if (!found)
        return fail(found.error());
    if (found->next())
        return found->value(0).toLongLong();
    const Beacon &b = visit.beacon;
    const BeaconEvent &first = b.events.constFirst();
    auto started = db::insertReturningId(db,
                            u"INSERT INTO visitor_sessions (merchant_id, visitor_id, started_at, last_seen_at, page_count, landing_path, "
                            "referrer, device, utm_source, utm_medium, utm_campaign, language, tools_on, held_back) VALUES (:m, :v, :at, :at2, 0, "
                            ":landing, :referrer, :device, :source, :medium, :campaign, :language, :on, :held)"_s,
                            {{u"m"_s, visit.store}, {u"v"_s, visit.visitorId}, {u"at"_s, atMs}, {u"at2"_s, atMs},
                             {u"landing"_s, first.path}, {u"referrer"_s, textOrNull(b.referrerHost)}, {u"device"_s, visit.device},
                             {u"source"_s, textOrNull(b.utmSource)}, {u"medium"_s, textOrNull(b.utmMedium)},
                             {u"campaign"_s, textOrNull(b.utmCampaign)}, {u"language"_s, textOrNull(b.language)},
                             {u"on"_s, visit.toolsOn}, {u"held"_s, visit.heldBack}});
    if (!started)
        return fail(started.error());
    return *started;
}

Result<QSet<qint64>> BeaconWriter::write(const std::vector<BeaconVisit> &batch)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSet<qint64> stores;
    QHash<QString, Session> touched;
    Status stored;
    // Nobody waits for these rows: webhooks and the console go first on SQLite.
    if (auto transaction = db::Transaction::begin(db, db::WritePriority::Background)) {
        for (const BeaconVisit &visit : batch) {
            const qint64 atMs = time::toStorage(visit.at);
            auto session = sessionFor(visit, atMs);
            if (!session) {
                stored = fail(session.error());
                break;
            }
            int pages = 0;
            const BeaconEvent *last = nullptr;
            for (const BeaconEvent &event : visit.beacon.events) {
                last = &event;
                if (event.kind == BeaconEvent::Kind::PageView)
                    ++pages;
                if (event.kind == BeaconEvent::Kind::Ping || !visit.keepViews)
                    continue;
                auto viewed = db::exec(db,
                                       u"INSERT INTO page_views (merchant_id, session_id, path, viewed_at, kind, name, product_id) "
                                       "VALUES (:m, :s, :path, :at, :kind, :name, :product)"_s,
                                       {{u"m"_s, visit.store}, {u"s"_s, *session}, {u"path"_s, event.path}, {u"at"_s, atMs},
                                        {u"kind"_s, kindName(event.kind)}, {u"name"_s, textOrNull(event.name)},
                                        {u"product"_s, idOrNull(event.product)}});
                if (!viewed) {
                    stored = fail(viewed.error());
                    break;
                }
            }
            if (!stored)
                break;
            auto moved = db::exec(db,
                                  u"UPDATE visitor_sessions SET last_seen_at = :at, page_count = page_count + :pages, "
                                  "current_path = :path, current_product = :product WHERE merchant_id = :m AND id = :id"_s,
                                  {{u"at"_s, atMs}, {u"pages"_s, pages}, {u"path"_s, last->path}, {u"product"_s, idOrNull(last->product)},
                                   {u"m"_s, visit.store}, {u"id"_s, *session}});
            if (!moved) {
                stored = fail(moved.error());
                break;
            }
            const QString key = QString::number(visit.store) + u':' + visit.visitorId;
            m_sessions.insert(key, Session{*session, atMs}); // later beacons of this batch find it
            touched.insert(key, Session{*session, atMs});
            stores.insert(visit.store);
        }
        if (stored)
            stored = transaction->commit();
    } else {
        stored = fail(transaction.error());
    }
    Metrics &metrics = Metrics::instance();
    if (!stored) {
        // Rolled back: the sessions this batch started do not exist.
        for (auto it = touched.cbegin(); it != touched.cend(); ++it)
            m_sessions.remove(it.key());
        qCWarning(lcStorefront).noquote() << "could not store" << batch.size() << "beacons:" << stored.error().detail;
        metrics.add(u"nomo_storefront_beacons_total"_s, u"Storefront beacons by what became of them"_s, {{u"outcome"_s, u"lost"_s}},
                    static_cast<double>(batch.size()));
        return fail(stored.error());
    }
    if (m_sessions.size() > kMaxSessionsKept)
        m_sessions.clear();
    metrics.add(u"nomo_storefront_beacons_total"_s, u"Storefront beacons by what became of them"_s, {{u"outcome"_s, u"stored"_s}},
                static_cast<double>(batch.size()));
    metrics.observe(u"nomo_storefront_commit_batch_size"_s, u"Beacons stored by one group commit"_s, {}, static_cast<double>(batch.size()),
                    {1, 10, 100, 1000, 10000});
    return stores;
}

} // namespace nomo
