#include "app/TokenKeySetup.h"

#include "logging/Logging.h"
#include "repositories/InstallationFacts.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
const QString kFingerprint = u"token_key_fingerprint"_s;

Result<TokenCipher> keyFromFile(const QString &path, bool mayCreate)
{
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::ConfigError, u"crypto.key_unreadable"_s, u"cannot read %1: %2"_s.arg(path, file.errorString()));
        return TokenCipher::fromText(QString::fromLatin1(file.readAll()));
    }
    if (!mayCreate)
        return fail(ErrorCode::ConfigError,
                    u"crypto.key_missing"_s,
                    u"Salla tokens in this database were sealed with a key that is not configured: set "
                    "security.token_key (NOMO_SECURITY_TOKEN_KEY) or restore %1"_s.arg(path));
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QByteArray key = TokenCipher::generateKey();
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || file.write(key.toHex() + '\n') < 0)
        return fail(ErrorCode::ConfigError, u"crypto.key_unwritable"_s, u"cannot create %1: %2"_s.arg(path, file.errorString()));
    qCWarning(lcStartup).noquote() << "no security.token_key configured: created" << path
                                   << "- keep it with backups, or set security.token_key in production";
    return TokenCipher::fromBytes(key);
}
} // namespace

Result<TokenCipher> setUpTokenKey(const DaemonConfig &config, const QSqlDatabase &db)
{
    InstallationFacts facts(db);
    auto recorded = facts.get(kFingerprint);
    if (!recorded)
        return fail(recorded.error());
    auto cipher = config.tokenKey().isEmpty()
        ? keyFromFile(QDir(config.dataDir()).filePath(u"token.key"_s), !recorded->has_value())
        : TokenCipher::fromText(config.tokenKey());
    if (!cipher)
        return fail(cipher.error());
    const QString fingerprint = QString::fromLatin1(cipher->fingerprint());
    if (!recorded->has_value()) {
        if (auto saved = facts.set(kFingerprint, fingerprint); !saved)
            return fail(saved.error());
    } else if (**recorded != fingerprint) {
        return fail(ErrorCode::ConfigError,
                    u"crypto.key_mismatch"_s,
                    u"security.token_key is not the key this database's Salla tokens were sealed with"_s);
    }
    return cipher;
}

} // namespace nomo
