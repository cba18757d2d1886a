#include "templates/PluralRules.h"

using namespace Qt::StringLiterals;

namespace nomo::templates {

namespace {
bool arabic(const QString &language)
{
    return language.startsWith(u"ar"_s);
}
} // namespace

QList<PluralCategory> pluralCategories(const QString &language)
{
    if (arabic(language))
        return {PluralCategory::Zero, PluralCategory::One, PluralCategory::Two,
                PluralCategory::Few,  PluralCategory::Many, PluralCategory::Other};
    return {PluralCategory::One, PluralCategory::Other};
}

PluralCategory pluralCategory(const QString &language, qint64 n)
{
    const qint64 magnitude = n < 0 ? -n : n;
    if (!arabic(language))
        return magnitude == 1 ? PluralCategory::One : PluralCategory::Other;
    const qint64 mod100 = magnitude % 100;
    if (magnitude == 0)
        return PluralCategory::Zero;
    if (magnitude == 1)
        return PluralCategory::One;
    if (magnitude == 2)
        return PluralCategory::Two;
    if (mod100 >= 3 && mod100 <= 10)
        return PluralCategory::Few;
    if (mod100 >= 11 && mod100 <= 99)
        return PluralCategory::Many;
    return PluralCategory::Other;
}

QStringList pluralFormNames(const QString &language)
{
    QStringList names;
    for (const PluralCategory category : pluralCategories(language)) {
        switch (category) {
        case PluralCategory::Zero: names << u"zero"_s; break;
        case PluralCategory::One: names << u"one"_s; break;
        case PluralCategory::Two: names << u"two"_s; break;
        case PluralCategory::Few: names << u"few"_s; break;
        case PluralCategory::Many: names << u"many"_s; break;
        case PluralCategory::Other: names << u"other"_s; break;
        }
    }
    return names;
}

} // namespace nomo::templates
