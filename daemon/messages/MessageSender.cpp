#include "messages/MessageSender.h"

#include "core/Metrics.h"
#include "core/Time.h"
#include "coupons/CouponService.h"
#include "features/FeatureSchema.h"
#include "jobs/JobQueue.h"
#include "logging/Logging.h"
#include "messages/Channel.h"
#include "messages/MessageComposer.h"
#include "messages/MessageContextBuilder.h"
#include "repositories/ConsentRepository.h"
#include "repositories/CouponRepository.h"
#include "repositories/FeatureRepository.h"
#include "repositories/FeatureSecretRepository.h"
#include "repositories/SubscriberRepository.h"
#include "repositories/MerchantRepository.h"
#include "repositories/MessageLinkRepository.h"
#include "repositories/MessageRepository.h"
#include "repositories/TemplateRepository.h"
#include "repositories/WhatsAppWindowRepository.h"
#include "repositories/PushSubscriptionRepository.h"
#include "push/VapidKeys.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <QSqlDatabase>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
// The welcome's coupon: a sign-up through the storefront's collector gets the reward
// the collector promised (its own percentage), any other the notifications' welcome
// discount (0: none).
qint64 welcomeCouponPercent(const QSqlDatabase &db, TenantContext tenant, const QString &email, const QJsonObject &notifications,
                            const Clock &clock)
{
    const qint64 fallback = notifications.value(u"welcome_coupon_percent"_s).toInteger(0);
    auto collector = FeatureRepository(db, tenant, clock).get(u"email_collector"_s);
    if (!collector || !collector->enabled)
        return fallback;
    const QJsonObject settings = featureSchema(u"email_collector"_s)->withDefaults(collector->settings);
    if (!settings.value(u"offer_coupon"_s).toBool())
        return fallback;
    auto subscriber = SubscriberRepository(db, tenant, clock).findByEmail(email);
    if (!subscriber || !*subscriber || (*subscriber)->source != u"storefront_form")
        return fallback;
    return settings.value(u"coupon_percent"_s).toInteger(10);
}
// The next time outside the quiet hours (Riyadh), or nothing when `now` is not in them.
std::optional<QDateTime> quietUntil(const QDateTime &now, int start, int end)
{
    if (start == end)
        return std::nullopt;
    const QDateTime riyadh = now.toTimeZone(time::riyadh());
    const int hour = riyadh.time().hour();
    const bool quiet = start < end ? (hour >= start && hour < end) : (hour >= start || hour < end);
    if (!quiet)
        return std::nullopt;
    QDateTime until(riyadh.date(), QTime(end, 0), time::riyadh());
    if (until <= riyadh)
        until = until.addDays(1);
    return until.toUTC();
}

// What a channel sends besides the texts, fixed with them (WhatsApp: the approved
// template, its values and its button's).
QString payloadOf(const MessageTemplate &tmpl, const ComposedMessage &composed)
{
    if (tmpl.channel == QStringView(channels::kPush)) // where a tap on the notification leads
        return QString::fromUtf8(QJsonDocument(QJsonObject{{u"url"_s, composed.actionUrl}}).toJson(QJsonDocument::Compact));
    if (tmpl.channel != QStringView(channels::kWhatsapp))
        return {};
    return QString::fromUtf8(QJsonDocument(QJsonObject{{u"template"_s, composed.subject},
                                                       {u"language"_s, tmpl.language},
                                                       {u"body"_s, QJsonArray::fromStringList(composed.parameters)},
                                                       {u"button"_s, composed.buttonParameter}})
                                 .toJson(QJsonDocument::Compact));
}

constexpr qint64 kCouponWaitMs = 5000;
constexpr int kCouponWaitAttempts = 6;
} // namespace

