#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace nomo {

// Writes `bytes` to `path` so that a crash or power cut at any moment leaves either
// no file or the whole file, never a short one: a temporary file beside it, written
// and fsync'd, renamed over `path`, then the folder fsync'd so the rename itself is
// durable. Mode 0600: this is for secrets (the token key).
Status writeFileDurably(const QString &path, const QByteArray &bytes);

} // namespace nomo
