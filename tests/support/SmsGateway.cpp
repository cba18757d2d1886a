#include "support/SmsGateway.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace nomo::test {

// Debian's interpreter, as for the SMTP double (PLATFORM.md §13.5).
SmsGateway::SmsGateway()
    : ServerProcess(u"/usr/bin/python3"_s, u"listening"_s)
{
}

bool SmsGateway::start(const QString &key)
{
    return ServerProcess::start({QStringLiteral(NOMO_SOURCE_DIR "/tests/doubles/sms/sms_double.py"), dataDir() + u"/sms"_s, key});
}

QList<QJsonObject> SmsGateway::requests() const
{
    return jsonLines(dataDir() + u"/sms/requests.jsonl"_s);
}

} // namespace nomo::test
