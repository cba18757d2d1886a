#pragma once

#include "domain/Message.h"

#include <QAbstractTableModel>
#include <QHash>

namespace nomo {

class CacheDatabase;

// The Messages page's log: the store's latest messages as the daemon last listed them
// (from the cache, so it shows offline), newest first. Each row says in the merchant's
// words what it was for, how it went, what became of it (delivered, opened or read,
// clicked) and the order that followed; the daemon's own reason stays under RawReasonRole.
class MessageLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, AutomationColumn, ChannelColumn, RecipientColumn, StatusColumn, ResultColumn, ColumnCount };
    enum Role {
        StatusKeyRole = Qt::UserRole + 1, // the daemon's status word (for filters)
        RawReasonRole,                    // the daemon's reason as it sent it
        ChannelKeyRole,
    };

    explicit MessageLogModel(const CacheDatabase &cache, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString automationText(const QString &automation);
    static QString channelText(const QString &channel);
    // "Sent, 2 attempts", "Not sent: the shopper has not agreed to SMS offers" …
    static QString statusText(const Message &message);
    // "Read, clicked, order #9001" — or empty while nothing happened yet.
    static QString reasonText(const QString &daemonReason);
    static QString resultText(const Message &message, const QString &orderReference = {});
    // One line over the table: "200 messages: 150 sent, 40 opened or read, 12 clicked, 5 orders".
    QString summaryText() const;
    const QList<Message> &messages() const { return m_messages; }

public Q_SLOTS:
    void reload();
    void retranslate();

private:
    const CacheDatabase &m_cache;
    QList<Message> m_messages;
    QHash<qint64, QString> m_references; // order id → Salla's reference number
};

} // namespace nomo
