<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_SA">
<context>
    <name>FeatureSchema</name>
    <message>
        <source>Discount coupons</source>
        <translation>كوبونات الخصم</translation>
    </message>
    <message>
        <source>Coupons created here are pushed to your Salla store.</source>
        <translation>الكوبونات التي تنشئها هنا تُضاف إلى متجرك في سلة.</translation>
    </message>
    <message>
        <source>Default discount type</source>
        <translation>نوع الخصم الافتراضي</translation>
    </message>
    <message>
        <source>Default percentage</source>
        <translation>النسبة الافتراضية</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>صالح لمدة</translation>
    </message>
    <message>
        <source>days</source>
        <translation>يوم</translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation>الحد الأدنى للطلب</translation>
    </message>
    <message>
        <source>SAR</source>
        <translation>ر.س</translation>
    </message>
    <message>
        <source>Free shipping</source>
        <translation>شحن مجاني</translation>
    </message>
    <message>
        <source>Shopper notifications</source>
        <translation>إشعارات العملاء</translation>
    </message>
    <message>
        <source>Email, SMS, WhatsApp and push messages to your shoppers.</source>
        <translation>رسائل البريد الإلكتروني والرسائل النصية وواتساب والإشعارات الفورية لعملائك.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>الرسائل النصية</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>الإشعارات الفورية</translation>
    </message>
    <message>
        <source>Abandoned cart reminder after</source>
        <translation>تذكير السلة المتروكة بعد</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>دقيقة</translation>
    </message>
    <message>
        <source>Quiet hours start (Riyadh)</source>
        <translation>تبدأ أوقات عدم الإزعاج الساعة</translation>
    </message>
    <message>
        <source>o&apos;clock</source>
        <translation>بتوقيت الرياض</translation>
    </message>
    <message>
        <source>Quiet hours end (Riyadh)</source>
        <translation>تنتهي أوقات عدم الإزعاج الساعة</translation>
    </message>
    <message>
        <source>SMS provider API key</source>
        <translation>مفتاح ربط مزوّد الرسائل النصية</translation>
    </message>
    <message>
        <source>WhatsApp access token</source>
        <translation>رمز الوصول إلى واتساب</translation>
    </message>
    <message>
        <source>Live visitor counter</source>
        <translation>عدّاد الزوار المباشر</translation>
    </message>
    <message>
        <source>Shows shoppers how many people are browsing right now.</source>
        <translation>يُظهر للعملاء عدد من يتصفحون المتجر الآن.</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Show from</source>
        <translation>يظهر ابتداءً من</translation>
    </message>
    <message>
        <source>visitors</source>
        <translation>زائر</translation>
    </message>
    <message>
        <source>Show on</source>
        <translation>يظهر في</translation>
    </message>
    <message>
        <source>Email collector</source>
        <translation>نافذة الاشتراك البريدي</translation>
    </message>
    <message>
        <source>A polite pop-up that invites visitors to join your list.</source>
        <translation>نافذة لطيفة تدعو الزوار للانضمام إلى قائمتك البريدية.</translation>
    </message>
    <message>
        <source>Headline (Arabic)</source>
        <translation>العنوان (بالعربية)</translation>
    </message>
    <message>
        <source>Headline (English)</source>
        <translation>العنوان (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Show after</source>
        <translation>يظهر بعد</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>ثانية</translation>
    </message>
    <message>
        <source>Offer a coupon for signing up</source>
        <translation>كوبون مقابل الاشتراك</translation>
    </message>
    <message>
        <source>Visitor data</source>
        <translation>بيانات الزوار</translation>
    </message>
    <message>
        <source>Where your visitors come from and what they look at.</source>
        <translation>من أين يأتي زوارك وماذا يتصفحون.</translation>
    </message>
    <message>
        <source>Keep visits for</source>
        <translation>مدة الاحتفاظ بالزيارات</translation>
    </message>
    <message>
        <source>Record page views</source>
        <translation>تسجيل مشاهدات الصفحات</translation>
    </message>
    <message>
        <source>Latest purchase</source>
        <translation>آخر عملية شراء</translation>
    </message>
    <message>
        <source>A short toast: someone in Riyadh just bought this.</source>
        <translation>تنبيه قصير: شخص من الرياض اشترى هذا للتو.</translation>
    </message>
    <message>
        <source>Show each for</source>
        <translation>مدة ظهور كل تنبيه</translation>
    </message>
    <message>
        <source>Pause between</source>
        <translation>المهلة بين التنبيهات</translation>
    </message>
    <message>
        <source>Only purchases from the last</source>
        <translation>المشتريات خلال آخر</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ساعة</translation>
    </message>
    <message>
        <source>Hide shoppers&apos; names</source>
        <translation>إخفاء أسماء العملاء</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>نسبة مئوية</translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation>مبلغ ثابت</translation>
    </message>
    <message>
        <source>Bottom, reading side</source>
        <translation>أسفل اليمين</translation>
    </message>
    <message>
        <source>Bottom, far side</source>
        <translation>أسفل اليسار</translation>
    </message>
    <message>
        <source>Top, reading side</source>
        <translation>أعلى اليمين</translation>
    </message>
    <message>
        <source>Top, far side</source>
        <translation>أعلى اليسار</translation>
    </message>
    <message>
        <source>Product pages</source>
        <translation>صفحات المنتجات</translation>
    </message>
    <message>
        <source>Every page</source>
        <translation>كل الصفحات</translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message numerus="yes">
        <source>Last %Ln days</source>
        <translation>
            <numerusform>آخر %Ln يوم</numerusform>
            <numerusform>آخر يوم</numerusform>
            <numerusform>آخر يومين</numerusform>
            <numerusform>آخر %Ln أيام</numerusform>
            <numerusform>آخر %Ln يومًا</numerusform>
            <numerusform>آخر %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>بلا تغيير</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>الأدوات</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
</context>
<context>
    <name>nomo::AccountPage</name>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Signed in on these devices</source>
        <translation>الأجهزة المسجّل دخولها</translation>
    </message>
    <message>
        <source>Sign out a device you no longer use: it loses access at once.</source>
        <translation>سجّل خروج أي جهاز لم تعد تستخدمه، فيفقد الوصول فورًا.</translation>
    </message>
    <message>
        <source>Sign out of this computer</source>
        <translation>تسجيل الخروج من هذا الجهاز</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation>آخر استخدام: %1</translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>لم يُستخدم بعد</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>هذا الجهاز</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>The list appears after the next sync.</source>
        <translation>تظهر القائمة بعد المزامنة القادمة.</translation>
    </message>
    <message>
        <source>Sign in to see the devices of your store.</source>
        <translation>سجّل الدخول لترى أجهزة متجرك.</translation>
    </message>
    <message>
        <source>This console works with the Nomo Flow service at %1</source>
        <translation>يعمل هذا التطبيق مع خدمة نمو فلو على %1</translation>
    </message>
</context>
<context>
    <name>nomo::ActivityModel</name>
    <message>
        <source>New order</source>
        <translation>طلب جديد</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>عميل جديد</translation>
    </message>
    <message>
        <source>App installed</source>
        <translation>تم تثبيت التطبيق</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>وقت الوصول</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>No counts yet: they arrive with the first sync.</source>
        <translation>لا توجد أرقام بعد: تصل مع أول مزامنة.</translation>
    </message>
    <message>
        <source>An order&apos;s status changed</source>
        <translation>تغيّرت حالة طلب</translation>
    </message>
    <message>
        <source>An order was cancelled</source>
        <translation>أُلغي طلب</translation>
    </message>
    <message>
        <source>An order was refunded</source>
        <translation>استُرجع مبلغ طلب</translation>
    </message>
    <message>
        <source>An order was deleted</source>
        <translation>حُذف طلب</translation>
    </message>
    <message>
        <source>An order was updated</source>
        <translation>تحديث على طلب</translation>
    </message>
    <message>
        <source>Abandoned cart</source>
        <translation>سلة متروكة</translation>
    </message>
    <message>
        <source>Abandoned cart bought</source>
        <translation>سلة مستعادة: أتمّ العميل الشراء</translation>
    </message>
    <message>
        <source>A customer&apos;s details changed</source>
        <translation>تغيّرت بيانات عميل</translation>
    </message>
    <message>
        <source>A customer used a coupon</source>
        <translation>استخدم عميل كوبونًا</translation>
    </message>
    <message>
        <source>Your store was connected to Nomo Flow</source>
        <translation>تم ربط متجرك بنمو فلو</translation>
    </message>
    <message>
        <source>App updated</source>
        <translation>تم تحديث التطبيق</translation>
    </message>
    <message>
        <source>App removed from your store</source>
        <translation>تم حذف التطبيق من متجرك</translation>
    </message>
    <message>
        <source>App settings changed in Salla</source>
        <translation>تغيّرت إعدادات التطبيق في سلة</translation>
    </message>
    <message>
        <source>Update from Salla</source>
        <translation>تحديث من سلة</translation>
    </message>
    <message>
        <source>Caught up automatically</source>
        <translation>استدراك تلقائي</translation>
    </message>
    <message>
        <source>Straight from Salla</source>
        <translation>من سلة مباشرةً</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>لا يلزم إجراء</translation>
    </message>
    <message>
        <source>Will try again</source>
        <translation>ستُعاد المحاولة</translation>
    </message>
    <message>
        <source>Salla no longer has what this update refers to.</source>
        <translation>لم نجد في سلة ما يخصّه هذا التحديث.</translation>
    </message>
    <message>
        <source>Salla did not let Nomo Flow into your store.</source>
        <translation>لم تسمح سلة لنمو فلو بالوصول إلى متجرك.</translation>
    </message>
    <message>
        <source>Salla did not answer in time.</source>
        <translation>لم تردّ سلة في الوقت المناسب.</translation>
    </message>
    <message>
        <source>We could not complete this update.</source>
        <translation>تعذّر علينا إكمال هذا التحديث.</translation>
    </message>
    <message numerus="yes">
        <source>%1 We stopped after %Ln attempt(s); there is nothing for you to do.</source>
        <translation>
            <numerusform>%1 توقفنا دون أي محاولة، ولا يلزمك شيء.</numerusform>
            <numerusform>%1 توقفنا بعد محاولة واحدة، ولا يلزمك شيء.</numerusform>
            <numerusform>%1 توقفنا بعد محاولتين، ولا يلزمك شيء.</numerusform>
            <numerusform>%1 توقفنا بعد %Ln محاولات، ولا يلزمك شيء.</numerusform>
            <numerusform>%1 توقفنا بعد %Ln محاولة، ولا يلزمك شيء.</numerusform>
            <numerusform>%1 توقفنا بعد %Ln محاولة، ولا يلزمك شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 We will try again shortly.</source>
        <translation>%1 سنحاول مرة أخرى قريبًا.</translation>
    </message>
    <message>
        <source>Nomo Flow does not need this update.</source>
        <translation>لا يحتاج نمو فلو إلى هذا التحديث.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>How it arrived</source>
        <translation>طريقة الوصول</translation>
    </message>
    <message>
        <source>Done: %1, failed: %2, caught up automatically: %3, waiting: %4, nothing to do: %5</source>
        <translation>تم: %1، فشل: %2، استدراك تلقائي: %3، قيد الانتظار: %4، لا يلزم إجراء: %5</translation>
    </message>
</context>
<context>
    <name>nomo::ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation>النشاط</translation>
    </message>
</context>
<context>
    <name>nomo::ActivityView</name>
    <message>
        <source>Nothing has arrived from Salla yet.</source>
        <translation>لم يصل شيء من سلة بعد.</translation>
    </message>
    <message>
        <source>Nothing matches this search.</source>
        <translation>لا شيء يطابق هذا البحث.</translation>
    </message>
    <message>
        <source>Search: a customer, an order number…</source>
        <translation>ابحث: عميل، رقم طلب…</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>لا يلزم إجراء</translation>
    </message>
</context>
<context>
    <name>nomo::ConsoleController</name>
    <message>
        <source>Sign-in did not finish. Please try again.</source>
        <translation>لم يكتمل تسجيل الدخول. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so Nomo Flow cannot remember your sign-in. You can still sign in for this session only.</source>
        <translation>لا تتوفر سلسلة مفاتيح على هذا الجهاز، لذلك لا يستطيع نمو فلو تذكّر تسجيل دخولك. يمكنك تسجيل الدخول لهذه الجلسة فقط.</translation>
    </message>
    <message>
        <source>Signed in for this session only: no keychain is available.</source>
        <translation>تم تسجيل الدخول لهذه الجلسة فقط: لا تتوفر سلسلة مفاتيح.</translation>
    </message>
    <message>
        <source>This change could not be saved on this computer.</source>
        <translation>تعذّر حفظ هذا التغيير على هذا الجهاز.</translation>
    </message>
    <message>
        <source>“%1” was changed from another device before your change arrived. Your change was not saved; the app now shows the saved settings.</source>
        <translation>عُدّلت إعدادات «⁨%1⁩» من جهاز آخر قبل وصول تغييرك. لم يُحفظ تغييرك، ويعرض التطبيق الآن الإعدادات المحفوظة.</translation>
    </message>
    <message>
        <source>“%1” was not saved: %2</source>
        <translation>لم تُحفظ إعدادات «⁨%1⁩»: %2</translation>
    </message>
    <message>
        <source>“%1” was not saved. %2: %3</source>
        <translation>لم تُحفظ إعدادات «⁨%1⁩». ⁨%2⁩: %3</translation>
    </message>
    <message>
        <source>“%1” was not saved: the server refused the change.</source>
        <translation>لم تُحفظ إعدادات «⁨%1⁩»: لم يُقبل هذا التغيير.</translation>
    </message>
    <message>
        <source>The browser did not open. Copy the sign-in address and open it in a web browser on this computer; Nomo Flow keeps waiting.</source>
        <translation>لم يُفتح المتصفح. انسخ رابط تسجيل الدخول وافتحه في متصفح على هذا الجهاز، وسننتظر حتى تُكمله.</translation>
    </message>
    <message>
        <source>Finish signing in in your browser. If no browser opened, copy the sign-in address into one on this computer.</source>
        <translation>أكمل تسجيل الدخول في المتصفح. إن لم يُفتح المتصفح، انسخ رابط تسجيل الدخول وافتحه في متصفح على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Sign-in not kept</source>
        <translation>تعذّر حفظ تسجيل الدخول</translation>
    </message>
    <message>
        <source>We can&apos;t keep your sign-in on this computer. Stay signed in until you close Nomo Flow? You will need to sign in again next time.</source>
        <translation>لن نتمكن من حفظ تسجيل دخولك على هذا الجهاز. هل تريد البقاء مسجّلًا حتى تغلق نمو فلو؟ ستحتاج إلى تسجيل الدخول مرة أخرى في المرة القادمة.</translation>
    </message>
    <message>
        <source>That device could not be signed out. Try again.</source>
        <translation>تعذّر تسجيل خروج ذلك الجهاز. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>You are signed out of this computer.</source>
        <translation>سجّلت الخروج من هذا الجهاز.</translation>
    </message>
</context>
<context>
    <name>nomo::DashboardWindow</name>
    <message>
        <source>Nomo Flow</source>
        <translation>نمو فلو</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>تم النسخ</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>نسخ الرابط</translation>
    </message>
    <message>
        <source>Nomo Flow — %1</source>
        <translation>نمو فلو — ⁨%1⁩</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
</context>
<context>
    <name>nomo::FeatureCard</name>
    <message>
        <source>On</source>
        <translation>تفعيل</translation>
    </message>
    <message>
        <source>Switched on</source>
        <translation>مفعّلة</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>متوقفة</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>الإعداد</translation>
    </message>
</context>
<context>
    <name>nomo::FeatureCardsModel</name>
    <message>
        <source>No data yet</source>
        <translation>لا توجد بيانات بعد</translation>
    </message>
    <message>
        <source>Last purchase: %1</source>
        <translation>آخر عملية شراء: %1</translation>
    </message>
    <message>
        <source>Last purchase: %1, %2</source>
        <translation>آخر عملية شراء: %1، %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) with a coupon in the last 7 days, %1</source>
        <extracomment>%Ln: how many orders; %1: their total in SAR</extracomment>
        <translation>
            <numerusform>لا طلبات بكوبون في آخر ٧ أيام، %1</numerusform>
            <numerusform>طلب واحد بكوبون في آخر ٧ أيام، %1</numerusform>
            <numerusform>طلبان بكوبون في آخر ٧ أيام، %1</numerusform>
            <numerusform>%Ln طلبات بكوبون في آخر ٧ أيام، %1</numerusform>
            <numerusform>%Ln طلبًا بكوبون في آخر ٧ أيام، %1</numerusform>
            <numerusform>%Ln طلب بكوبون في آخر ٧ أيام، %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln abandoned cart(s) to remind, worth %1</source>
        <translation>
            <numerusform>لا سلال متروكة للتذكير</numerusform>
            <numerusform>سلة متروكة واحدة للتذكير بقيمة %1</numerusform>
            <numerusform>سلتان متروكتان للتذكير بقيمة %1</numerusform>
            <numerusform>%Ln سلال متروكة للتذكير بقيمة %1</numerusform>
            <numerusform>%Ln سلة متروكة للتذكير بقيمة %1</numerusform>
            <numerusform>%Ln سلة متروكة للتذكير بقيمة %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page view(s) in the last 7 days</source>
        <translation>
            <numerusform>لا مشاهدات في آخر ٧ أيام</numerusform>
            <numerusform>مشاهدة واحدة في آخر ٧ أيام</numerusform>
            <numerusform>مشاهدتان في آخر ٧ أيام</numerusform>
            <numerusform>%Ln مشاهدات في آخر ٧ أيام</numerusform>
            <numerusform>%Ln مشاهدة في آخر ٧ أيام</numerusform>
            <numerusform>%Ln مشاهدة في آخر ٧ أيام</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders with a coupon in the last 7 days</source>
        <translation>لا طلبات بكوبون في آخر ٧ أيام</translation>
    </message>
