#include "salla/MerchantProfileSync.h"

#include "db/Database.h"
#include "domain/Merchant.h"
#include "logging/Logging.h"
#include "repositories/MerchantRepository.h"
#include "salla/SallaAccountsClient.h"
#include "salla/SallaTokenManager.h"

using namespace Qt::StringLiterals;

namespace nomo {

MerchantProfileSync::MerchantProfileSync(QString connectionName, SallaTokenManager &tokens, SallaAccountsClient &accounts,
                                         const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connectionName))
    , m_tokens(tokens)
    , m_accounts(accounts)
    , m_clock(clock)
{
}

void MerchantProfileSync::refresh(qint64 merchantId, std::function<void(Status)> done)
{
    m_tokens.accessToken(merchantId, [this, merchantId, done](Result<QString> token) {
        if (!token)
            return done(fail(token.error()));
        m_accounts.userInfo(*token, [this, merchantId, done](Result<Merchant> profile) {
            if (!profile)
                return done(fail(profile.error()));
            if (profile->id != merchantId)
                return done(fail(ErrorCode::Conflict, u"salla.profile_mismatch"_s,
                                 u"user-info answered for store %1 instead of %2"_s.arg(profile->id).arg(merchantId)));
            Merchant update = *profile;
            update.status = Merchant::Status::Pending; // keeps the stored status
            if (auto saved = MerchantRepository(QSqlDatabase::database(m_connection, false), m_clock).upsert(update); !saved)
                return done(fail(saved.error()));
            qCInfo(lcSalla) << "profile of store" << merchantId << "read from user-info";
            done({});
        });
    });
}

Result<QList<qint64>> MerchantProfileSync::incomplete(const QSqlDatabase &db)
{
    auto query = db::exec(db,
                          u"SELECT m.id FROM merchants m JOIN salla_tokens t ON t.merchant_id = m.id "
                          "WHERE m.status = 'active' AND m.email = ''"_s);
    if (!query)
        return fail(query.error());
    QList<qint64> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    return ids;
}

} // namespace nomo
