#pragma once

#include "core/Clock.h"
#include "http/Routes.h"

#include <QObject>
#include <QSqlDatabase>

namespace nomo {

// Base of the console API's controllers (one per resource, docs/api/openapi.yaml).
// Every route is a Console route: the pipeline has turned the bearer token into the
// caller before the handler runs, and handlers read and write through repositories
// scoped to the caller's store, so another store's ids simply do not exist (404).
class ConsoleController : public QObject
{
    Q_OBJECT

public:
    ConsoleController(QString connectionName, const Clock &clock, QObject *parent)
        : QObject(parent)
        , m_connection(std::move(connectionName))
        , m_clock(clock)
    {
    }
    virtual void install(http::Routes &routes) = 0;

protected:
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }

    QString m_connection;
    const Clock &m_clock;
};

} // namespace nomo
