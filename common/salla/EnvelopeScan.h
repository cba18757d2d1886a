#pragma once

#include "json/JsonReader.h"

#include <QByteArray>
#include <QString>

#include <optional>

// What the webhook intake needs of a body — the event, the store and the delivery key —
// read in one pass over the bytes, without building the document (issue "Intake and
// processing at the hardware's pace": Qt's full parse of a 5.5 KB order was the largest
// part of the intake thread's own work, and the worker parses every body again anyway).
//
// It is a fast path, not a second reading of the document: it answers only when the
// body is plainly what Salla sends, and otherwise says "don't know" (nullopt), and the
// intake reads that body with Qt's parser exactly as before, with the same 400s and
// 422s. Plainly means: valid UTF-8 within the size and depth limits; JSON's grammar
// throughout (strings without raw control characters and with known escapes, numbers
// as JSON spells them, literals, commas and brackets); a top-level object with one
// "event" made of [a-z0-9._*-], one "merchant" that is a positive integer literal of
// at most 15 digits, and one object "data"; data's id (or data.cart.id,
// data.order.id, where deliveryKey() looks) an integer literal or a string without
// escapes, given once. Whatever it answers, Qt's read answers the same
// (EnvelopeScanTest, and the FuzzWebhookEnvelope target checks it on every input);
// the worker, which parses every body in full, also checks that the stored store and
// event agree with the document, and keeps a disagreeing event failed.
namespace nomo::salla {

struct ScannedEnvelope
{
    QString event;
    qint64 merchantId = 0;
    QString ownId; // as deliveryKey() writes it: digits, the string, or "-"
};

std::optional<ScannedEnvelope> scanEnvelope(const QByteArray &body, const JsonLimits &limits);

// The same key deliveryKey() builds from a parsed envelope.
QString deliveryKey(const ScannedEnvelope &envelope, const QByteArray &rawBody);

} // namespace nomo::salla