MessageSender::MessageSender(QString connectionName, QString publicUrl, const TokenCipher &cipher, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_connection(std::move(connectionName))
    , m_publicUrl(std::move(publicUrl))
    , m_cipher(cipher)
    , m_clock(clock)
{
}

void MessageSender::addChannel(const QString &name, Channel *channel)
{
    m_channels.insert(name, channel);
}

void MessageSender::setPace(int smsPerSecond, int whatsappPerSecond)
{
    m_smsPace = std::make_unique<RateLimiter>(RateLimiter::Rule{std::max(1, smsPerSecond), 1000});
    m_whatsappPace = std::make_unique<RateLimiter>(RateLimiter::Rule{std::max(1, whatsappPerSecond), 1000});
}

bool MessageSender::channelReady(const QString &name) const
{
    Channel *channel = m_channels.value(name);
    return channel && channel->ready();
}

Result<Channel::Envelope> MessageSender::envelopeFor(const TenantContext &tenant, const Message &message, const QJsonObject &settings) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Channel::Envelope envelope;
    envelope.settings = settings;
    auto merchant = MerchantRepository(db, m_clock).find(tenant.merchantId());
    if (!merchant)
        return fail(merchant.error());
    if (*merchant) {
        envelope.storeName = (*merchant)->name.isEmpty() ? (*merchant)->username : (*merchant)->name;
        envelope.storeEmail = (*merchant)->email;
    }
    if (message.marketing && message.id) // its own one-click link (the same token on every try)
        if (auto token = MessageLinkRepository(db, tenant, m_clock).create(message.id, u"unsubscribe"_s); token)
            envelope.unsubscribeUrl = m_publicUrl + u"/u/"_s + *token;
    // The channel's sealed key for this store, opened only here, for the send.
    static const QHash<QString, QString> kSecretOf{{u"sms"_s, u"sms_api_key"_s}, {u"whatsapp"_s, u"whatsapp_access_token"_s}};
    if (const QString field = kSecretOf.value(message.channel); !field.isEmpty()) {
        auto secret = FeatureSecretRepository(db, tenant, m_cipher).reveal(u"notifications"_s, field);
        if (!secret)
            return fail(secret.error());
        envelope.secret = secret->value_or(QString());
    }
    if (message.channel == u"push") {
        auto subscription = PushSubscriptionRepository(db, tenant, m_clock).find(message.recipient.toLongLong());
        if (!subscription)
            return fail(subscription.error());
        if (!m_vapid) {
            auto vapid = VapidKeys::loadOrCreate(db, m_cipher, m_clock);
            if (!vapid)
                return fail(vapid.error());
            m_vapid = *vapid;
        }
        if (!subscription->gone)
            envelope.channelData = {{u"endpoint"_s, subscription->endpoint}, {u"p256dh"_s, subscription->p256dh},
                                    {u"auth"_s, subscription->auth},
                                    {u"vapid_private"_s, QString::fromLatin1(webpush::base64Url(m_vapid->privateKey))},
                                    {u"vapid_public"_s, QString::fromLatin1(webpush::base64Url(m_vapid->publicKey))}};
    }
    if (message.channel == u"whatsapp") {
        auto window = WhatsAppWindowRepository(db, tenant, m_clock).open(message.recipient);
        if (!window)
            return fail(window.error());
        envelope.replyWindowOpen = *window;
    }
    return envelope;
}

