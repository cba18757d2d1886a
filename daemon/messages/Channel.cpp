#include "messages/Channel.h"

using namespace Qt::StringLiterals;

namespace nomo {

QString SendOutcome::name(Kind kind)
{
    switch (kind) {
    case Kind::Sent: return u"sent"_s;
    case Kind::Temporary: return u"temporary"_s;
    case Kind::Rejected: return u"rejected"_s;
    case Kind::Configuration: return u"configuration"_s;
    case Kind::Unknown: return u"unknown"_s;
    }
    return u"unknown"_s;
}

SendOutcome SendOutcome::make(Kind kind, const QString &code, const QString &detail, const QString &providerMessageId)
{
    SendOutcome outcome;
    outcome.kind = kind;
    outcome.code = code;
    outcome.detail = detail;
    outcome.providerMessageId = providerMessageId;
    return outcome;
}

} // namespace nomo
