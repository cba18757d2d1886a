#pragma once

#include "domain/Change.h"

#include <QList>

namespace nomo {

// One answer of GET /api/v1/changes: changes oldest first, where to continue, and
// whether more are waiting.
struct ChangePage
{
    QList<Change> changes;
    qint64 nextSince = 0;
    bool hasMore = false;
};

} // namespace nomo