void MessageSender::send(const Job &job, JobFinish finish)
{
    const qint64 merchantId = job.merchantId.value_or(0);
    const qint64 id = job.payload.value(u"message_id"_s).toInteger();
    const TenantContext tenant(merchantId);
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    MessageRepository messages(db, tenant, m_clock);
    const bool lastTry = job.attempts >= job.maxAttempts;
    const auto retryOrFail = [&](const QString &why, std::optional<qint64> delayMs = {}) {
        if (lastTry) {
            (void)messages.markEnded(id, u"failed"_s, why);
            return finish(JobOutcome::giveUp(why));
        }
        finish(JobOutcome::retry(why, delayMs));
    };

    auto found = messages.find(id);
    if (!found) {
        if (found.error().code == ErrorCode::NotFound)
            return finish(JobOutcome::done()); // the store's data was erased
        return finish(JobOutcome::retry(found.error().toString()));
    }
    Message message = *found;
    if (!message.pending())
        return finish(JobOutcome::done());
    if (message.dueAt > m_clock.nowUtc())
        return finish(JobOutcome::later(u"not due yet"_s, m_clock.nowUtc().msecsTo(message.dueAt)));

    // A run that finds it under way: the daemon stopped during the last attempt.
    if (message.status == u"sending") {
        ++m_possibleDuplicates;
        Metrics::instance().add(u"nomo_message_possible_duplicates_total"_s,
                                u"Messages sent again after the daemon stopped during a send to a provider without idempotency keys"_s,
                                {{u"channel"_s, message.channel}});
        const QDateTime now = m_clock.nowUtc();
        (void)messages.recordAttempt(id, message.attempts, {u"unknown"_s, message.channel, {},
                                     u"the daemon stopped during this attempt; the message may have gone out"_s, now, now});
        qCWarning(lcMessages) << "message" << id << "of store" << merchantId << "was being sent when the daemon stopped; sending again";
    }

    auto feature = FeatureRepository(db, tenant, m_clock).get(u"notifications"_s);
    if (!feature)
        return finish(JobOutcome::retry(feature.error().toString()));
    // Salla's own messages (OTPs, order notices) go whether or not the store's own
    // automations are on: the merchant chose Nomo Flow as Salla's sender.
    const bool salla = message.automation == u"salla";
    // A double opt-in's confirmation is the collector's, asked for by the shopper: it
    // goes while the store's own automations are off, too.
    const bool confirmation = message.automation == QStringView(automations::kConfirmSubscription);
    if (!feature->enabled && !salla && !confirmation) {
        (void)messages.markEnded(id, u"cancelled"_s, u"the notifications tool was switched off"_s);
        return finish(JobOutcome::done());
    }
    const QJsonObject settings = featureSchema(u"notifications"_s)->withDefaults(feature->settings);
    Channel *channel = m_channels.value(message.channel);
    if (!channel || !channel->ready())
        return retryOrFail(u"the %1 channel is not set up"_s.arg(message.channel), 3600 * 1000);

    if (message.marketing) {
        auto consent = ConsentRepository(db, tenant, m_clock).state(message.channel, message.recipient);
        if (!consent)
            return finish(JobOutcome::retry(consent.error().toString()));
        // Email: unless the shopper unsubscribed. SMS and WhatsApp: only after an opt-in.
        const bool optInChannel = message.channel == u"sms" || message.channel == u"whatsapp";
        if ((*consent && !**consent) || (optInChannel && !*consent)) {
            (void)messages.markEnded(id, u"skipped"_s, *consent ? u"unsubscribed"_s : u"no consent"_s);
            return finish(JobOutcome::done());
        }
        if (auto until = quietUntil(m_clock.nowUtc(), int(settings.value(u"quiet_hours_start"_s).toInteger(23)),
                                    int(settings.value(u"quiet_hours_end"_s).toInteger(9)))) {
            (void)messages.reschedule(id, *until, u"quiet hours"_s);
            return finish(JobOutcome::later(u"quiet hours"_s, m_clock.nowUtc().msecsTo(*until)));
        }
        if (message.customerId && message.status == u"scheduled") {
            auto sent = messages.marketingSentSince(*message.customerId, m_clock.nowUtc().addDays(-1));
            if (!sent)
                return finish(JobOutcome::retry(sent.error().toString()));
            if (*sent >= settings.value(u"messages_per_day"_s).toInteger(2)) {
                (void)messages.markEnded(id, u"skipped"_s, u"over the shopper's daily allowance"_s);
                return finish(JobOutcome::done());
            }
        }
    }

    // The shopper's own coupon, for the automations that offer one (the later cart
    // reminder, the welcome): made once, sent only when Salla has it.
    const bool lastReminder = message.automation == QStringView(automations::kAbandonedCartLast);
    const bool welcome = message.automation == QStringView(automations::kWelcome);
    const qint64 couponPercent = lastReminder ? settings.value(u"reminder_coupon_percent"_s).toInteger(0)
                                 : welcome    ? welcomeCouponPercent(db, tenant, message.recipient, settings, m_clock)
                                              : 0;
    if (!message.composed() && couponPercent > 0) {
        if (!message.couponId) {
            CouponDraft terms;
            terms.type = CouponDraft::Type::Percentage;
            terms.amount = couponPercent * 100;
            terms.expiresAt = m_clock.nowUtc().addDays(welcome ? 14 : 2);
            auto coupon = CouponService(db, tenant, m_clock).createOneOff(terms, welcome ? u"HELLO"_s : u"BACK"_s, nullptr);
            if (!coupon)
                qCWarning(lcMessages).noquote() << "no coupon for message" << id << ":" << coupon.error().toString();
            else if (auto set = messages.setCoupon(id, coupon->id); set) {
                message.couponId = coupon->id;
                Q_EMIT couponQueued();
            }
        }
        if (message.couponId && job.attempts < kCouponWaitAttempts) {
            auto coupon = CouponRepository(db, tenant, m_clock).find(*message.couponId);
            if (coupon && coupon->syncState == Coupon::SyncState::Pending)
                return finish(JobOutcome::retry(u"waiting for Salla to accept the coupon"_s, kCouponWaitMs));
        }
    }

    if (!message.composed()) {
        auto tmpl = TemplateRepository(db, tenant, m_clock).effective(message.automation, message.channel, message.language);
        if (!tmpl)
            return finish(JobOutcome::retry(tmpl.error().toString()));
        auto context = MessageContextBuilder(db, tenant, m_publicUrl, m_clock).build(message);
        if (!context)
            return retryOrFail(context.error().toString());
        if (message.couponId) { // a coupon Salla does not have yet is left out rather than promised
            auto coupon = CouponRepository(db, tenant, m_clock).find(*message.couponId);
            if (!coupon || coupon->syncState != Coupon::SyncState::Synced)
                context->coupon.reset();
        }
        auto composed = MessageComposer::compose(*tmpl, *context);
        if (!composed) {
            // The template cannot be sent to this shopper: no retry mends that.
            (void)messages.markEnded(id, u"failed"_s, u"the template: "_s + composed.error().detail);
            return finish(JobOutcome::giveUp(composed.error().toString()));
        }
        const QString messageId = channel->newMessageId();
        const QString payload = payloadOf(*tmpl, *composed);
        if (auto saved = messages.saveComposed(id, composed->subject, composed->text, composed->html, messageId, payload); !saved)
            return finish(JobOutcome::retry(saved.error().toString()));
        message.subject = composed->subject;
        message.bodyText = composed->text;
        message.bodyHtml = composed->html;
        message.payload = payload;
        message.providerMessageId = messageId;
    }

    // The provider account's pace, before the attempt begins (waiting is not trying).
    RateLimiter *pace = message.channel == u"sms" ? m_smsPace.get() : message.channel == u"whatsapp" ? m_whatsappPace.get() : nullptr;
    const QString account = message.channel == u"sms"
                                ? settings.value(u"sms_provider"_s).toString() + u':' + settings.value(u"sms_sender"_s).toString()
                                : settings.value(u"whatsapp_phone_number_id"_s).toString();
    if (pace && !salla && !pace->take(u"%1:%2"_s.arg(merchantId).arg(account))) // an OTP never waits behind marketing
        return finish(JobOutcome::later(u"the provider's pace"_s, 1000));

    auto begun = messages.beginAttempt(id);
    if (!begun)
        return finish(JobOutcome::retry(begun.error().toString()));
    if (!*begun)
        return finish(JobOutcome::done()); // cancelled meanwhile
    const int attempt = message.attempts + 1;

    auto envelope = envelopeFor(tenant, message, settings);
    if (!envelope)
        return finish(JobOutcome::retry(envelope.error().toString()));

    const QDateTime started = m_clock.nowUtc();
    channel->send(message, *envelope, [this, merchantId, id, attempt, started, lastTry, salla, finish, provider = channel->provider(),
                                       recipient = message.recipient](SendOutcome outcome) {
        const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        MessageRepository messages(db, TenantContext(merchantId), m_clock);
        (void)messages.recordAttempt(id, attempt, {SendOutcome::name(outcome.kind), provider, outcome.code, outcome.detail, started, m_clock.nowUtc()});
        Metrics::instance().add(u"nomo_message_sends_total"_s, u"Message send attempts by provider and outcome"_s,
                                {{u"provider"_s, provider}, {u"outcome"_s, SendOutcome::name(outcome.kind)}});
        Metrics::instance().observe(u"nomo_message_send_duration_seconds"_s, u"Time a provider took to answer one send"_s,
                                    {{u"provider"_s, provider}}, double(started.msecsTo(m_clock.nowUtc())) / 1000.0);
        switch (outcome.kind) {
        case SendOutcome::Kind::Sent:
            if (provider == u"push")
                (void)PushSubscriptionRepository(db, TenantContext(merchantId), m_clock).markSent(recipient.toLongLong());
            if (auto sent = messages.markSent(id, provider, outcome.providerMessageId); !sent)
                qCWarning(lcMessages).noquote() << "message" << id << "was sent but not marked:" << sent.error().toString();
            qCInfo(lcMessages) << "sent message" << id << "of store" << merchantId << "by" << provider;
            return finish(JobOutcome::done());
        case SendOutcome::Kind::Rejected:
            // What the refusal says of the address first, then the message's end: once a
            // message reads "failed", its subscription or consent already says why, so no
            // planner in between can pick the address again (nor a test read it too soon).
            if (provider == u"push" && (outcome.code == u"404" || outcome.code == u"410")) // the browser unsubscribed
                (void)PushSubscriptionRepository(db, TenantContext(merchantId), m_clock).markGone(recipient.toLongLong());
            if (provider == u"whatsapp" && outcome.code == u"131050") // the shopper stopped the store's marketing on WhatsApp
                (void)ConsentRepository(db, TenantContext(merchantId), m_clock)
                    .set(u"whatsapp"_s, recipient, false, u"whatsapp_131050"_s, outcome.detail);
            (void)messages.markEnded(id, u"failed"_s, outcome.detail);
            qCInfo(lcMessages).noquote() << "message" << id << "of store" << merchantId << "refused for good:" << outcome.detail;
            return finish(JobOutcome::giveUp(outcome.detail));
        case SendOutcome::Kind::Unknown:
            // No provider here takes an idempotency key: a blind retry could send twice.
            (void)messages.markEnded(id, u"unknown"_s, outcome.detail);
            return finish(JobOutcome::done());
        case SendOutcome::Kind::Configuration:
        case SendOutcome::Kind::Temporary: {
            const qint64 delay = outcome.kind == SendOutcome::Kind::Configuration ? 15 * 60 * 1000
                                                                                 : outcome.retryAfterMs.value_or(JobQueue::backoffMs(attempt));
            // An OTP a quarter of an hour late is no OTP: Salla's messages fail fast.
            if (lastTry || (salla && (outcome.kind == SendOutcome::Kind::Configuration || delay > 30000))) {
                (void)messages.markEnded(id, u"failed"_s, outcome.detail);
                return finish(JobOutcome::giveUp(outcome.detail));
            }
            (void)messages.reschedule(id, m_clock.nowUtc().addMSecs(delay), outcome.detail);
            qCInfo(lcMessages).noquote() << "message" << id << "of store" << merchantId << "will be tried again:" << outcome.detail;
            return finish(JobOutcome::retry(outcome.detail, delay));
        }
        }
    });
}