</context>
<context>
    <name>nomo::LoopbackReceiver</name>
    <message>
        <source>Signed in</source>
        <translation>تم تسجيل الدخول</translation>
    </message>
    <message>
        <source>Nomo Flow is signed in. You can close this tab and go back to the app.</source>
        <translation>تم تسجيل الدخول إلى نمو فلو. يمكنك إغلاق هذه الصفحة والعودة إلى التطبيق.</translation>
    </message>
    <message>
        <source>Sign-in was not completed</source>
        <translation>لم يكتمل تسجيل الدخول</translation>
    </message>
    <message>
        <source>The sign-in did not finish. You can close this tab and try again from the app.</source>
        <translation>لم يكتمل تسجيل الدخول. يمكنك إغلاق هذه الصفحة والمحاولة مجددًا من التطبيق.</translation>
    </message>
    <message>
        <source>Nomo Flow</source>
        <translation>نمو فلو</translation>
    </message>
</context>
<context>
    <name>nomo::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>نظرة عامة</translation>
    </message>
    <message>
        <source>Sales per day, last 30 days</source>
        <translation>المبيعات اليومية في آخر ٣٠ يومًا</translation>
    </message>
    <message>
        <source>Abandoned carts</source>
        <translation>السلات المتروكة</translation>
    </message>
    <message>
        <source>Your tools now</source>
        <translation>أدواتك الآن</translation>
    </message>
    <message>
        <source>Open the tools</source>
        <translation>فتح الأدوات</translation>
    </message>
    <message numerus="yes">
        <source>Against the %Ln days before</source>
        <translation>
            <numerusform>مقارنةً بالفترة السابقة</numerusform>
            <numerusform>مقارنةً باليوم السابق</numerusform>
            <numerusform>مقارنةً باليومين السابقين</numerusform>
            <numerusform>مقارنةً بالأيام الـ%Ln السابقة</numerusform>
            <numerusform>مقارنةً بالـ%Ln يومًا السابقة</numerusform>
            <numerusform>مقارنةً بالـ%Ln يوم السابقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders</source>
        <translation>
            <numerusform>لا طلبات</numerusform>
            <numerusform>طلب واحد</numerusform>
            <numerusform>طلبان</numerusform>
            <numerusform>%Ln طلبات</numerusform>
            <numerusform>%Ln طلبًا</numerusform>
            <numerusform>%Ln طلب</numerusform>
        </translation>
    </message>
    <message>
        <source>No abandoned carts</source>
        <translation>لا سلات متروكة</translation>
    </message>
    <message>
        <source>A cart a customer leaves before paying shows here, with its value.</source>
        <translation>ستظهر هنا السلة التي يتركها العميل قبل الدفع، مع قيمتها.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln carts</source>
        <translation>
            <numerusform>لا سلات</numerusform>
            <numerusform>سلة واحدة</numerusform>
            <numerusform>سلتان</numerusform>
            <numerusform>%Ln سلات</numerusform>
            <numerusform>%Ln سلة</numerusform>
            <numerusform>%Ln سلة</numerusform>
        </translation>
    </message>
    <message>
        <source>Worth %1 in all. Reminder messages can bring them back.</source>
        <translation>قيمتها ⁨%1⁩ إجمالًا. يمكن لرسائل التذكير أن تعيدها.</translation>
    </message>
    <message>
        <source>No tool is switched on yet. Switch one on and its results show here.</source>
        <translation>لم تفعّل أي أداة بعد. فعّل أداة وستظهر نتائجها هنا.</translation>
    </message>
