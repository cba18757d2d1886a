#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace nomo {

// Where the console token lives: the OS keychain (Secret Service, KWallet, macOS
// Keychain, Windows Credential Store through QtKeychain), one entry per daemon URL,
// never a file. QtKeychain's plain-text fallback stays off. When there is no
// keychain the caller may keep the token for this session only (in memory).
class TokenStore : public QObject
{
    Q_OBJECT

public:
    enum class Outcome {
        Ok,
        NotFound,   // nothing stored (or a locked keyring, which reads the same)
        NoKeychain, // no Secret Service or D-Bus: offer a session-only sign-in
        Failed,     // the keychain answered with another error
    };
    Q_ENUM(Outcome)

    using ReadCallback = std::function<void(Outcome, const QString &token, const QString &detail)>;
    using DoneCallback = std::function<void(Outcome, const QString &detail)>;

    explicit TokenStore(const QString &daemonUrl, QObject *parent = nullptr);

    static QString service() { return QStringLiteral("nomo-flow"); }
    QString entryKey() const { return m_key; }

    void read(QObject *context, ReadCallback callback);
    void write(const QString &token, QObject *context, DoneCallback callback);
    void remove(QObject *context, DoneCallback callback);

    // Session-only sign-in: the token is kept in this object's memory and is gone at exit.
    void setSessionToken(const QString &token) { m_sessionToken = token; }
    QString sessionToken() const { return m_sessionToken; }

private:
    QString m_key;
    QString m_sessionToken;
};

} // namespace nomo
