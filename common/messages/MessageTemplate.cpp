#include "messages/MessageTemplate.h"

namespace nomo {

bool isMarketing(const QString &automation)
{
    return automation != QStringView(automations::kOrderUpdate);
}

} // namespace nomo
