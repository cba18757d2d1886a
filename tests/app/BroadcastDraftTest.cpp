// A broadcast being written: a season's moment comes to the right Riyadh time with its
// Hijri day, Ramadan's moments stay Ramadan's, problems are told before anything is
// sent, the request is what the daemon documents, and quiet hours are noticed.
#include "calendar/RiyadhSun.h"
#include "core/Time.h"
#include "i18n/Language.h"
#include "viewmodels/BroadcastDraft.h"

#include <QApplication>
#include <QJsonArray>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;
using namespace nomo;
using calendar::Moment;

namespace {
void use(const QString &language)
{
    Language::apply(*static_cast<QApplication *>(QCoreApplication::instance()), Language::localeFor(language));
}
} // namespace

TEST(BroadcastDraft, TheFirstDayOfRamadanAfterIftarIsOneChoice)
{
    use(u"ar"_s);
    BroadcastDraft draft;
    draft.name = u"رمضان كريم"_s;
    draft.channels = {u"whatsapp"_s, u"email"_s};
    draft.occasion = u"ramadan_start@2027-02-08"_s;
    draft.moment = Moment::AfterIftar;
    EXPECT_EQ(draft.sendAt(), calendar::RiyadhSun::sunset(QDate(2027, 2, 8)).addSecs(1800));
    EXPECT_EQ(draft.occasionKey(), u"ramadan_start:after_iftar"_s);
    const QDateTime now(QDate(2026, 12, 2), QTime(9, 0), QTimeZone::utc());
    EXPECT_TRUE(draft.problems(now).isEmpty()) << draft.problems(now).join(u'\n').toStdString();
    const QString when = draft.whenText();
    EXPECT_TRUE(when.contains(u"١ رمضان ١٤٤٨ هـ"_s)) << when.toStdString();
    EXPECT_TRUE(when.contains(u"بتوقيت الرياض"_s)) << when.toStdString();

    const QJsonObject request = draft.request();
    EXPECT_EQ(request.value(u"occasion"_s).toString(), u"ramadan_start:after_iftar"_s);
    EXPECT_EQ(request.value(u"channels"_s).toArray(), (QJsonArray{u"whatsapp"_s, u"email"_s}));
    EXPECT_EQ(nomo::time::fromWire(request.value(u"send_at"_s).toString()).value_or(QDateTime()), draft.sendAt());
    EXPECT_FALSE(request.contains(u"segment_days"_s)) << "only for the segments counted in days";
    use(u"en"_s);
    EXPECT_TRUE(draft.whenText().contains(u"1 Ramadan 1448 AH"_s)) << draft.whenText().toStdString();
    use(u"ar"_s);
}

TEST(BroadcastDraft, ProblemsAreToldBeforeAnythingIsSent)
{
    use(u"ar"_s);
    const QDateTime now(QDate(2026, 12, 2), QTime(9, 0), QTimeZone::utc());
    BroadcastDraft draft;
    draft.channels.clear();
    draft.occasion = u"national_day@2027-09-23"_s;
    draft.moment = Moment::AfterIftar; // not Ramadan
    const QStringList problems = draft.problems(now);
    EXPECT_EQ(problems.size(), 3) << problems.join(u'\n').toStdString(); // no name, no channel, iftar outside Ramadan
    draft.occasion.clear();
    draft.custom = now.addDays(-1);
    EXPECT_TRUE(draft.problems(now).join(u'\n').contains(u"مضى"_s)) << "a time already past";
}

TEST(BroadcastDraft, AMomentInTheQuietHoursIsNoticed)
{
    BroadcastDraft draft;
    draft.occasion = u"ramadan_start@2027-02-08"_s;
    draft.moment = Moment::BeforeSuhoor; // the first suhoor, about 03:50 Riyadh time
    EXPECT_TRUE(draft.inQuietHours(23, 9));
    EXPECT_FALSE(draft.inQuietHours(0, 0)) << "no quiet hours";
    draft.moment = Moment::AfterIftar;
    EXPECT_FALSE(draft.inQuietHours(23, 9));
}
