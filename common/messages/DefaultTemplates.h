#pragma once

#include "messages/MessageTemplate.h"

#include <QList>

namespace nomo {

// The gallery every store starts with: each automation, by email, SMS and push, in
// Arabic and English (ARABIC.md: warm, short, no dialect; plurals in all six forms;
// gender through the `gender` filter where Arabic needs it). WhatsApp sends only
// templates Meta approved on the merchant's account, so it has no default text here.
QList<MessageTemplate> defaultTemplates();

// The default for one automation, channel and language (an empty body if none).
MessageTemplate defaultTemplate(const QString &automation, const QString &channel, const QString &language);

} // namespace nomo
