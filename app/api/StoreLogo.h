#pragma once

#include <QNetworkAccessManager>
#include <QObject>
#include <QPixmap>
#include <QString>

namespace nomo {

// The store's logo for the header: fetched once from the address Salla gives
// (user-info's merchant.avatar, passed on by /api/v1/status), kept in the console's
// data folder, and shown from there on the next start, offline too. Only http(s),
// at most 1 MB, ten seconds; anything that is not an image leaves the monogram.
class StoreLogo : public QObject
{
    Q_OBJECT

public:
    explicit StoreLogo(QString dataDir, QObject *parent = nullptr);

    void show(const QString &url);
    QPixmap current() const { return m_current; }

    static constexpr qint64 kMaxBytes = 1024 * 1024;

Q_SIGNALS:
    void changed(const QPixmap &logo); // null: no logo (show the monogram)
    void notShown(const QString &why); // a fetch that failed or was not an image

private:
    bool loadCached(const QString &url);
    QString imagePath() const;
    QString urlPath() const;

    QString m_dataDir;
    QString m_url;
    QPixmap m_current;
    QNetworkAccessManager m_network;
};

} // namespace nomo
