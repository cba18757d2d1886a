#pragma once

#include <QString>

namespace nomo {

// Salla's order status slugs (REFERENCE.md §3.5) in a shopper's words, for order
// updates: «قيد التنفيذ», "Out for delivery". A slug this table does not know (a store's
// own status) is shown as it is.
QString orderStatusWords(const QString &slug, const QString &language);

} // namespace nomo
