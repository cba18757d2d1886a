#pragma once

#include <QDateTime>
#include <QString>

namespace nomo {

// A store's shopper as Salla knows them (customer.created / .updated).
struct Customer
{
    qint64 id = 0;
    qint64 sallaId = 0;
    QString firstName;
    QString lastName;
    QString email;
    QString mobile; // E.164
    QString city;
    QString country;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime sourceAt; // Salla's time of this state (invalid: unknown); older states are refused
};

} // namespace nomo
