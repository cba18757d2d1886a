#include "app/IdleMemory.h"

#include "db/Database.h"

#include <QSqlQuery>

#include <malloc.h>

using namespace Qt::StringLiterals;

namespace nomo {

void releaseIdleMemory(const QSqlDatabase &db)
{
    if (db.isValid() && db::engineOf(db) == DbEngine::Sqlite) {
        QSqlQuery shrink(db);
        (void)shrink.exec(u"PRAGMA shrink_memory"_s);
    }
    malloc_trim(0);
}

} // namespace nomo
