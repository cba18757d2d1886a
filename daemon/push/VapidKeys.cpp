#include "push/VapidKeys.h"

#include "db/Database.h"
#include "security/TokenCipher.h"

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
const QByteArray kAssociated = "nomo:push_keys:1";

Result<std::optional<webpush::KeyPair>> read(const QSqlDatabase &db, const TokenCipher &cipher)
{
    auto query = db::exec(db, u"SELECT private_key_enc, public_key FROM push_keys WHERE id = 1"_s);
    if (!query)
        return fail(query.error());
    if (!query->next())
        return std::optional<webpush::KeyPair>();
    auto opened = cipher.decrypt(query->value(0).toByteArray(), kAssociated);
    if (!opened)
        return fail(opened.error());
    return std::optional<webpush::KeyPair>(webpush::KeyPair{*opened, webpush::fromBase64Url(query->value(1).toString().toLatin1())});
}
} // namespace

Result<webpush::KeyPair> VapidKeys::loadOrCreate(const QSqlDatabase &db, const TokenCipher &cipher, const Clock &clock)
{
    auto existing = read(db, cipher);
    if (!existing)
        return fail(existing.error());
    if (*existing)
        return **existing;
    auto made = webpush::KeyPair::generate();
    if (!made)
        return fail(made.error());
    auto sealed = cipher.encrypt(made->privateKey, kAssociated);
    if (!sealed)
        return fail(sealed.error());
    // Another daemon may have made one meanwhile: its key stands, this one is dropped.
    auto inserted = db::exec(db, u"INSERT INTO push_keys (id, private_key_enc, public_key, created_at) VALUES (1, :key, :public, :now) "
                                 "ON CONFLICT (id) DO NOTHING"_s,
                             {{u"key"_s, *sealed}, {u"public"_s, QString::fromLatin1(webpush::base64Url(made->publicKey))},
                              {u"now"_s, clock.nowUtc().toMSecsSinceEpoch()}});
    if (!inserted)
        return fail(inserted.error());
    auto stored = read(db, cipher);
    if (!stored)
        return fail(stored.error());
    if (!*stored)
        return fail(ErrorCode::Internal, u"push.no_key"_s, u"the VAPID key was not kept"_s);
    return **stored;
}

} // namespace nomo
