#pragma once

#include <QString>
#include <QStringList>

namespace nomo::templates {

// The plural categories a language tells apart (CLDR), in the order a template's
// `plural` filter lists its forms. Arabic has six: «لا منتجات، منتج واحد، منتجان،
// ٣ منتجات، ١١ منتجًا، ١٠٠ منتج»; English two: "1 item", "2 items".
enum class PluralCategory { Zero, One, Two, Few, Many, Other };

// The categories of `language` ("ar", "en"), in form order.
QList<PluralCategory> pluralCategories(const QString &language);
// Which of them `n` takes (CLDR rules; Arabic's follow n mod 100: ١٠٣ طلبات، ١١٥ طلبًا).
PluralCategory pluralCategory(const QString &language, qint64 n);
// The names of the forms, for the editor's hint ("zero, one, two, few, many, other").
QStringList pluralFormNames(const QString &language);

} // namespace nomo::templates
