#include "messages/MessageTemplate.h"

namespace nomo {

bool isMarketing(const QString &automation)
{
    return automation != QStringView(automations::kOrderUpdate) && automation != QStringView(automations::kConfirmSubscription);
}

} // namespace nomo
