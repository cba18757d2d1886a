#include "domain/SignInToken.h"
#include "json/DomainJson.h"
#include "json/WireObject.h"

using namespace Qt::StringLiterals;

namespace nomo {

QJsonObject toJson(const SignInToken &token)
{
    return {{u"access_token"_s, token.accessToken},
            {u"token_type"_s, token.tokenType},
            {u"device_id"_s, token.deviceId},
            {u"merchant"_s, QJsonObject{{u"id"_s, token.merchantId}, {u"name"_s, token.merchantName}}}};
}

template<>
QString wireName<SignInToken>()
{
    return u"sign_in_token"_s;
}

template<>
Result<SignInToken> fromJson<SignInToken>(const JsonField &at)
{
    WireObject o(at);
    SignInToken token;
    token.accessToken = o.string(u"access_token");
    // A token that is empty is no token: refused here, not found out on the first call.
    if (o.ok() && token.accessToken.isEmpty())
        o.refuse(u"access_token", u"must not be empty"_s);
    token.tokenType = o.oneOf(u"token_type", {u"Bearer"_s});
    token.deviceId = o.integer(u"device_id");
    WireObject merchant = o.inner(u"merchant");
    token.merchantId = merchant.integer(u"id");
    token.merchantName = merchant.string(u"name");
    o.adopt(merchant);
    return o.result(std::move(token));
}

} // namespace nomo
