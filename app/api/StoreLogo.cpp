#include "api/StoreLogo.h"

#include "core/ConsoleLogging.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QNetworkReply>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace nomo {

StoreLogo::StoreLogo(QString dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
{
}

QString StoreLogo::imagePath() const
{
    return QDir(m_dataDir).filePath(u"store-logo"_s);
}

QString StoreLogo::urlPath() const
{
    return QDir(m_dataDir).filePath(u"store-logo.url"_s);
}

bool StoreLogo::loadCached(const QString &url)
{
    QFile saved(urlPath());
    if (!saved.open(QIODevice::ReadOnly) || QString::fromUtf8(saved.readAll()) != url)
        return false;
    QImage image(imagePath());
    if (image.isNull())
        return false;
    m_current = QPixmap::fromImage(image);
    Q_EMIT changed(m_current);
    return true;
}

void StoreLogo::show(const QString &url)
{
    if (url == m_url && (!m_current.isNull() || url.isEmpty()))
        return;
    m_url = url;
    const QUrl address(url);
    if (url.isEmpty() || (address.scheme() != u"https" && address.scheme() != u"http")) {
        m_current = {};
        Q_EMIT changed(m_current);
        return;
    }
    if (loadCached(url))
        return;
    QNetworkRequest request(address);
    request.setTransferTimeout(10000);
    request.setMaximumRedirectsAllowed(3);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        const QByteArray bytes = reply->readAll();
        if (reply->error() != QNetworkReply::NoError || bytes.size() > kMaxBytes || url != m_url) {
            qCInfo(lcSync) << "store logo not fetched:" << reply->errorString();
            Q_EMIT notShown(reply->errorString());
            return;
        }
        QImage image;
        if (!image.loadFromData(bytes)) {
            qCInfo(lcSync) << "the store logo is not an image";
            Q_EMIT notShown(u"not an image"_s);
            return;
        }
        QDir().mkpath(m_dataDir);
        QSaveFile file(imagePath());
        QSaveFile address(urlPath());
        if (file.open(QIODevice::WriteOnly) && address.open(QIODevice::WriteOnly)) {
            file.write(bytes);
            address.write(url.toUtf8());
            file.commit();
            address.commit();
        }
        m_current = QPixmap::fromImage(image);
        Q_EMIT changed(m_current);
    });
}

} // namespace nomo
