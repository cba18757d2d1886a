#include "console/ChangesController.h"

#include "domain/ChangePage.h"
#include "http/HttpErrors.h"
#include "http/Parameters.h"
#include "json/DomainJson.h"
#include "repositories/ChangeFeedRepository.h"

#include <QHttpServerRequest>

#include <limits>

using namespace Qt::StringLiterals;

namespace nomo {

void ChangesController::install(http::Routes &routes)
{
    routes.add({"GET", u"/api/v1/changes"_s, http::Access::Console, false, u"The change feed after since"_s},
               [this](const http::RequestContext &context) { return changes(context); });
}

QHttpServerResponse ChangesController::changes(const http::RequestContext &context) const
{
    const QUrlQuery query = context.request.query();
    auto since = http::integerParameter(query, u"since"_s, 0, 0, std::numeric_limits<qint64>::max());
    if (!since)
        return errorResponse(since.error());
    auto limit = http::integerParameter(query, u"limit"_s, 500, 1, 1000);
    if (!limit)
        return errorResponse(limit.error());
    // One more than asked tells whether another page follows. Seqs are handed out
    // under the merchant's row lock and commit in order, so a page never skips a seq
    // that a later commit could fill in.
    ChangeFeedRepository feed(db(), TenantContext(context.caller->merchantId), m_clock);
    // Read first: the page then holds no seq past it, so progress never exceeds 100%.
    auto lastSeq = feed.lastSeq();
    if (!lastSeq)
        return errorResponse(lastSeq.error());
    auto page = feed.since(*since, static_cast<int>(*limit) + 1);
    if (!page)
        return errorResponse(page.error());
    ChangePage answer;
    answer.hasMore = page->size() > *limit;
    if (answer.hasMore)
        page->removeLast();
    answer.nextSince = page->isEmpty() ? *since : page->constLast().seq;
    answer.changes = std::move(*page);
    answer.lastSeq = std::max(*lastSeq, answer.nextSince); // a commit between the two reads
    return http::jsonResponse(toJson(answer));
}

} // namespace nomo
