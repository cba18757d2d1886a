#pragma once

#include <QString>

namespace nomo {

// What went wrong, in a form callers can branch on. The daemon maps each code to an
// HTTP status in one place (daemon/http/HttpStatusMapping.cpp); the console maps it
// to tr() text. Append new codes at the end: their names travel in JSON.
enum class ErrorCode {
    InvalidArgument, // the caller sent something malformed or out of range
    NotFound,
    Conflict, // unique key, version or state clash
    Unauthorized,
    Forbidden,
    PayloadTooLarge,
    UnsupportedCurrency,
    ParseError, // bytes that are not what they claim to be (JSON, dates, numbers)
    DatabaseError,
    MigrationError,
    SchemaTooNew, // the database was written by a newer binary
    ConfigError,
    Unavailable, // a dependency is down; retrying later may work
    Internal,
};

// The stable, lower_snake name of a code, as it appears in error bodies and logs.
QString errorCodeName(ErrorCode code);

// An error carried by value: no exception ever crosses the Qt event loop.
// `messageKey` is a stable key the console translates ("money.currency_unsupported");
// `detail` is an English sentence for logs and API clients, naming the field or
// value at fault where there is one.
struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString messageKey;
    QString detail;
    // The request field at fault, where there is one ("settings.display_seconds"):
    // travels in the error body so a form can point at it.
    QString field = {};

    // "json.field_type: data.amount: expected a number" — for logs and exceptions' text.
    QString toString() const;
};

} // namespace nomo
