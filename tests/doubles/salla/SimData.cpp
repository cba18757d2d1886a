#include "SimData.h"

#include "core/Time.h"

#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

using namespace Qt::StringLiterals;

namespace nomo::sim {

namespace {

struct Product
{
    qint64 id;
    const char *name;
    const char *sku;
    qint64 priceHalalas;
    double weightKg;
    const char *image;
};

// The fixtures' two products first, then more of the same perfume shop.
const Product kProducts[] = {
    {1562093847, "عطر عود ملكي 100 مل", "OUD-ROYAL-100", 26000, 0.35, "oud-royal-100.jpg"},
    {983746102, "بخور معطر فاخر", "BAKH-LUX-50", 4000, 0.05, "bakhoor-lux.jpg"},
    {1720394856, "دهن عود كمبودي 12 مل", "DOHN-CAMB-12", 45000, 0.1, "dohn-cambodi.jpg"},
    {1318842075, "عطر مسك الطهارة 50 مل", "MUSK-TAHARA-50", 8500, 0.2, "musk-tahara.jpg"},
    {1044917263, "معطر مفارش ورد طائفي", "ROSE-TAIF-250", 6000, 0.3, "rose-taif.jpg"},
    {1893310472, "طقم هدايا العود الفاخر", "GIFT-OUD-SET", 62000, 1.2, "gift-oud-set.jpg"},
    {1502277390, "عطر زهرة الياسمين 75 مل", "JASMINE-75", 19500, 0.3, "jasmine-75.jpg"},
    {1266094418, "مبخرة كهربائية ذهبية", "MABKHARA-GOLD", 15000, 0.8, "mabkhara-gold.jpg"},
};
const char *const kMaleNames[] = {"عبدالله", "محمد", "فهد", "خالد", "سلطان", "فيصل", "عمر", "ناصر", "تركي", "سعود"};
const char *const kFemaleNames[] = {"سارة", "نورة", "ريم", "هيفاء", "لمى", "منيرة", "العنود", "جود", "دانة", "شهد"};
const char *const kFamilyNames[] = {"القحطاني", "الغامدي", "العتيبي", "الدوسري", "الشهري", "الزهراني", "الحربي", "المطيري", "السبيعي", "العنزي"};
const char *const kCities[] = {"الرياض", "جدة", "مكة المكرمة", "المدينة المنورة", "الدمام", "الخبر", "أبها", "تبوك", "الطائف", "بريدة"};
const char *const kPayments[] = {"mada", "credit_card", "apple_pay", "stc_pay", "tabby_installment", "cod", "bank"};

struct Status
{
    const char *slug;
    const char *name;
    qint64 id;
};
// The order of an order's life in the living store; canceled is a side exit.
const Status kStatuses[] = {
    {"under_review", "بإنتظار المراجعة", 1104582736},
    {"in_progress", "قيد التنفيذ", 1473920561},
    {"delivering", "جاري التوصيل", 1890234417},
    {"delivered", "تم التوصيل", 1220945833},
    {"completed", "تم التنفيذ", 2037461159},
};
const Status kCanceled = {"canceled", "ملغي", 1655200318};

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString randomToken(QRandomGenerator &random, int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString out;
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[random.bounded(62)]));
    return out;
}

qint64 percentOf(qint64 halalas, qint64 basisPoints)
{
    return (halalas * basisPoints + 5000) / 10000; // half up, to the halala
}

} // namespace

SimData::SimData(quint64 seed, const SimClock &clock)
    : m_clock(clock)
    , m_random(static_cast<quint32>(seed ^ (seed >> 32)))
{
}

QByteArray SimData::fixtureBytes(const QString &fileName)
{
    QFile file(u":/salla/"_s + fileName);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("salla simulator: fixture %s is not embedded", qPrintable(fileName));
    return file.readAll();
}

QJsonObject SimData::fixture(const QString &fileName)
{
    return QJsonDocument::fromJson(fixtureBytes(fileName)).object();
}

