#pragma once

#include <QDateTime>
#include <QString>

namespace nomo {

// A Salla store that installed Nomo Flow. `id` is Salla's store id.
struct Merchant
{
    enum class Status { Pending, Active, NeedsReauth, Uninstalled };

    qint64 id = 0;
    QString name;
    QString username;
    QString email;
    QString domain;
    QString plan;
    QString avatarUrl; // the store's logo, as user-info's merchant.avatar gives it
    Status status = Status::Pending;
    QDateTime installedAt;
    QDateTime uninstalledAt;
    QDateTime purgeAfter;
    QDateTime createdAt;
    QDateTime updatedAt;

    static QString statusName(Status status);
    static Status statusFromName(const QString &name);
};

} // namespace nomo
