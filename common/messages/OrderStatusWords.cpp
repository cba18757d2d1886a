#include "messages/OrderStatusWords.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace nomo {

QString orderStatusWords(const QString &slug, const QString &language)
{
    struct Words
    {
        QString ar, en;
    };
    static const QHash<QString, Words> table{
        {u"payment_pending"_s, {u"بانتظار الدفع"_s, u"Awaiting payment"_s}},
        {u"under_review"_s, {u"قيد المراجعة"_s, u"Under review"_s}},
        {u"in_progress"_s, {u"قيد التنفيذ"_s, u"Being prepared"_s}},
        {u"shipped"_s, {u"تم الشحن"_s, u"Shipped"_s}},
        {u"delivering"_s, {u"جاري التوصيل"_s, u"Out for delivery"_s}},
        {u"delivered"_s, {u"تم التوصيل"_s, u"Delivered"_s}},
        {u"completed"_s, {u"تم التنفيذ"_s, u"Completed"_s}},
        {u"canceled"_s, {u"ملغي"_s, u"Cancelled"_s}},
        {u"restoring"_s, {u"قيد الاسترجاع"_s, u"Being returned"_s}},
        {u"restored"_s, {u"تم الاسترجاع"_s, u"Returned"_s}},
    };
    const auto found = table.constFind(slug);
    if (found == table.cend())
        return slug;
    return language.startsWith(u"ar"_s) ? found->ar : found->en;
}

} // namespace nomo