qint64 SimData::nextId()
{
    // Like Salla's: integers that grow with time, with random gaps. Growing ids keep
    // each store's QMaps in creation order, which listings and pagination rely on.
    if (m_lastId == 0)
        m_lastId = 1000000000 + m_random.bounded(100000000);
    m_lastId += 1 + m_random.bounded(5000);
    return m_lastId;
}

SimStore &SimData::addStore()
{
    auto store = std::make_shared<SimStore>();
    const QJsonObject user = fixture(u"user_info.json"_s)[u"data"_s].toObject();
    if (m_stores.isEmpty()) {
        const QJsonObject merchant = user[u"merchant"_s].toObject();
        store->id = merchant[u"id"_s].toInteger();
        store->username = merchant[u"username"_s].toString();
        store->name = merchant[u"name"_s].toString();
        store->ownerId = user[u"id"_s].toInteger();
        store->ownerName = user[u"name"_s].toString();
        store->ownerEmail = user[u"email"_s].toString();
        store->ownerMobile = user[u"mobile"_s].toString();
    } else {
        const int n = static_cast<int>(m_stores.size()) + 1;
        store->id = nextId();
        store->username = u"store-%1"_s.arg(n);
        store->name = u"متجر %1 %2"_s.arg(text(kFemaleNames[m_random.bounded(10)])).arg(n);
        store->ownerId = nextId();
        store->ownerName = text(kFemaleNames[m_random.bounded(10)]) + u' ' + text(kFamilyNames[m_random.bounded(10)]);
        store->ownerEmail = u"owner%1@example.com"_s.arg(n);
        store->ownerMobile = u"+9665%1"_s.arg(m_random.bounded(10000000, 99999999));
    }
    m_stores.append(store);
    return *store;
}

SimStore *SimData::store(qint64 id)
{
    for (const auto &store : std::as_const(m_stores)) {
        if (store->id == id)
            return store.get();
    }
    return nullptr;
}

QList<qint64> SimData::storeIds() const
{
    QList<qint64> ids;
    for (const auto &store : m_stores)
        ids.append(store->id);
    return ids;
}

QJsonObject SimData::phpDate(const QDateTime &when) const
{
    return {{u"date"_s, QString(when.toTimeZone(time::riyadh()).toString(u"yyyy-MM-dd HH:mm:ss"_s) + u".000000"_s)},
            {u"timezone_type"_s, 3},
            {u"timezone"_s, u"Asia/Riyadh"_s}};
}