</context>
<context>
    <name>nomo::SettingsDialog</name>
    <message>
        <source>Settings: %1</source>
        <translation>الإعدادات: %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Switch the tool on in your store</source>
        <translation>تفعيل الأداة في متجرك</translation>
    </message>
</context>
<context>
    <name>nomo::SettingsFormModel</name>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>أدخل عددًا صحيحًا من %1 إلى %2.</translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation>استخدم %1 حرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>Choose one of the offered options.</source>
        <translation>اختر أحد الخيارات المتاحة.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>أدخل عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation>هذه القيمة غير صالحة.</translation>
    </message>
    <message>
        <source>The server does not know this setting. Please update Nomo Flow.</source>
        <translation>هذا الإعداد غير مدعوم، حدّث نمو فلو.</translation>
    </message>
    <message>
        <source>The server did not accept this value.</source>
        <translation>لم تُقبل هذه القيمة.</translation>
    </message>
    <message numerus="yes">
        <source>second(s)</source>
        <translation>
            <numerusform>ثانية</numerusform>
            <numerusform>ثانية</numerusform>
            <numerusform>ثانية</numerusform>
            <numerusform>ثوانٍ</numerusform>
            <numerusform>ثانية</numerusform>
            <numerusform>ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>minute(s)</source>
        <translation>
            <numerusform>دقيقة</numerusform>
            <numerusform>دقيقة</numerusform>
            <numerusform>دقيقة</numerusform>
            <numerusform>دقائق</numerusform>
            <numerusform>دقيقة</numerusform>
            <numerusform>دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hour(s)</source>
        <translation>
            <numerusform>ساعة</numerusform>
            <numerusform>ساعة</numerusform>
            <numerusform>ساعة</numerusform>
            <numerusform>ساعات</numerusform>
            <numerusform>ساعة</numerusform>
            <numerusform>ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>يوم</numerusform>
            <numerusform>يوم</numerusform>
            <numerusform>يوم</numerusform>
            <numerusform>أيام</numerusform>
            <numerusform>يومًا</numerusform>
            <numerusform>يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>visitor(s)</source>
        <translation>
            <numerusform>زائر</numerusform>
            <numerusform>زائر</numerusform>
            <numerusform>زائر</numerusform>
            <numerusform>زوار</numerusform>
            <numerusform>زائرًا</numerusform>
            <numerusform>زائر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nomo::StatusStrip</name>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
