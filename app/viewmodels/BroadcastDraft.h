#pragma once

#include "calendar/SaudiOccasions.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>
#include <QStringList>

namespace nomo {

// A broadcast being written in the console: who (a segment), by what (channels in
// order), and when — a Saudi season's moment ("the first day of Ramadan, after
// iftar") or a day and hour in Riyadh — and what that comes to, with the Hijri date
// beside the Gregorian, and its problems in the merchant's words before anything is sent.
class BroadcastDraft : public QObject
{
    Q_OBJECT

public:
    QString name;
    QString segment = QStringLiteral("everyone");
    int segmentDays = 30;
    QStringList channels{QStringLiteral("email")};
    QString language = QStringLiteral("ar");
    // When: a season (occasion + moment), or `custom` in Riyadh time when occasion is empty.
    QString occasion;
    calendar::Moment moment = calendar::Moment::Evening;
    QDateTime custom;

    QDateTime sendAt() const; // UTC
    QString occasionKey() const; // "ramadan_start:after_iftar", or empty
    QJsonObject request() const; // the body of POST /api/v1/broadcasts
    QStringList problems(const QDateTime &now) const;
    // "Sunday 8 February 2027, 18:14 Riyadh time (1 Ramadan 1448 AH)" in the console's language.
    QString whenText() const;
    // Whether it falls in the store's quiet hours (its messages would wait for them to end).
    bool inQuietHours(int start, int end) const;

    // The seasons to offer from `today`: the next twelve.
    static QList<calendar::Occasion> seasons(const QDate &today);
    static bool ramadan(const QString &occasion);
    static QString momentKey(calendar::Moment moment);
    static QString momentText(calendar::Moment moment);
    static QString segmentText(const QString &segment, int days);
    // A Riyadh moment with the Hijri day beside it.
    static QString withHijri(const QDateTime &utc);
};

} // namespace nomo
