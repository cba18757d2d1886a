#include "app/TokenKeySetup.h"

#include "app/DurableFile.h"

#include "logging/Logging.h"
#include "repositories/InstallationFacts.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {
const QString kFingerprint = u"token_key_fingerprint"_s;

Result<TokenCipher> createKeyFile(const QString &path)
{
    const QByteArray key = TokenCipher::generateKey();
    if (auto written = writeFileDurably(path, key.toHex() + '\n'); !written)
        return fail(ErrorCode::ConfigError, u"crypto.key_unwritable"_s, written.error().detail);
    qCWarning(lcStartup).noquote() << "no security.token_key configured: created" << path
                                   << "- keep it with backups, or set security.token_key in production";
    return TokenCipher::fromBytes(key);
}

// `unused`: no key's fingerprint is recorded yet, so nothing was ever sealed with
// whatever the file holds.
Result<TokenCipher> keyFromFile(const QString &path, bool unused)
{
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return fail(ErrorCode::ConfigError, u"crypto.key_unreadable"_s, u"cannot read %1: %2"_s.arg(path, file.errorString()));
        const QByteArray text = file.readAll().trimmed();
        auto cipher = TokenCipher::fromText(QString::fromLatin1(text));
        if (cipher)
            return cipher;
        // A first start killed while writing the key (before writes were durable) left
        // a short file; it never sealed a token, so a new key loses nothing.
        if (unused) {
            qCWarning(lcStartup).noquote() << path << "holds no usable key (" << text.size() << "bytes ) and no token was ever sealed with it: replacing it";
            return createKeyFile(path);
        }
        return fail(ErrorCode::ConfigError, u"crypto.key_file_damaged"_s,
                    u"%1 holds no usable key (%2 bytes; expected 64 hex digits), and this database's Salla tokens were "
                    "sealed with the key it held: restore the file from a backup, or set security.token_key"_s.arg(path).arg(text.size()));
    }
    if (!unused)
        return fail(ErrorCode::ConfigError,
                    u"crypto.key_missing"_s,
                    u"Salla tokens in this database were sealed with a key that is not configured: set "
                    "security.token_key (NOMO_SECURITY_TOKEN_KEY) or restore %1"_s.arg(path));
    return createKeyFile(path);
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
    if (!cipher) {
        if (config.tokenKey().isEmpty())
            return fail(cipher.error());
        return fail(ErrorCode::ConfigError, cipher.error().messageKey, u"security.token_key: "_s + cipher.error().detail);
    }
    const QString fingerprint = QString::fromLatin1(cipher->fingerprint());
    if (!recorded->has_value()) {
        // Another daemon starting on the same new database may have recorded its key
        // first: then that one stands, and this start fails plainly below.
        auto standing = facts.setOnce(kFingerprint, fingerprint);
        if (!standing)
            return fail(standing.error());
        recorded = std::optional<QString>(*standing);
    }
    if (**recorded != fingerprint) {
        return fail(ErrorCode::ConfigError,
                    u"crypto.key_mismatch"_s,
                    u"%1 is not the key this database's Salla tokens were sealed with"_s.arg(
                        config.tokenKey().isEmpty() ? QDir(config.dataDir()).filePath(u"token.key"_s) : u"security.token_key"_s));
    }
    return cipher;
}

} // namespace nomo
