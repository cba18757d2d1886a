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
    qint64 lastSeq = 0; // the feed's newest seq when the page was read: how far a first sync has to go (0: not told)
};

} // namespace nomo
