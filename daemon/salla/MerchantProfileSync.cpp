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

void MerchantProfileSync::refresh(qint64 merchantId)
{
    if (m_inFlight.contains(merchantId))
        return;
    m_inFlight.insert(merchantId);
    m_tokens.accessToken(merchantId, [this, merchantId](Result<QString> token) {
        if (!token) {
            m_inFlight.remove(merchantId);
            qCWarning(lcSalla).noquote() << "no token to read the profile of store" << merchantId << token.error().detail;
            return;
        }
        m_accounts.userInfo(*token, [this, merchantId](Result<Merchant> profile) {
            m_inFlight.remove(merchantId);
            if (!profile) {
                qCWarning(lcSalla).noquote() << "user-info of store" << merchantId << "failed:" << profile.error().detail;
                return;
            }
            if (profile->id != merchantId) {
                qCWarning(lcSalla) << "user-info answered for store" << profile->id << "instead of" << merchantId;
                return;
            }
            Merchant update = *profile;
            update.status = Merchant::Status::Pending; // keeps the stored status
            if (auto saved = MerchantRepository(QSqlDatabase::database(m_connection, false), m_clock).upsert(update); !saved)
                qCWarning(lcSalla).noquote() << "cannot save the profile of store" << merchantId << saved.error().detail;
            else
                qCInfo(lcSalla) << "profile of store" << merchantId << "read from user-info";
        });
    });
}

void MerchantProfileSync::refreshIncomplete()
{
    auto query = db::exec(QSqlDatabase::database(m_connection, false),
                          u"SELECT m.id FROM merchants m JOIN salla_tokens t ON t.merchant_id = m.id "
                          "WHERE m.status = 'active' AND m.email = ''"_s);
    if (!query) {
        qCWarning(lcSalla).noquote() << "cannot list stores without a profile:" << query.error().detail;
        return;
    }
    QList<qint64> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    for (const qint64 id : std::as_const(ids))
        refresh(id);
}

} // namespace nomo
