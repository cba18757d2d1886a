#include "support/TenantFixture.h"

#include "repositories/ChangeFeedRepository.h"
#include "repositories/MerchantRepository.h"

using namespace Qt::StringLiterals;

namespace nomo::test {

void TenantFixture::SetUp()
{
    NOMO_OPEN_TEST_DATABASE(GetParam());
    MerchantRepository merchants(db(), m_clock);
    for (const auto &[id, name] : {std::pair{kMerchantA, u"متجر نورة للعطور"_s}, std::pair{kMerchantB, u"متجر آخر"_s}}) {
        Merchant merchant;
        merchant.id = id;
        merchant.name = name;
        merchant.status = Merchant::Status::Active;
        NOMO_ASSERT_OK(merchants.upsert(merchant));
    }
}

QJsonObject TenantFixture::lastChangePayload(const TenantContext &tenant) const
{
    auto changes = ChangeFeedRepository(db(), tenant, m_clock).since(0, 1000);
    EXPECT_TRUE(changes && !changes->isEmpty());
    return changes && !changes->isEmpty() ? changes->constLast().payload : QJsonObject();
}

} // namespace nomo::test
