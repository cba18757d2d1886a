#include "reports/Holdout.h"

#include <QCryptographicHash>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace nomo::holdout {

const QStringList &automationTools()
{
    static const QStringList tools{QString::fromUtf16(kAbandonedCart), QString::fromUtf16(kWelcome), QString::fromUtf16(kWinBack)};
    return tools;
}

const QStringList &storefrontTools()
{
    static const QStringList tools{QString::fromUtf16(kCollector), QString::fromUtf16(kToast), QString::fromUtf16(kCounter)};
    return tools;
}

const QStringList &allTools()
{
    static const QStringList tools = automationTools() + storefrontTools();
    return tools;
}

int storefrontBit(const QString &tool)
{
    const qsizetype at = storefrontTools().indexOf(tool);
    return at < 0 ? 0 : 1 << at;
}

bool heldBack(qint64 store, const QString &tool, const QByteArray &shopper, int percent)
{
    if (percent <= 0 || shopper.isEmpty())
        return false;
    if (percent >= 100)
        return true;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("nomo-holdout\n");
    hash.addData(QByteArray::number(store));
    hash.addData("\n");
    hash.addData(tool.toUtf8());
    hash.addData("\n");
    hash.addData(shopper);
    const QByteArray digest = hash.result();
    // The first eight bytes as a number, its place among 10,000 buckets: a percent
    // holds back exactly its share of the buckets.
    const quint64 value = qFromBigEndian<quint64>(digest.constData());
    return value % 10000 < quint64(percent) * 100;
}

QByteArray customerShopper(qint64 customerId)
{
    return "customer:" + QByteArray::number(customerId);
}

QByteArray emailShopper(const QString &normalizedEmail)
{
    return normalizedEmail.isEmpty() ? QByteArray() : "email:" + normalizedEmail.toUtf8();
}

QByteArray visitorShopper(const QString &clientKey, const QByteArray &userAgent)
{
    if (clientKey.isEmpty() || userAgent.isEmpty())
        return {};
    return "visitor:" + clientKey.toUtf8() + '\n' + userAgent;
}

} // namespace nomo::holdout
