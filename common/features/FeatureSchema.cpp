#include "features/FeatureSchema.h"

#include "domain/FeatureKeys.h"

#include <QJsonDocument>

#include <QCoreApplication>
#include <QJsonValue>

#include <cmath>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {

using Type = SettingField::Type;

SettingField boolean(QString name, const char *label, bool defaultValue)
{
    return SettingField{std::move(name), Type::Boolean, label, defaultValue, 0, 0, 0, {}, ""};
}
SettingField integer(QString name, const char *label, qint64 defaultValue, qint64 minimum, qint64 maximum, const char *unit)
{
    return SettingField{std::move(name), Type::Integer, label, defaultValue, minimum, maximum, 0, {}, unit};
}
SettingField text(QString name, const char *label, QString defaultValue, int maxLength)
{
    return SettingField{std::move(name), Type::Text, label, defaultValue, 0, 0, maxLength, {}, ""};
}
SettingField choice(QString name, const char *label, QString defaultValue, QStringList choices)
{
    return SettingField{std::move(name), Type::Choice, label, defaultValue, 0, 0, 0, std::move(choices), ""};
}

const QStringList kCorners{u"bottom_start"_s, u"bottom_end"_s, u"top_start"_s, u"top_end"_s};

QList<FeatureSchema> buildSchemas()
{
    return {
        FeatureSchema{u"coupons"_s,
                      QT_TRANSLATE_NOOP("FeatureSchema", "Discount coupons"),
                      QT_TRANSLATE_NOOP("FeatureSchema", "Coupons created here are pushed to your Salla store."),
                      {choice(u"default_type"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Default discount type"), u"percentage"_s,
                              {u"percentage"_s, u"fixed"_s}),
                       integer(u"default_percent"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Default percentage"), 10, 1, 90, "%"),
                       integer(u"valid_days"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Valid for"), 30, 1, 365,
                               QT_TRANSLATE_NOOP("FeatureSchema", "days")),
                       integer(u"minimum_order_sar"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Minimum order"), 0, 0, 100000,
                               QT_TRANSLATE_NOOP("FeatureSchema", "SAR")),
                       boolean(u"free_shipping"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Free shipping"), false)}},
        FeatureSchema{u"notifications"_s,
                      QT_TRANSLATE_NOOP("FeatureSchema", "Shopper notifications"),
                      QT_TRANSLATE_NOOP("FeatureSchema", "Email, SMS, WhatsApp and push messages to your shoppers."),
                      {boolean(u"email"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Email"), true),
                       boolean(u"sms"_s, QT_TRANSLATE_NOOP("FeatureSchema", "SMS"), false),
                       boolean(u"whatsapp"_s, QT_TRANSLATE_NOOP("FeatureSchema", "WhatsApp"), false),
                       boolean(u"push"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Push"), false),
                       integer(u"abandoned_cart_delay_minutes"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Abandoned cart reminder after"), 60,
                               15, 10080, QT_TRANSLATE_NOOP("FeatureSchema", "minutes")),
                       integer(u"second_reminder_hours"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Second reminder after (0: none)"), 24,
                               0, 168, QT_TRANSLATE_NOOP("FeatureSchema", "hours")),
                       integer(u"reminder_coupon_percent"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Discount in the second reminder (0: none)"), 0,
                               0, 50, QT_TRANSLATE_NOOP("FeatureSchema", "%")),
                       integer(u"messages_per_day"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Marketing messages per shopper a day, at most"), 2,
                               1, 10, QT_TRANSLATE_NOOP("FeatureSchema", "messages")),
                       boolean(u"welcome_message"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Welcome new subscribers by email"), true),
                       integer(u"welcome_coupon_percent"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Discount in the welcome (0: none)"), 0,
                               0, 50, QT_TRANSLATE_NOOP("FeatureSchema", "%")),
                       integer(u"win_back_days"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Win back customers who have not bought for (0: off)"), 0,
                               0, 365, QT_TRANSLATE_NOOP("FeatureSchema", "days")),
                       boolean(u"order_updates"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Tell shoppers when their order moves on"), false),
                       text(u"order_update_statuses"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Order statuses that send an update (Salla's names, separated by commas)"),
                            u"delivering,delivered,completed,canceled"_s, 200),
                       choice(u"sms_provider"_s, QT_TRANSLATE_NOOP("FeatureSchema", "SMS provider"), u"unifonic"_s,
                              {u"unifonic"_s, u"msegat"_s, u"taqnyat"_s}),
                       text(u"sms_sender"_s, QT_TRANSLATE_NOOP("FeatureSchema", "SMS sender name (registered with the provider)"), QString(), 11),
                       text(u"sms_username"_s, QT_TRANSLATE_NOOP("FeatureSchema", "SMS account user name (Msegat)"), QString(), 64),
                       text(u"whatsapp_phone_number_id"_s, QT_TRANSLATE_NOOP("FeatureSchema", "WhatsApp phone number ID (from Meta)"), QString(), 32),
                       text(u"whatsapp_verify_token"_s, QT_TRANSLATE_NOOP("FeatureSchema", "WhatsApp webhook verify token (any word, the same in Meta's app)"), QString(), 128),
                       text(u"whatsapp_notice_template"_s, QT_TRANSLATE_NOOP("FeatureSchema", "WhatsApp template for Salla's notices (one value)"), QString(), 512),
                       integer(u"sms_price_halalas"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Price of one SMS part"), 8, 1, 100,
                               QT_TRANSLATE_NOOP("FeatureSchema", "halalas")),
                       integer(u"attribution_click_days"_s, QT_TRANSLATE_NOOP("FeatureSchema", "An order counts for a message clicked within"), 5,
                               1, 30, QT_TRANSLATE_NOOP("FeatureSchema", "days")),
                       integer(u"attribution_open_hours"_s, QT_TRANSLATE_NOOP("FeatureSchema", "An order counts for an email opened within"), 24,
                               1, 168, QT_TRANSLATE_NOOP("FeatureSchema", "hours")),
                       integer(u"holdout_percent"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Control group: shoppers it is kept from, to measure its real effect"), 5,
                               0, 50, QT_TRANSLATE_NOOP("FeatureSchema", "%")),
                       integer(u"quiet_hours_start"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Quiet hours start (Riyadh)"), 23, 0, 23,
                               QT_TRANSLATE_NOOP("FeatureSchema", "o'clock")),
                       integer(u"quiet_hours_end"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Quiet hours end (Riyadh)"), 9, 0, 23,
                               QT_TRANSLATE_NOOP("FeatureSchema", "o'clock"))},
                      // Sealed, never sent back (the providers' issue adds the rest).
                      {SecretField{u"sms_api_key"_s, QT_TRANSLATE_NOOP("FeatureSchema", "SMS provider API key"), 512},
                       SecretField{u"whatsapp_access_token"_s, QT_TRANSLATE_NOOP("FeatureSchema", "WhatsApp access token"), 1024},
                       SecretField{u"whatsapp_app_secret"_s, QT_TRANSLATE_NOOP("FeatureSchema", "WhatsApp app secret (signs its webhooks)"), 256}}},
        FeatureSchema{u"visitor_counter"_s,
                      QT_TRANSLATE_NOOP("FeatureSchema", "Live visitor counter"),
                      QT_TRANSLATE_NOOP("FeatureSchema", "Shows shoppers how many people are browsing right now."),
                      {choice(u"position"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Position"), u"bottom_start"_s, kCorners),
                       integer(u"minimum_visitors"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Show from"), 3, 1, 1000,
                               QT_TRANSLATE_NOOP("FeatureSchema", "visitors")),
                       choice(u"pages"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Show on"), u"product"_s, {u"product"_s, u"all"_s}),
                       integer(u"holdout_percent"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Control group: shoppers it is kept from, to measure its real effect"), 5,
                               0, 50, QT_TRANSLATE_NOOP("FeatureSchema", "%"))}},
        FeatureSchema{u"email_collector"_s,
                      QT_TRANSLATE_NOOP("FeatureSchema", "Email collector"),
                      QT_TRANSLATE_NOOP("FeatureSchema", "A polite pop-up that invites visitors to join your list."),
                      {text(u"headline_ar"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Headline (Arabic)"), u"انضم إلى قائمتنا"_s, 120),
                       text(u"headline_en"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Headline (English)"), u"Join our list"_s, 120),
                       integer(u"delay_seconds"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Show after"), 15, 0, 600,
                               QT_TRANSLATE_NOOP("FeatureSchema", "seconds")),
                       boolean(u"offer_coupon"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Offer a coupon for signing up"), true),
                       boolean(u"double_opt_in"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Ask new subscribers to confirm by email"), false),
                       integer(u"coupon_percent"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Sign-up discount (one use, in the welcome email)"), 10, 1,
                               50, "%"),
                       choice(u"layout"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Form"), u"popup"_s, {u"popup"_s, u"bar"_s, u"inline"_s}),
                       choice(u"trigger"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Show when"), u"delay"_s, {u"delay"_s, u"scroll"_s, u"exit"_s}),
                       integer(u"scroll_percent"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Scrolled down at least"), 50, 10, 100, "%"),
                       choice(u"pages"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Show on"), u"all"_s, {u"all"_s, u"product"_s, u"home"_s}),
                       integer(u"show_again_days"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Show again to the same visitor after"), 7, 1, 365,
                               QT_TRANSLATE_NOOP("FeatureSchema", "days")),
                       text(u"body_ar"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Text (Arabic)"), u"اشترك لتصلك العروض الجديدة أولًا."_s, 300),
                       text(u"body_en"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Text (English)"), u"Subscribe and hear about new offers first."_s, 300),
                       text(u"button_ar"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Button (Arabic)"), u"اشترك"_s, 40),
                       text(u"button_en"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Button (English)"), u"Subscribe"_s, 40),
                       text(u"thanks_ar"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Thank-you words (Arabic)"), u"شكرًا لاشتراكك! تفقّد بريدك."_s, 200),
                       text(u"thanks_en"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Thank-you words (English)"), u"Thanks for subscribing! Check your inbox."_s, 200),
                       integer(u"holdout_percent"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Control group: shoppers it is kept from, to measure its real effect"), 5,
                               0, 50, QT_TRANSLATE_NOOP("FeatureSchema", "%"))}},
        FeatureSchema{u"visitor_data"_s,
                      QT_TRANSLATE_NOOP("FeatureSchema", "Visitor data"),
                      QT_TRANSLATE_NOOP("FeatureSchema", "Where your visitors come from and what they look at."),
                      {integer(u"retention_days"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Keep visits for"), 90, 7, 365,
                               QT_TRANSLATE_NOOP("FeatureSchema", "days")),
                       boolean(u"track_page_views"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Record page views"), true)}},
        FeatureSchema{u"latest_purchase"_s,
                      QT_TRANSLATE_NOOP("FeatureSchema", "Latest purchase"),
                      QT_TRANSLATE_NOOP("FeatureSchema", "A short toast: someone in Riyadh just bought this."),
                      {choice(u"position"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Position"), u"bottom_start"_s, kCorners),
                       integer(u"display_seconds"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Show each for"), 6, 3, 30,
                               QT_TRANSLATE_NOOP("FeatureSchema", "seconds")),
                       integer(u"interval_seconds"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Pause between"), 30, 10, 600,
                               QT_TRANSLATE_NOOP("FeatureSchema", "seconds")),
                       integer(u"max_age_hours"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Only purchases from the last"), 48, 1, 168,
                               QT_TRANSLATE_NOOP("FeatureSchema", "hours")),
                       boolean(u"hide_names"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Hide shoppers' names"), true),
                       choice(u"pages"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Show on"), u"all"_s, {u"all"_s, u"product"_s, u"home"_s}),
                       integer(u"first_delay_seconds"_s, QT_TRANSLATE_NOOP("FeatureSchema", "First one after"), 8, 0, 600,
                               QT_TRANSLATE_NOOP("FeatureSchema", "seconds")),
                       integer(u"max_per_visit"_s, QT_TRANSLATE_NOOP("FeatureSchema", "At most per visit"), 3, 1, 20,
                               QT_TRANSLATE_NOOP("FeatureSchema", "times")),
                       integer(u"holdout_percent"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Control group: shoppers it is kept from, to measure its real effect"), 5,
                               0, 50, QT_TRANSLATE_NOOP("FeatureSchema", "%"))}},
    };
}

Error problem(const QString &field, const QString &key, const QString &what)
{
    Error error{ErrorCode::InvalidArgument, key, u"settings.%1: %2"_s.arg(field, what)};
    error.field = u"settings."_s + field;
    return error;
}

// One present value against its field.
Status checkField(const SettingField &f, const QJsonValue &value)
{
    switch (f.type) {
    case Type::Boolean:
        if (!value.isBool())
            return fail(problem(f.name, u"settings.type"_s, u"expected true or false"_s));
        break;
    case Type::Integer: {
        const double number = value.toDouble();
        if (!value.isDouble() || number != std::floor(number))
            return fail(problem(f.name, u"settings.type"_s, u"expected a whole number"_s));
        if (number < static_cast<double>(f.minimum) || number > static_cast<double>(f.maximum))
            return fail(problem(f.name, u"settings.range"_s, u"must be between %1 and %2"_s.arg(f.minimum).arg(f.maximum)));
        break;
    }
    case Type::Text:
        if (!value.isString())
            return fail(problem(f.name, u"settings.type"_s, u"expected text"_s));
        if (f.maxLength > 0 && value.toString().size() > f.maxLength)
            return fail(problem(f.name, u"settings.too_long"_s, u"at most %1 characters"_s.arg(f.maxLength)));
        break;
    case Type::Choice:
        if (!value.isString() || !f.choices.contains(value.toString()))
            return fail(problem(f.name, u"settings.choice"_s, u"must be one of: %1"_s.arg(f.choices.join(u", "_s))));
        break;
    }
    return {};
}

} // namespace

const QList<FeatureSchema> &featureSchemas()
{
    static const QList<FeatureSchema> schemas = buildSchemas();
    return schemas;
}

const FeatureSchema *featureSchema(const QString &key)
{
    for (const FeatureSchema &schema : featureSchemas()) {
        if (schema.key == key)
            return &schema;
    }
    return nullptr;
}

const char *choiceLabel(const QString &value)
{
    static const QList<std::pair<QString, const char *>> labels{
        {u"percentage"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Percentage")},
        {u"fixed"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Fixed amount")},
        {u"bottom_start"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Bottom, reading side")},
        {u"bottom_end"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Bottom, far side")},
        {u"top_start"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Top, reading side")},
        {u"top_end"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Top, far side")},
        {u"product"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Product pages")},
        {u"all"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Every page")},
        {u"home"_s, QT_TRANSLATE_NOOP("FeatureSchema", "The home page")},
        {u"popup"_s, QT_TRANSLATE_NOOP("FeatureSchema", "A pop-up window")},
        {u"bar"_s, QT_TRANSLATE_NOOP("FeatureSchema", "A bar at the top")},
        {u"inline"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Inside the page, above the footer")},
        {u"delay"_s, QT_TRANSLATE_NOOP("FeatureSchema", "After a delay")},
        {u"scroll"_s, QT_TRANSLATE_NOOP("FeatureSchema", "After scrolling down")},
        {u"exit"_s, QT_TRANSLATE_NOOP("FeatureSchema", "When the visitor is about to leave")},
        {u"unifonic"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Unifonic")},
        {u"msegat"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Msegat")},
        {u"taqnyat"_s, QT_TRANSLATE_NOOP("FeatureSchema", "Taqnyat")},
    };
    for (const auto &[name, label] : labels) {
        if (name == value)
            return label;
    }
    return "";
}

const SecretField *FeatureSchema::secret(const QString &name) const
{
    for (const SecretField &candidate : secrets) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

Result<QList<std::pair<QString, std::optional<QString>>>> FeatureSchema::validateSecrets(const QJsonObject &incoming) const
{
    QList<std::pair<QString, std::optional<QString>>> changes;
    for (auto it = incoming.constBegin(); it != incoming.constEnd(); ++it) {
        const SecretField *known = secret(it.key());
        auto refuse = [&](const QString &key, const QString &what) {
            Error error{ErrorCode::InvalidArgument, key, u"secrets.%1: %2"_s.arg(it.key(), what)};
            error.field = u"secrets."_s + it.key();
            return fail(error);
        };
        if (!known)
            return refuse(u"secrets.unknown"_s, u"%1 has no such secret"_s.arg(key));
        if (it.value().isNull()) {
            changes.append({it.key(), std::nullopt});
            continue;
        }
        if (!it.value().isString() || it.value().toString().isEmpty())
            return refuse(u"secrets.type"_s, u"expected text, or null to clear it"_s);
        if (it.value().toString().size() > known->maxLength)
            return refuse(u"secrets.too_long"_s, u"at most %1 characters"_s.arg(known->maxLength));
        changes.append({it.key(), it.value().toString()});
    }
    return changes;
}

const SettingField *FeatureSchema::field(const QString &name) const
{
    for (const SettingField &candidate : fields) {
        if (candidate.name == name)
            return &candidate;
    }
    return nullptr;
}

QJsonObject FeatureSchema::withDefaults(const QJsonObject &settings) const
{
    QJsonObject complete = settings; // unknown fields stay as they are
    for (const SettingField &f : fields) {
        const QJsonValue value = settings.value(f.name);
        complete.insert(f.name, !value.isUndefined() && checkField(f, value) ? value : f.defaultValue);
    }
    return complete;
}

Result<QJsonObject> FeatureSchema::validate(const QJsonObject &incoming, const QJsonObject &current) const
{
    QJsonObject merged = current;
    for (auto it = incoming.constBegin(); it != incoming.constEnd(); ++it) {
        if (secret(it.key())) {
            Error error{ErrorCode::InvalidArgument, u"settings.secret"_s,
                        u"settings.%1: a secret goes in secrets, never in settings"_s.arg(it.key())};
            error.field = u"settings."_s + it.key();
            return fail(error);
        }
        merged.insert(it.key(), it.value());
    }
    int unknown = 0;
    for (auto it = merged.constBegin(); it != merged.constEnd(); ++it) {
        if (!field(it.key()) && ++unknown > kMaxUnknownFields) {
            Error error{ErrorCode::InvalidArgument, u"settings.too_many_fields"_s,
                        u"settings: %1 holds more than %2 fields this daemon does not know"_s.arg(key).arg(kMaxUnknownFields)};
            error.field = u"settings"_s;
            return fail(error);
        }
    }
    QJsonObject valid = merged;
    for (const SettingField &f : fields) {
        const QJsonValue value = incoming.value(f.name);
        if (value.isUndefined()) {
            // Left out: what is stored, if it is still valid, else the default.
            const QJsonValue stored = current.value(f.name);
            valid.insert(f.name, !stored.isUndefined() && checkField(f, stored) ? stored : f.defaultValue);
            continue;
        }
        if (auto checked = checkField(f, value); !checked)
            return fail(checked.error());
    }
    if (QJsonDocument(valid).toJson(QJsonDocument::Compact).size() > kMaxSettingsBytes) {
        Error error{ErrorCode::InvalidArgument, u"settings.too_large"_s, u"settings: the settings of %1 are over %2 bytes"_s.arg(key).arg(kMaxSettingsBytes)};
        error.field = u"settings"_s;
        return fail(error);
    }
    return valid;
}

QStringList featureKeys()
{
    QStringList keys;
    for (const FeatureSchema &schema : featureSchemas())
        keys.append(schema.key);
    return keys;
}

} // namespace nomo