QString SimData::plainDate(const QDateTime &when) const
{
    return when.toTimeZone(time::riyadh()).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString SimData::javaScriptDate(const QDateTime &when) const
{
    return QLocale::c().toString(when.toTimeZone(time::riyadh()), u"ddd MMM dd yyyy HH:mm:ss"_s) + u" GMT+0300"_s;
}

QJsonObject SimData::money(qint64 halalas)
{
    return {{u"amount"_s, static_cast<double>(halalas) / 100.0}, {u"currency"_s, u"SAR"_s}};
}

QJsonObject SimData::envelope(const QString &event, qint64 storeId, const QJsonObject &data) const
{
    const QDateTime now = m_clock.now();
    return {{u"event"_s, event},
            {u"merchant"_s, storeId},
            {u"created_at"_s, event.startsWith(u"app."_s) ? plainDate(now) : javaScriptDate(now)},
            {u"data"_s, data}};
}

QJsonObject SimData::newCustomer(SimStore &store)
{
    QJsonObject customer = fixture(u"customer_created_webhook.json"_s)[u"data"_s].toObject();
    const bool female = m_random.bounded(2) == 1;
    const qint64 id = nextId();
    const QString city = text(kCities[m_random.bounded(10)]);
    customer[u"id"_s] = id;
    customer[u"first_name"_s] = text(female ? kFemaleNames[m_random.bounded(10)] : kMaleNames[m_random.bounded(10)]);
    customer[u"last_name"_s] = text(kFamilyNames[m_random.bounded(10)]);
    customer[u"mobile"_s] = static_cast<qint64>(500000000 + m_random.bounded(99999999));
    customer[u"email"_s] = u"shopper%1@example.com"_s.arg(id);
    customer[u"gender"_s] = female ? u"female"_s : u"male"_s;
    customer[u"avatar"_s] = female ? u"https://cdn.assets.salla.network/prod/admin/cp/assets/images/avatar_female.png"_s
                                   : u"https://cdn.assets.salla.network/prod/admin/cp/assets/images/avatar_male.png"_s;
    customer[u"city"_s] = city;
    customer[u"birthday"_s] = phpDate(QDateTime(QDate(1970 + m_random.bounded(35), 1 + m_random.bounded(12), 1 + m_random.bounded(28)),
                                                QTime(0, 0), time::riyadh()));
    customer[u"updated_at"_s] = phpDate(m_clock.now());
    QJsonObject urls = customer[u"urls"_s].toObject();
    urls[u"customer"_s] = u"https://salla.sa/%1/profile"_s.arg(store.username);
    urls[u"admin"_s] = QString(u"https://s.salla.sa/customers/"_s + randomToken(m_random, 32));
    customer[u"urls"_s] = urls;
    store.customers.insert(id, customer);
    return customer;
}

QJsonObject SimData::customerBrief(const QJsonObject &customer, bool withEmail) const
{
    QJsonObject brief{{u"id"_s, customer[u"id"_s]},
                      {u"name"_s, QString(customer[u"first_name"_s].toString() + u' ' + customer[u"last_name"_s].toString())},
                      {u"mobile"_s, QString(customer[u"mobile_code"_s].toString() + QString::number(customer[u"mobile"_s].toInteger()))},
                      {u"avatar"_s, customer[u"avatar"_s]},
                      {u"country"_s, customer[u"country"_s]},
                      {u"city"_s, customer[u"city"_s]}};
    if (withEmail)
        brief.insert(u"email"_s, customer[u"email"_s]);
    return brief;
}

QList<std::pair<int, int>> SimData::pickLines()
{
    QList<std::pair<int, int>> lines;
    const int count = 1 + m_random.bounded(3);
    QSet<int> used;
    while (lines.size() < count) {
        const int product = m_random.bounded(static_cast<int>(std::size(kProducts)));
        if (used.contains(product))
            continue;
        used.insert(product);
        lines.append({product, 1 + m_random.bounded(3)});
    }
    return lines;
}

QJsonArray SimData::cartItems(QList<std::pair<int, int>> lines)
{
    QJsonArray items;
    for (const auto &[product, quantity] : lines)
        items.append(QJsonObject{{u"id"_s, nextId()}, {u"product_id"_s, kProducts[product].id}, {u"quantity"_s, quantity}});
    return items;
}

QJsonObject SimData::newAbandonedCart(SimStore &store, const QJsonObject &customer)
{
    QJsonObject cart = fixture(u"abandoned_cart_webhook.json"_s)[u"data"_s].toObject();
    const auto lines = pickLines();
    qint64 subtotal = 0;
    for (const auto &[product, quantity] : lines)
        subtotal += kProducts[product].priceHalalas * quantity;
    const qint64 id = nextId();
    const QDateTime created = m_clock.now().addSecs(-60LL * (60 + m_random.bounded(120)));
    cart[u"id"_s] = id;
    cart[u"subtotal"_s] = money(subtotal);
    cart[u"total_discount"_s] = money(0);
    cart[u"total"_s] = money(subtotal + percentOf(subtotal, 1500));
    cart[u"checkout_url"_s] = u"https://salla.sa/%1/checkout/%2"_s.arg(store.username).arg(id);
    cart[u"age_in_minutes"_s] = static_cast<qint64>(created.secsTo(m_clock.now()) / 60);
    cart[u"created_at"_s] = phpDate(created);
    cart[u"updated_at"_s] = phpDate(created.addSecs(150));
    cart[u"customer"_s] = customerBrief(customer, true);
    cart[u"items"_s] = cartItems(lines);
    // The fixture's cart carries a coupon; a fresh cart usually has none. Keep the
    // object's shape: Salla sends the key either way.
    if (m_random.bounded(4) != 0)
        cart[u"coupon"_s] = QJsonValue::Null;
    store.carts.insert(id, cart);
    return cart;
}

std::optional<QJsonObject> SimData::applyCoupon(SimStore &store, const QJsonObject &customer)
{
    if (store.coupons.isEmpty())
        return std::nullopt;
    const QList<qint64> ids = store.coupons.keys();
    const QJsonObject coupon = store.coupons.value(ids[m_random.bounded(static_cast<int>(ids.size()))]);
    QJsonObject data = fixture(u"coupon_applied_webhook.json"_s)[u"data"_s].toObject();
    QJsonObject cart = data[u"cart"_s].toObject();
    const auto lines = pickLines();
    qint64 subtotal = 0;
    for (const auto &[product, quantity] : lines)
        subtotal += kProducts[product].priceHalalas * quantity;
    const bool percentage = coupon[u"type"_s].toString() == u"percentage";
    const qint64 amount = static_cast<qint64>(coupon[u"amount"_s][u"amount"_s].toDouble() * 100 + 0.5);
    const qint64 discount = percentage ? percentOf(subtotal, amount) : std::min(amount, subtotal);
    const qint64 id = nextId();
    cart[u"id"_s] = id;
    cart[u"subtotal"_s] = money(subtotal);
    cart[u"total_discount"_s] = money(discount);
    cart[u"total"_s] = money(subtotal - discount + percentOf(subtotal - discount, 1500));
    cart[u"checkout_url"_s] = u"https://salla.sa/%1/checkout/%2"_s.arg(store.username).arg(id);
    cart[u"age_in_minutes"_s] = 1 + m_random.bounded(30);
    cart[u"created_at"_s] = phpDate(m_clock.now().addSecs(-600));
    cart[u"updated_at"_s] = phpDate(m_clock.now());
    cart[u"customer"_s] = customerBrief(customer, false);
    cart[u"coupon"_s] = QJsonObject{{u"id"_s, coupon[u"id"_s]},
                                    {u"code"_s, coupon[u"code"_s]},
                                    {u"status"_s, coupon[u"status"_s]},
                                    {u"type"_s, coupon[u"type"_s]},
                                    {u"amount"_s, coupon[u"amount"_s]},
                                    {u"minimum_amount"_s, coupon[u"minimum_amount"_s].isNull() ? money(0) : coupon[u"minimum_amount"_s]},
                                    {u"expiry_date"_s, coupon[u"expiry_date"_s]},
                                    {u"created_at"_s, coupon[u"created_at"_s]}};
    cart[u"items"_s] = cartItems(lines);
    data[u"cart"_s] = cart;
    return data;
}

QJsonObject SimData::newOrder(SimStore &store, const QJsonObject &customer, const QString &couponCode)
{
    const QJsonObject templateOrder = fixture(u"order_created_webhook.json"_s)[u"data"_s].toObject();
    QJsonObject order = templateOrder;
    const QJsonObject templateItem = templateOrder[u"items"_s].toArray().first().toObject();

    // Read-only on purpose: a non-const QJsonObject's operator[] inserts missing keys.
    const QJsonObject coupon = [&] {
        for (const QJsonObject &candidate : std::as_const(store.coupons)) {
            if (!couponCode.isEmpty() && candidate[u"code"_s].toString() == couponCode)
                return candidate;
        }
        return QJsonObject();
    }();
    const bool percentage = coupon[u"type"_s].toString() == u"percentage";
    const qint64 couponAmount = static_cast<qint64>(coupon[u"amount"_s][u"amount"_s].toDouble() * 100 + 0.5);
    const qint64 couponCap = static_cast<qint64>(coupon[u"maximum_amount"_s][u"amount"_s].toDouble() * 100 + 0.5);

    QJsonArray items;
    qint64 subtotal = 0;
    double weight = 0;
    const auto lines = pickLines();
    for (const auto &[index, quantity] : lines) {
        const Product &p = kProducts[index];
        QJsonObject item = templateItem;
        const qint64 lineTotal = p.priceHalalas * quantity;
        const qint64 lineDiscount = coupon.isEmpty() ? 0 : percentage ? percentOf(lineTotal, couponAmount) : 0;
        item[u"id"_s] = nextId();
        item[u"name"_s] = text(p.name);
        item[u"sku"_s] = QString::fromLatin1(p.sku);
        item[u"quantity"_s] = quantity;
        item[u"weight"_s] = p.weightKg;
        item[u"weight_label"_s] = QString(QLocale(QLocale::Arabic, QLocale::SaudiArabia).toString(p.weightKg, 'f', 2) + u" كجم"_s);
        QJsonObject amounts = item[u"amounts"_s].toObject();
        amounts[u"price_without_tax"_s] = money(p.priceHalalas);
        amounts[u"total_discount"_s] = money(lineDiscount);
        amounts[u"tax"_s] = QJsonObject{{u"percent"_s, u"15.00"_s}, {u"amount"_s, money(percentOf(lineTotal - lineDiscount, 1500))}};
        amounts[u"total"_s] = money(lineTotal);
        item[u"amounts"_s] = amounts;
        QJsonObject product = item[u"product"_s].toObject();
        product[u"id"_s] = p.id;
        product[u"sku"_s] = QString::fromLatin1(p.sku);
        product[u"name"_s] = text(p.name);
        product[u"price"_s] = money(p.priceHalalas);
        product[u"regular_price"_s] = money(p.priceHalalas);
        product[u"url"_s] = u"https://salla.sa/%1/p%2"_s.arg(store.username).arg(p.id);
        product[u"thumbnail"_s] = QString(u"https://cdn.salla.sa/aXbQ/"_s + QString::fromLatin1(p.image));
        item[u"product"_s] = product;
        items.append(item);
        subtotal += lineTotal;
        weight += p.weightKg * quantity;
    }

    qint64 discount = 0;
    if (!coupon.isEmpty()) {
        discount = percentage ? percentOf(subtotal, couponAmount) : std::min(couponAmount, subtotal);
        if (percentage && couponCap > 0)
            discount = std::min(discount, couponCap);
    }
    const qint64 shipping = coupon[u"free_shipping"_s].toBool() ? 0 : 2500;
    const qint64 tax = percentOf(subtotal - discount + shipping, 1500);
    const qint64 total = subtotal - discount + shipping + tax;

    const qint64 id = nextId();
    const qint64 reference = 200000000 + m_random.bounded(99999999);
    const QString token = randomToken(m_random, 32);
    order[u"id"_s] = id;
    order[u"reference_id"_s] = reference;
    order[u"urls"_s] = QJsonObject{{u"customer"_s, u"https://salla.sa/%1/order/%2"_s.arg(store.username, token)},
                                   {u"admin"_s, QString(u"https://s.salla.sa/orders/order/"_s + token)},
                                   {u"rating"_s, u"https://salla.sa/%1/rating/%2"_s.arg(store.username, token)},
                                   {u"checkout"_s, u"https://salla.sa/%1/checkout/%2"_s.arg(store.username).arg(nextId())}};
    order[u"date"_s] = phpDate(m_clock.now());
    const Status &first = kStatuses[0];
    order[u"status"_s] = QJsonObject{{u"id"_s, first.id},
                                     {u"name"_s, text(first.name)},
                                     {u"slug"_s, QString::fromLatin1(first.slug)},
                                     {u"customized"_s, QJsonObject{{u"id"_s, first.id + 1}, {u"name"_s, text(first.name)}}}};
    order[u"payment_method"_s] = QString::fromLatin1(kPayments[m_random.bounded(static_cast<int>(std::size(kPayments)))]);
    QJsonObject amounts = order[u"amounts"_s].toObject();
    amounts[u"sub_total"_s] = money(subtotal);
    amounts[u"shipping_cost"_s] = money(shipping);
    amounts[u"tax"_s] = QJsonObject{{u"percent"_s, u"15.00"_s}, {u"amount"_s, money(tax)}};
    QJsonArray discounts;
    if (!coupon.isEmpty()) {
        discounts.append(QJsonObject{{u"title"_s, QString(u"كوبون خصم "_s + couponCode)},
                                     {u"type"_s, u"coupon"_s},
                                     {u"code"_s, couponCode},
                                     {u"discount"_s, QString::number(static_cast<double>(discount) / 100.0, 'f', 2)},
                                     {u"discounted_shipping"_s, 0}});
    }
    amounts[u"discounts"_s] = discounts;
    amounts[u"total"_s] = money(total);
    order[u"amounts"_s] = amounts;
    QJsonObject shippingObject = order[u"shipping"_s].toObject();
    shippingObject[u"id"_s] = nextId();
    shippingObject[u"receiver"_s] = QJsonObject{{u"name"_s, QString(customer[u"first_name"_s].toString() + u' ' + customer[u"last_name"_s].toString())},
                                                {u"email"_s, customer[u"email"_s]},
                                                {u"phone"_s, QString(u"966"_s + QString::number(customer[u"mobile"_s].toInteger()))}};
    QJsonObject address = shippingObject[u"address"_s].toObject();
    address[u"city"_s] = customer[u"city"_s];
    shippingObject[u"address"_s] = address;
    order[u"shipping"_s] = shippingObject;
    order[u"total_weight"_s] = QString(QLocale(QLocale::Arabic, QLocale::SaudiArabia).toString(weight, 'f', 2) + u" كجم"_s);
    QJsonObject buyer = templateOrder[u"customer"_s].toObject();
    for (auto it = buyer.begin(); it != buyer.end(); ++it) {
        if (customer.contains(it.key()))
            it.value() = customer.value(it.key());
    }
    order[u"customer"_s] = buyer;
    order[u"items"_s] = items;
    store.orders.insert(id, order);

    if (!coupon.isEmpty()) {
        QJsonObject stored = coupon;
        QJsonObject statistics = stored[u"statistics"_s].toObject();
        statistics[u"num_of_usage"_s] = statistics[u"num_of_usage"_s].toInteger() + 1;
        statistics[u"num_of_customers"_s] = statistics[u"num_of_customers"_s].toInteger() + 1;
        const qint64 sales = static_cast<qint64>(statistics[u"coupon_sales"_s][u"amount"_s].toDouble() * 100 + 0.5) + total;
        statistics[u"coupon_sales"_s] = money(sales);
        stored[u"statistics"_s] = statistics;
        store.coupons.insert(stored[u"id"_s].toInteger(), stored);
    }
    return order;
}

std::optional<QJsonObject> SimData::endOrder(SimStore &store, qint64 orderId, bool refunded)
{
    if (!store.orders.contains(orderId))
        return std::nullopt;
    static const Status kRestored = {"restored", "مسترجع", 1655200319};
    const Status &end = refunded ? kRestored : kCanceled;
    QJsonObject order = store.orders.value(orderId);
    order[u"status"_s] = QJsonObject{{u"id"_s, end.id},
                                     {u"name"_s, text(end.name)},
                                     {u"slug"_s, QString::fromLatin1(end.slug)},
                                     {u"customized"_s, QJsonObject{{u"id"_s, end.id + 1}, {u"name"_s, text(end.name)}}}};
    order[u"can_cancel"_s] = false;
    store.orders.insert(orderId, order);
    return order;
}

std::optional<QJsonObject> SimData::advanceOrder(SimStore &store, qint64 orderId)
{
    if (!store.orders.contains(orderId))
        return std::nullopt;
    QJsonObject order = store.orders.value(orderId);
    const QString slug = order.value(u"status"_s)[u"slug"_s].toString();
    const Status *next = nullptr;
    if (slug == u"under_review" && m_random.bounded(20) == 0) {
        next = &kCanceled;
    } else {
        for (qsizetype i = 0; i + 1 < static_cast<qsizetype>(std::size(kStatuses)); ++i) {
            if (slug == QLatin1StringView(kStatuses[i].slug))
                next = &kStatuses[i + 1];
        }
    }
    if (!next)
        return std::nullopt;
    order[u"status"_s] = QJsonObject{{u"id"_s, next->id},
                                     {u"name"_s, text(next->name)},
                                     {u"slug"_s, QString::fromLatin1(next->slug)},
                                     {u"customized"_s, QJsonObject{{u"id"_s, next->id + 1}, {u"name"_s, text(next->name)}}}};
    order[u"can_cancel"_s] = false;
    store.orders.insert(orderId, order);

    // order.status.updated carries a lighter order: the fixture's keys, our values.
    QJsonObject data = fixture(u"order_status_updated_webhook.json"_s)[u"data"_s].toObject();
    QJsonObject light = data[u"order"_s].toObject();
    for (auto it = light.begin(); it != light.end(); ++it) {
        if (order.contains(it.key()))
            it.value() = order.value(it.key());
    }
    // Its customer is the short form (one name, full mobile) and its items name their
    // product by id instead of nesting it.
    const QJsonObject buyer = order[u"customer"_s].toObject();
    light[u"customer"_s] = customerBrief(store.customers.value(buyer[u"id"_s].toInteger(), buyer), true);
    QJsonArray lightItems;
    const QJsonObject itemShape =
        fixture(u"order_status_updated_webhook.json"_s)[u"data"_s][u"order"_s][u"items"_s][0].toObject();
    for (const QJsonValue &value : order[u"items"_s].toArray()) {
        const QJsonObject item = value.toObject();
        QJsonObject lightItem;
        for (auto it = itemShape.begin(); it != itemShape.end(); ++it)
            lightItem.insert(it.key(), item.contains(it.key()) ? item.value(it.key()) : it.value());
        lightItem[u"product_id"_s] = item[u"product"_s][u"id"_s];
        lightItems.append(lightItem);
    }
    light[u"items"_s] = lightItems;
    light[u"status"_s] = QJsonObject{{u"id"_s, next->id}, {u"name"_s, text(next->name)}, {u"slug"_s, QString::fromLatin1(next->slug)}};
    light[u"total"_s] = order[u"amounts"_s][u"total"_s];
    light[u"first_complete_at"_s] = QString::fromLatin1(next->slug) == u"completed" ? QJsonValue(phpDate(m_clock.now()))
                                                                                     : QJsonValue(QJsonValue::Null);
    data[u"id"_s] = nextId();
    data[u"status"_s] = text(next->name);
    data[u"note"_s] = QString();
    data[u"created_at"_s] = phpDate(m_clock.now());
    data[u"order"_s] = light;
    return data;
}

QJsonObject SimData::appInstalled() const
{
    QJsonObject data = fixture(u"app_installed_webhook.json"_s)[u"data"_s].toObject();
    data[u"installation_date"_s] = plainDate(m_clock.now());
    return data;
}

QJsonObject SimData::appUninstalled() const
{
    QJsonObject data = fixture(u"app_uninstalled_webhook.json"_s)[u"data"_s].toObject();
    data[u"uninstallation_date"_s] = plainDate(m_clock.now());
    return data;
}

QJsonObject SimData::appSettingsUpdated() const
{
    return fixture(u"app_settings_updated_webhook.json"_s)[u"data"_s].toObject();
}

QJsonObject SimData::userInfo(const SimStore &store, const QString &scope, qint64 expiresAt) const
{
    QJsonObject data = fixture(u"user_info.json"_s)[u"data"_s].toObject();
    data[u"id"_s] = store.ownerId;
    data[u"name"_s] = store.ownerName;
    data[u"email"_s] = store.ownerEmail;
    data[u"mobile"_s] = store.ownerMobile;
    QJsonObject merchant = data[u"merchant"_s].toObject();
    merchant[u"id"_s] = store.id;
    merchant[u"username"_s] = store.username;
    merchant[u"name"_s] = store.name;
    merchant[u"plan"_s] = store.plan;
    merchant[u"domain"_s] = QString(u"https://salla.sa/"_s + store.username);
    merchant[u"avatar"_s] = logoUrl(store);
    data[u"merchant"_s] = merchant;
    data[u"context"_s] = QJsonObject{{u"app"_s, kAppId}, {u"scope"_s, scope}, {u"exp"_s, expiresAt}};
    return data;
}

QString SimData::logoUrl(const SimStore &store) const
{
    return m_assetsBaseUrl.isEmpty() ? u"https://cdn.salla.sa/aXbQ/store-logo.png"_s
                                     : u"%1/_sim/logo/%2.svg"_s.arg(m_assetsBaseUrl).arg(store.id);
}

QJsonObject SimData::storeInfo(const SimStore &store) const
{
    return {{u"id"_s, store.id},
            {u"username"_s, store.username},
            {u"name"_s, store.name},
            {u"entity"_s, u"company"_s},
            {u"email"_s, store.ownerEmail},
            {u"avatar"_s, logoUrl(store)},
            {u"plan"_s, store.plan},
            {u"type"_s, u"live"_s},
            {u"status"_s, u"active"_s},
            {u"verified"_s, true},
            {u"currency"_s, u"SAR"_s},
            {u"domain"_s, QString(u"https://salla.sa/"_s + store.username)},
            {u"description"_s, u"عطور وبخور فاخرة"_s},
            {u"licenses"_s, QJsonObject{{u"tax_number"_s, u"310987654300003"_s},
                                        {u"commercial_number"_s, u"1010765432"_s},
                                        {u"freelance_number"_s, QJsonValue::Null}}},
            {u"social"_s, QJsonObject{{u"instagram"_s, QString(u"https://instagram.com/"_s + store.username)}}}};
}

QJsonObject SimData::orderListItem(const QJsonObject &order) const
{
    QJsonArray items;
    for (const QJsonValue &item : order[u"items"_s].toArray()) {
        items.append(QJsonObject{{u"name"_s, item[u"name"_s]},
                                 {u"quantity"_s, item[u"quantity"_s]},
                                 {u"thumbnail"_s, item[u"product"_s][u"thumbnail"_s]}});
    }
    return {{u"id"_s, order[u"id"_s]},
            {u"reference_id"_s, order[u"reference_id"_s]},
            {u"total"_s, order[u"amounts"_s][u"total"_s]},
            {u"date"_s, order[u"date"_s]},
            {u"status"_s, order[u"status"_s]},
            {u"can_cancel"_s, order[u"can_cancel"_s]},
            {u"can_reorder"_s, order[u"can_reorder"_s]},
            {u"payment_method"_s, order[u"payment_method"_s]},
            {u"is_pending_payment"_s, order[u"is_pending_payment"_s]},
            {u"pending_payment_ends_at"_s, order[u"pending_payment_ends_at"_s]},
            {u"features"_s, QJsonObject{{u"digitalable"_s, false}, {u"shippable"_s, true}}},
            {u"items"_s, items}};
}

} // namespace nomo::sim