</context>
<context>
    <name>nomo::StatusViewModel</name>
    <message>
        <source>Not signed in — showing saved data</source>
        <translation>لم تسجّل الدخول — نعرض البيانات المحفوظة</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>متصل</translation>
    </message>
    <message>
        <source>Offline — showing saved data</source>
        <translation>غير متصل — نعرض البيانات المحفوظة</translation>
    </message>
    <message>
        <source>This device was signed out. Please sign in again.</source>
        <translation>سُجّل خروج هذا الجهاز. سجّل الدخول مجددًا من فضلك.</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>لم تتم المزامنة بعد</translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation>آخر مزامنة %1</translation>
    </message>
    <message>
        <source>Salla needs you to authorize Nomo Flow again. Open the app from your Salla dashboard to renew it.</source>
        <translation>تحتاج سلة إلى تفويض نمو فلو مجددًا. افتح التطبيق من لوحة تحكم متجرك في سلة لتجديد التفويض.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>لا تغييرات بانتظار الإرسال</numerusform>
            <numerusform>تغيير واحد بانتظار الإرسال</numerusform>
            <numerusform>تغييران بانتظار الإرسال</numerusform>
            <numerusform>%Ln تغييرات بانتظار الإرسال</numerusform>
            <numerusform>%Ln تغييرًا بانتظار الإرسال</numerusform>
            <numerusform>%Ln تغيير بانتظار الإرسال</numerusform>
        </translation>
    </message>
    <message>
        <source>Bringing your store&apos;s data: %1 of %2</source>
        <translation>نجلب بيانات متجرك: ⁨%1⁩ من ⁨%2⁩</translation>
    </message>
</context>
<context>
    <name>nomo::ToolsPage</name>
    <message>
        <source>Tools</source>
        <translation>الأدوات</translation>
    </message>
    <message>
        <source>Switch a tool on and it starts working in your Salla store.</source>
        <translation>فعّل أداة لتبدأ عملها في متجرك على سلة.</translation>
    </message>
</context>
</TS>
