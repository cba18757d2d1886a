#pragma once

#include <QDateTime>
#include <QString>

namespace nomo {

// A store's email subscriber (the storefront's collector): who, from where, in which
// language, and whether they are still on the list. On the change feed as
// "subscriber", so the console shows the list and its growth offline.
struct EmailSubscriber
{
    qint64 id = 0;
    QString email;
    QString name;
    QString source = QStringLiteral("widget");
    QString language = QStringLiteral("ar");
    bool unsubscribed = false;
    QDateTime consentAt;      // when they last agreed
    QDateTime unsubscribedAt; // invalid while on the list
    QDateTime createdAt;
};

} // namespace nomo
