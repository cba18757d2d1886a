#include "support/Fixtures.h"

#include <QFile>

#include <gtest/gtest.h>

namespace nomo::test {

QByteArray sallaFixture(const QString &fileName)
{
    QFile file(QStringLiteral(NOMO_SALLA_FIXTURES_DIR "/") + fileName);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << "missing fixture " << fileName.toStdString();
    return file.readAll();
}

const QList<std::pair<QString, QByteArray>> &documentedSignatures()
{
    static const QList<std::pair<QString, QByteArray>> table = {
        {QStringLiteral("abandoned_cart_webhook.json"), "98cd67e8f731dac75e18084352d0e9c1b58f934f8c3bd50dcd3fd6fe03ac4103"},
        {QStringLiteral("app_installed_webhook.json"), "fd97fd5c37a73912d361f7067bdac64b3c37e121ef02d4e1e6569dfc0afa62a9"},
        {QStringLiteral("app_settings_updated_webhook.json"), "71f0ff2daf4cbcc44623b0a75d5285d32e27b936411e07d6f278be185705b265"},
        {QStringLiteral("app_store_authorize_webhook.json"), "e4624157bd02addc1d691c83bda790e907dd16c239f6920919517c560ac3b0ef"},
        {QStringLiteral("app_uninstalled_webhook.json"), "feb424618bcf4b252dd28c09daac87361b3243ad5ed4cfcf47133ab895d8c3a2"},
        {QStringLiteral("coupon_applied_webhook.json"), "46a21a0e05dd3b489fe34c85c438d5f55e0c643bf202d4a7bbe84d3cb6334d7b"},
        {QStringLiteral("customer_created_webhook.json"), "23c2ab5b4b979a48f98239c06d648d70846c1b4fbd196c4468f27c42e607cf7b"},
        {QStringLiteral("order_created_webhook.json"), "46221b4e54c3c9d3790ec18d35c9bcb2e6e0cd0f1aa9b5c82d2632ee0d13cebe"},
        {QStringLiteral("order_status_updated_webhook.json"), "e70c74683e63a541704c029b49ccce2bb9f58255d5e79494785e9ef91c4b1704"},
    };
    return table;
}

} // namespace nomo::test
