#include "logging/LogOutput.h"

#include "http/RequestId.h"
#include "logging/JobScope.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace nomo {

namespace {

QString levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return u"debug"_s;
    case QtInfoMsg: return u"info"_s;
    case QtWarningMsg: return u"warning"_s;
    case QtCriticalMsg: return u"error"_s;
    case QtFatalMsg: return u"fatal"_s;
    }
    return u"info"_s;
}

void writeJsonLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QJsonObject line{{u"ts"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                     {u"level"_s, levelName(type)},
                     {u"category"_s, QString::fromLatin1(context.category ? context.category : "default")},
                     {u"msg"_s, message}};
    // The request being handled on this thread, if any: grep one id, see its whole story.
    if (const QByteArray request = http::RequestId::current(); !request.isEmpty())
        line.insert(u"request_id"_s, QString::fromLatin1(request));
    if (const QByteArray job = JobScope::current(); !job.isEmpty())
        line.insert(u"job"_s, QString::fromUtf8(job));
    if (context.file)
        line.insert(u"src"_s, u"%1:%2"_s.arg(QString::fromLatin1(context.file)).arg(context.line));
    const QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

// "2026-12-01T09:13:02.118 info nomo.daemon.http: message [request 5f0c…]"
void writeTextLine(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    QString line = QDateTime::currentDateTime().toString(u"yyyy-MM-ddThh:mm:ss.zzz"_s) + u' ' + levelName(type) + u' '
        + QString::fromLatin1(context.category ? context.category : "default") + u": "_s + message;
    if (const QByteArray request = http::RequestId::current(); !request.isEmpty())
        line += u" [request "_s + QString::fromLatin1(request) + u']';
    if (const QByteArray job = JobScope::current(); !job.isEmpty())
        line += u" ["_s + QString::fromUtf8(job) + u']';
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

void LogOutput::install(bool json, const QString &rules)
{
    if (!rules.isEmpty())
        QLoggingCategory::setFilterRules(QString(rules).replace(u';', u'\n'));
    qInstallMessageHandler(json ? writeJsonLine : writeTextLine);
}

} // namespace nomo
