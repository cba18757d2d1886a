// How the guard frames a request head (http/RequestFraming.h), case by case: what
// RFC 9112 allows is accepted with the body length Qt's own parser reads; what Qt
// could read differently is refused, with the status the RFC asks for.
#include "http/RequestFraming.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using nomo::http::FramingLimits;
using nomo::http::HeadScan;
using nomo::http::scanHead;

namespace {

const FramingLimits kLimits{2048, 4096};

HeadScan scan(const QByteArray &bytes)
{
    return scanHead(bytes, kLimits);
}

struct Refused
{
    const char *name;
    QByteArray head;
    int status;
    const char *code;
};

class RefusedHead : public ::testing::TestWithParam<Refused>
{
};

TEST_P(RefusedHead, IsRefusedWithItsStatus)
{
    const HeadScan result = scan(GetParam().head);
    ASSERT_EQ(result.state, HeadScan::State::Refused);
    EXPECT_EQ(result.refusal.status, GetParam().status);
    EXPECT_EQ(result.refusal.code, QString::fromLatin1(GetParam().code));
    EXPECT_FALSE(result.refusal.message.isEmpty());
}

INSTANTIATE_TEST_SUITE_P(
    Rfc9112, RefusedHead,
    ::testing::Values(
        // The probe's case: a folded line that Qt unfolds into X-Folded's value.
        Refused{"FoldedContentLength", "GET /healthz HTTP/1.1\r\nX-Folded: a\r\n Content-Length: 101\r\n\r\n", 400, "obsolete_line_folding"},
        Refused{"FoldedWithTab", "GET / HTTP/1.1\r\nA: b\r\n\tc\r\n\r\n", 400, "obsolete_line_folding"},
        Refused{"BareLfInRequestLine", "GET / HTTP/1.1\nHost: x\r\n\r\n", 400, "bare_lf"},
        Refused{"BareLfHeadEnd", "GET / HTTP/1.1\r\nHost: x\n\n", 400, "bare_lf"},
        Refused{"LfCrLfHeadEnd", "GET / HTTP/1.1\r\nHost: x\n\r\n", 400, "bare_lf"},
        Refused{"BareCr", "GET / HTTP/1.1\r\nHost: x\rContent-Length: 5\r\n\r\n", 400, "bare_cr"},
        Refused{"DuplicateContentLength", "POST / HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\n", 400, "duplicate_content_length"},
        Refused{"ConflictingContentLength", "POST / HTTP/1.1\r\nContent-Length: 3\r\ncontent-length: 300\r\n\r\n", 400, "duplicate_content_length"},
        Refused{"ContentLengthList", "POST / HTTP/1.1\r\nContent-Length: 3, 3\r\n\r\n", 400, "bad_content_length"},
        Refused{"SignedContentLength", "POST / HTTP/1.1\r\nContent-Length: +3\r\n\r\n", 400, "bad_content_length"},
        Refused{"NegativeContentLength", "POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n", 400, "bad_content_length"},
        Refused{"HexContentLength", "POST / HTTP/1.1\r\nContent-Length: 0x10\r\n\r\n", 400, "bad_content_length"},
        Refused{"EmptyContentLength", "POST / HTTP/1.1\r\nContent-Length:\r\n\r\n", 400, "bad_content_length"},
        Refused{"HugeContentLength", "POST / HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n", 400, "bad_content_length"},
        Refused{"LengthWithTransferEncoding", "POST / HTTP/1.1\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n", 400, "length_conflict"},
        Refused{"TransferEncodingBeforeLength", "POST / HTTP/1.1\r\nTransfer-Encoding: identity\r\nContent-Length: 3\r\n\r\n", 400, "length_conflict"},
        Refused{"Chunked", "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n", 411, "length_required"},
        Refused{"SpaceBeforeColon", "POST / HTTP/1.1\r\nContent-Length : 3\r\n\r\n", 400, "bad_header"},
        Refused{"NoColon", "GET / HTTP/1.1\r\nHost\r\n\r\n", 400, "bad_header"},
        Refused{"EmptyFieldName", "GET / HTTP/1.1\r\n: x\r\n\r\n", 400, "bad_header"},
        Refused{"NulInValue", QByteArray("GET / HTTP/1.1\r\nA: b\0c\r\n\r\n", 26), 400, "control_character"},
        Refused{"VerticalTab", "GET / HTTP/1.1\r\nA: b\vc\r\n\r\n", 400, "control_character"},
        Refused{"LeadingSpace", " GET / HTTP/1.1\r\n\r\n", 400, "bad_request_line"},
        Refused{"DoubleSpace", "GET  / HTTP/1.1\r\n\r\n", 400, "bad_request_line"},
        Refused{"NoVersion", "GET /\r\n\r\n", 400, "bad_request_line"},
        Refused{"TrailingAfterVersion", "GET / HTTP/1.1 x\r\n\r\n", 400, "bad_request_line"},
        Refused{"SpaceInTarget", "GET /a b HTTP/1.1\r\n\r\n", 400, "bad_request_line"},
        Refused{"RawUtf8InTarget", "GET /\xd8\xb3 HTTP/1.1\r\n\r\n", 400, "bad_request_line"},
        Refused{"Http2", "GET / HTTP/2.0\r\n\r\n", 505, "version_not_supported"},
        Refused{"NotHttp", "GET / FTP/1.1\r\n\r\n", 400, "bad_request_line"}),
    [](const auto &info) { return std::string(info.param.name); });

TEST(RequestFraming, ReadsAPlainRequest)
{
    const HeadScan result = scan("POST /webhooks/salla?x=1 HTTP/1.1\r\nHost: a\r\nContent-Length:  17 \r\n\r\n{\"body\":true}....");
    ASSERT_EQ(result.state, HeadScan::State::Complete);
    EXPECT_EQ(result.head.method, "POST");
    EXPECT_EQ(result.head.target, "/webhooks/salla?x=1");
    EXPECT_EQ(result.head.path(), "/webhooks/salla");
    EXPECT_EQ(result.head.bodyLength, 17);
    EXPECT_EQ(result.headBytes, qsizetype(strlen("POST /webhooks/salla?x=1 HTTP/1.1\r\nHost: a\r\nContent-Length:  17 \r\n\r\n")));
}

TEST(RequestFraming, IgnoresEmptyLinesBeforeTheRequestLine)
{
    const HeadScan result = scan("\r\n\r\nGET /healthz HTTP/1.0\r\n\r\n");
    ASSERT_EQ(result.state, HeadScan::State::Complete);
    EXPECT_EQ(result.headBytes, 4 + qsizetype(strlen("GET /healthz HTTP/1.0\r\n\r\n")));
}

TEST(RequestFraming, TakesObsoleteTextInFieldValues)
{
    EXPECT_EQ(scan("GET / HTTP/1.1\r\nX-Name: \xd9\x86\xd9\x85\xd9\x88\r\n\r\n").state, HeadScan::State::Complete);
}

TEST(RequestFraming, WaitsForTheRestOfAHead)
{
    EXPECT_EQ(scan("GET / HTTP/1.1\r\nHost: x\r\n").state, HeadScan::State::NeedMore);
    EXPECT_EQ(scan("GET / HTTP/1.1\r\nHost: x\r").state, HeadScan::State::NeedMore);
    EXPECT_EQ(scan("\r\n").state, HeadScan::State::NeedMore);
    EXPECT_EQ(scan("").state, HeadScan::State::NeedMore);
}

TEST(RequestFraming, RefusesAHeadOverTheLimitWhetherOrNotItEnded)
{
    const QByteArray big = "GET / HTTP/1.1\r\nX: " + QByteArray(3000, 'a');
    EXPECT_EQ(scan(big).refusal.status, 431);
    EXPECT_EQ(scan(big + "\r\n\r\n").refusal.status, 431);
    EXPECT_EQ(scan(QByteArray(3000, '\r').replace("\r\r", "\r\n")).refusal.status, 431); // endless empty lines
}

TEST(RequestFraming, RefusesMoreFieldsThanQtKeeps)
{
    // QHttpHeaderParser drops every field past its hundredth: this Content-Length
    // would be ours and not Qt's.
    QByteArray head = "POST / HTTP/1.1\r\n";
    for (int i = 0; i < 100; ++i)
        head += "X" + QByteArray::number(i) + ": y\r\n";
    head += "Content-Length: 5\r\n\r\n";
    const HeadScan result = scanHead(head, FramingLimits{64 * 1024, 4096});
    ASSERT_EQ(result.state, HeadScan::State::Refused);
    EXPECT_EQ(result.refusal.status, 431);
}

TEST(RequestFraming, RefusesWhatQtsOwnParserWouldNotKeep)
{
    // Within our limits (raised here) but past QHttpHeaderParser's 100 KiB per field:
    // Qt would drop every field, Content-Length among them. The cross-check catches it.
    const QByteArray head = "POST / HTTP/1.1\r\nContent-Length: 5\r\nX-Big: " + QByteArray(110 * 1024, 'a') + "\r\n\r\n";
    const HeadScan result = scanHead(head, FramingLimits{256 * 1024, 4096});
    ASSERT_EQ(result.state, HeadScan::State::Refused);
    EXPECT_EQ(result.refusal.code, u"ambiguous_head"_s);
}

TEST(RequestFraming, RefusesABodyOverTheLimitFromItsHead)
{
    const HeadScan result = scan("POST / HTTP/1.1\r\nContent-Length: 4097\r\n\r\n");
    EXPECT_EQ(result.refusal.status, 413);
    EXPECT_EQ(scan("POST / HTTP/1.1\r\nContent-Length: 4096\r\n\r\n").state, HeadScan::State::Complete);
}

TEST(RequestFraming, RefusesBeforeTheHeadEndsWhenALineIsAlreadyWrong)
{
    // A bare LF is refused as it arrives: Qt would already be reading a body.
    EXPECT_EQ(scan("GET / HTTP/1.1\r\nA: b\n").refusal.code, u"bare_lf"_s);
}

} // namespace
