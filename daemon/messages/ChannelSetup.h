#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace nomo {

// Whether the store has set a channel up (its provider's account, sender and key), from
// the notifications tool's settings and which of its sealed fields are set: the one
// answer every automation's planner asks before it writes a message for a channel.
bool channelSetUp(const QString &channel, const QJsonObject &settings, const QStringList &secretFields);

} // namespace nomo
