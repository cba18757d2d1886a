#pragma once

#include "support/ServerProcess.h"

#include <QJsonObject>
#include <QList>

namespace nomo::test {

// The Saudi SMS gateways' double (tests/doubles/sms/sms_double.py) as a child process:
// one HTTP server answering Unifonic's, Msegat's and Taqnyat's send calls for the
// account `key`, each request kept in the order it came.
class SmsGateway : public ServerProcess
{
public:
    SmsGateway();
    bool start(const QString &key);
    // Every request so far: {method, path, headers, body}.
    QList<QJsonObject> requests() const;
};

} // namespace nomo::test