void MessageSender::sendTest(qint64 merchantId, const QString &channelName, const QString &to, const QString &automation,
                             const QString &language, std::function<void(SendOutcome)> done)
{
    const auto refuse = [&done](SendOutcome::Kind kind, const QString &why) {
        SendOutcome outcome;
        outcome.kind = kind;
        outcome.detail = why;
        done(outcome);
    };
    Channel *channel = m_channels.value(channelName);
    if (!channel || !channel->ready())
        return refuse(SendOutcome::Kind::Configuration, u"the %1 channel is not set up on this daemon"_s.arg(channelName));
    const TenantContext tenant(merchantId);
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto feature = FeatureRepository(db, tenant, m_clock).get(u"notifications"_s);
    auto merchant = MerchantRepository(db, m_clock).find(merchantId);
    auto tmpl = TemplateRepository(db, tenant, m_clock).effective(automation, channelName, language);
    if (!feature || !merchant || !*merchant || !tmpl)
        return refuse(SendOutcome::Kind::Temporary, u"the store's settings could not be read"_s);

    templates::MessageContext context = templates::MessageContext::example(language);
    context.store.name = (*merchant)->name.isEmpty() ? (*merchant)->username : (*merchant)->name;
    context.store.url = MessageContextBuilder::storeUrl((*merchant)->domain, (*merchant)->username);
    context.links.store = context.store.url;
    auto composed = MessageComposer::compose(*tmpl, context);
    if (!composed)
        return refuse(SendOutcome::Kind::Rejected, u"the template: "_s + composed.error().detail);

    Message message;
    message.automation = u"test"_s;
    message.channel = channelName;
    message.language = language;
    message.marketing = false; // a test to the merchant: no unsubscribe header
    message.recipient = channelName == u"email" ? to.trimmed() : ConsentRepository::normalize(channelName, to);
    message.subject = composed->subject;
    message.bodyText = composed->text;
    message.bodyHtml = composed->html;
    message.payload = payloadOf(*tmpl, *composed);
    message.providerMessageId = channel->newMessageId();
    auto envelope = envelopeFor(tenant, message, featureSchema(u"notifications"_s)->withDefaults(feature->settings));
    if (!envelope)
        return refuse(SendOutcome::Kind::Temporary, u"the store's settings could not be read"_s);
    qCInfo(lcMessages) << "store" << merchantId << "sends a test by" << channelName;
    channel->send(message, *envelope, std::move(done));
}

} // namespace nomo
