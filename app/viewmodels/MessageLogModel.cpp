#include "viewmodels/MessageLogModel.h"

#include "cache/CacheDatabase.h"
#include "cache/MessageLogStore.h"
#include "i18n/DateFormat.h"

#include <QLocale>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
constexpr int kShown = 200;

} // namespace

// The daemon's reasons it writes itself, in the merchant's words; a provider's own
// answer is shown as "the provider refused it" with the answer kept for the tooltip.
QString MessageLogModel::reasonText(const QString &reason)
{
    if (reason.isEmpty())
        return {};
    if (reason == u"the cart was bought")
        return tr("the cart was bought first");
    if (reason == u"no consent")
        return tr("the shopper has not agreed to these messages");
    if (reason == u"unsubscribed")
        return tr("the shopper unsubscribed");
    if (reason == u"over the shopper's daily allowance")
        return tr("the shopper already had today's messages");
    if (reason == u"quiet hours")
        return tr("waiting for the quiet hours to end");
    if (reason == u"the notifications tool was switched off")
        return tr("the tool was switched off");
    if (reason.startsWith(u"the template: "))
        return tr("the template cannot be filled in for this shopper");
    if (reason.contains(u"131047"_s))
        return tr("WhatsApp allows this only within 24 hours of the shopper's last message");
    if (reason.contains(u"131050"_s))
        return tr("the shopper stopped the store's offers on WhatsApp");
    if (reason.contains(u"131026"_s))
        return tr("this number cannot receive WhatsApp messages");
    if (reason.contains(u"not set up"_s) || reason.contains(u"is not set"_s))
        return tr("the channel is not set up yet");
    if (reason.contains(u"the daemon stopped"_s))
        return tr("the server restarted while sending");
    return tr("the provider refused it");
}

MessageLogModel::MessageLogModel(const CacheDatabase &cache, QObject *parent)
    : QAbstractTableModel(parent)
    , m_cache(cache)
{
    reload();
}

void MessageLogModel::reload()
{
    beginResetModel();
    m_messages = MessageLogStore(m_cache).recent(kShown);
    // The order's number as the merchant knows it from Salla, where the cache has the order.
    m_references.clear();
    QStringList ids;
    for (const Message &m : std::as_const(m_messages))
        if (m.orderId)
            ids << QString::number(*m.orderId); // numbers from our own codec: safe to list inline
    QSqlQuery query(m_cache.database());
    if (!ids.isEmpty() && query.exec(u"SELECT id, reference_id FROM orders WHERE reference_id <> '' AND id IN (%1)"_s.arg(ids.join(u','))))
        while (query.next())
            m_references.insert(query.value(0).toLongLong(), query.value(1).toString());
    endResetModel();
}

void MessageLogModel::retranslate()
{
    if (!m_messages.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int MessageLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_messages.size());
}

int MessageLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MessageLogModel::automationText(const QString &automation)
{
    if (automation == u"abandoned_cart")
        return tr("Cart reminder");
    if (automation == u"abandoned_cart_last")
        return tr("Second cart reminder");
    if (automation == u"order_update")
        return tr("Order update");
    if (automation == u"welcome")
        return tr("Welcome");
    if (automation == u"win_back")
        return tr("Win-back");
    if (automation == u"broadcast")
        return tr("Broadcast");
    if (automation == u"salla")
        return tr("Salla's message (a code or an order notice)");
    if (automation == u"confirm_subscription")
        return tr("Subscription confirmation");
    return tr("Other");
}

QString MessageLogModel::channelText(const QString &channel)
{
    if (channel == u"email")
        return tr("Email");
    if (channel == u"sms")
        return tr("SMS");
    if (channel == u"whatsapp")
        return tr("WhatsApp");
    if (channel == u"push")
        return tr("Push");
    return channel;
}

QString MessageLogModel::statusText(const Message &m)
{
    const QString why = reasonText(m.reason);
    const auto with = [&why](const QString &what) { return why.isEmpty() ? what : tr("%1: %2").arg(what, why); };
    QString text;
    if (m.status == u"scheduled")
        text = m.reason == u"quiet hours" || m.attempts > 0 ? with(tr("Waiting")) : tr("Due %1").arg(i18n::dateTime(m.dueAt));
    else if (m.status == u"sending")
        text = tr("Being sent");
    else if (m.status == u"sent")
        text = tr("Sent");
    else if (m.status == u"delivered")
        text = tr("Delivered");
    else if (m.status == u"read")
        text = tr("Read");
    else if (m.status == u"failed")
        text = with(tr("Not sent"));
    else if (m.status == u"cancelled")
        text = with(tr("Cancelled"));
    else if (m.status == u"skipped")
        text = with(tr("Not sent"));
    else if (m.status == u"unknown")
        text = tr("Maybe sent: the provider did not answer");
    else
        text = m.status;
    if (m.attempts > 1)
        text += tr(", ") + tr("%Ln attempt(s)", "message attempts", m.attempts);
    return text;
}

QString MessageLogModel::resultText(const Message &m, const QString &orderReference)
{
    QStringList parts;
    if (m.clickedAt.isValid())
        parts << tr("clicked");
    else if (m.openedAt.isValid())
        parts << (m.channel == u"whatsapp" ? tr("read") : tr("opened"));
    if (m.orderId) // a number as Salla shows it, a code: Latin digits in an isolate
        parts << tr("order %1").arg(u"\u2066"_s + (orderReference.isEmpty() ? QString::number(*m.orderId) : orderReference) + u"\u2069"_s);
    return parts.join(tr(", "));
}

QString MessageLogModel::summaryText() const
{
    int sent = 0, opened = 0, clicked = 0, orders = 0;
    for (const Message &m : m_messages) {
        sent += m.sentAt.isValid();
        opened += m.openedAt.isValid();
        clicked += m.clickedAt.isValid();
        orders += m.orderId.has_value() && m.automation != u"order_update";
    }
    if (m_messages.isEmpty())
        return tr("No messages yet. When an automation sends one, it shows here with what became of it.");
    return tr("The last %Ln message(s):", "log summary", int(m_messages.size())) + u' '
           + tr("%1 sent, %2 opened or read, %3 clicked, %4 followed by an order.")
                 .arg(QLocale().toString(sent), QLocale().toString(opened), QLocale().toString(clicked), QLocale().toString(orders));
}

QVariant MessageLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_messages.size())
        return {};
    const Message &m = m_messages.at(index.row());
    if (role == StatusKeyRole)
        return m.status;
    if (role == RawReasonRole)
        return m.reason;
    if (role == ChannelKeyRole)
        return m.channel;
    if (role == Qt::ToolTipRole && index.column() == StatusColumn)
        return m.reason.isEmpty() ? QVariant() : QVariant(m.reason);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return i18n::dateTime(m.sentAt.isValid() ? m.sentAt : m.createdAt);
    case AutomationColumn:
        return m.subject.isEmpty() || m.channel != u"email" ? automationText(m.automation)
                                                             : automationText(m.automation) + u'\n' + m.subject;
    case ChannelColumn:
        return channelText(m.channel);
    case RecipientColumn:
        return m.recipient;
    case StatusColumn:
        return statusText(m);
    case ResultColumn:
        return resultText(m, m.orderId ? m_references.value(*m.orderId) : QString());
    default:
        return {};
    }
}

QVariant MessageLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("When");
    case AutomationColumn: return tr("What for");
    case ChannelColumn: return tr("By");
    case RecipientColumn: return tr("To");
    case StatusColumn: return tr("How it went");
    case ResultColumn: return tr("What followed");
    default: return {};
    }
}

} // namespace nomo
