<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_SA">
<context>
    <name>CouponWords</name>
    <message>
        <source>%1 up to %2</source>
        <extracomment>%1: the percentage; %2: the most it takes off, in SAR</extracomment>
        <translation>%1 بحد أقصى %2</translation>
    </message>
    <message>
        <source>%1, free shipping</source>
        <extracomment>%1: the discount; free shipping comes with it</extracomment>
        <translation>%1، شحن مجاني</translation>
    </message>
    <message>
        <source>Type a code for the coupon.</source>
        <translation>اكتب رمزًا للكوبون.</translation>
    </message>
    <message>
        <source>A code has %1 to %2 characters.</source>
        <translation>يتكوّن الرمز من %1 إلى %2 حرفًا.</translation>
    </message>
    <message>
        <source>Use only Latin letters, digits, - and _.</source>
        <translation>استخدم الحروف اللاتينية والأرقام و - و _ فقط.</translation>
    </message>
    <message>
        <source>Another coupon of your store has this code.</source>
        <translation>لدى متجرك كوبون آخر بهذا الرمز.</translation>
    </message>
    <message>
        <source>Type a discount above zero.</source>
        <translation>اكتب خصمًا أكبر من صفر.</translation>
    </message>
    <message>
        <source>A percentage cannot be more than %1.</source>
        <translation>لا تتجاوز النسبة %1.</translation>
    </message>
    <message>
        <source>A fixed discount cannot be more than the minimum purchase.</source>
        <translation>لا يتجاوز الخصم الثابت الحد الأدنى للشراء.</translation>
    </message>
    <message>
        <source>Type an amount above zero.</source>
        <translation>اكتب مبلغًا أكبر من صفر.</translation>
    </message>
    <message>
        <source>A maximum discount is for percentages only.</source>
        <translation>الحد الأقصى للخصم للنسب المئوية فقط.</translation>
    </message>
    <message>
        <source>Choose when the coupon expires.</source>
        <translation>اختر تاريخ انتهاء الكوبون.</translation>
    </message>
    <message>
        <source>Choose an expiry date after today.</source>
        <translation>اختر تاريخ انتهاء بعد اليوم.</translation>
    </message>
    <message>
        <source>Choose an expiry date after the start date.</source>
        <translation>اختر تاريخ انتهاء بعد تاريخ البداية.</translation>
    </message>
    <message>
        <source>A limit is at least one use.</source>
        <translation>أقل حد هو مرة واحدة.</translation>
    </message>
    <message>
        <source>The limit per customer cannot be more than the total limit.</source>
        <translation>لا يتجاوز حد العميل الواحد الحد الكلي.</translation>
    </message>
    <message>
        <source>Write the domain like %1.</source>
        <translation>اكتب النطاق بهذا الشكل: %1.</translation>
    </message>
    <message>
        <source>Salla does not know one of these payment methods.</source>
        <translation>إحدى طرق الدفع هذه لا تعرفها سلة.</translation>
    </message>
    <message>
        <source>Type numbers separated by commas.</source>
        <translation>اكتب أرقامًا تفصل بينها فواصل.</translation>
    </message>
    <message>
        <source>A campaign has %1 to %2 codes.</source>
        <translation>تضم الحملة من %1 إلى %2 رمز.</translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation>اكتب اسمًا للحملة.</translation>
    </message>
    <message>
        <source>This setting is not supported yet. Update Nomo Flow.</source>
        <translation>هذا الإعداد غير مدعوم بعد، حدّث نمو فلو.</translation>
    </message>
    <message>
        <source>A campaign&apos;s codes are made once. Make a new campaign instead.</source>
        <translation>تُنشأ رموز الحملة مرة واحدة. أنشئ حملة جديدة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation>اكتب رقمًا.</translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation>اكتب عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>Salla did not accept this value.</source>
        <translation>لم تقبل سلة هذه القيمة.</translation>
    </message>
    <message>
        <source>This value was not accepted.</source>
        <translation>لم تُقبل هذه القيمة.</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>رمز الكوبون</translation>
    </message>
    <message>
        <source>Discount type</source>
        <translation>نوع الخصم</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <source>Minimum purchase</source>
        <translation>الحد الأدنى للشراء</translation>
    </message>
    <message>
        <source>Maximum discount</source>
        <translation>الحد الأقصى للخصم</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البداية</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Total uses</source>
        <translation>عدد مرات الاستخدام</translation>
    </message>
    <message>
        <source>Uses per customer</source>
        <translation>مرات الاستخدام لكل عميل</translation>
    </message>
    <message>
        <source>Customers&apos; email domain</source>
        <translation>نطاق بريد العملاء</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>طرق الدفع</translation>
    </message>
    <message>
        <source>Where it works</source>
        <translation>مكان الاستخدام</translation>
    </message>
    <message>
        <source>Free shipping</source>
        <translation>شحن مجاني</translation>
    </message>
    <message>
        <source>Only these products</source>
        <translation>هذه المنتجات فقط</translation>
    </message>
    <message>
        <source>Not these products</source>
        <translation>ما عدا هذه المنتجات</translation>
    </message>
    <message>
        <source>Only these categories</source>
        <translation>هذه التصنيفات فقط</translation>
    </message>
    <message>
        <source>Not these categories</source>
        <translation>ما عدا هذه التصنيفات</translation>
    </message>
    <message>
        <source>Number of codes</source>
        <translation>عدد الرموز</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>اسم الحملة</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Another setting</source>
        <translation>إعداد آخر</translation>
    </message>
    <message>
        <source>mada</source>
        <translation>مدى</translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation>بطاقة ائتمانية</translation>
    </message>
    <message>
        <source>Apple Pay</source>
        <translation>آبل باي</translation>
    </message>
    <message>
        <source>STC Pay</source>
        <translation>إس تي سي باي</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>تحويل بنكي</translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation>الدفع عند الاستلام</translation>
    </message>
    <message>
        <source>Tabby</source>
        <translation>تابي</translation>
    </message>
    <message>
        <source>Tamara</source>
        <translation>تمارا</translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation>باي بال</translation>
    </message>
    <message>
        <source>KNET</source>
        <translation>كي نت</translation>
    </message>
    <message>
        <source>Spotii</source>
        <translation>سبوتي</translation>
    </message>
    <message>
        <source>Salla did not let Nomo Flow into your store. Renew the link to Nomo Flow from Salla&apos;s dashboard.</source>
        <translation>لم تسمح سلة لنمو فلو بالوصول إلى متجرك. يلزم تجديد ربط نمو فلو بمتجرك من لوحة تحكم سلة.</translation>
    </message>
    <message>
        <source>Salla did not accept this coupon.</source>
        <translation>لم تقبل سلة هذا الكوبون.</translation>
    </message>
    <message>
        <source>Code prefix</source>
        <translation>بادئة الرموز</translation>
    </message>
</context>
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
    <message>
        <source>Second reminder after (0: none)</source>
        <translation>التذكير الثاني بعد (٠: بلا تذكير ثانٍ)</translation>
    </message>
    <message>
        <source>Discount in the second reminder (0: none)</source>
        <translation>خصم في التذكير الثاني (٠: بلا خصم)</translation>
    </message>
    <message>
        <source>%</source>
        <translation>٪</translation>
    </message>
    <message>
        <source>Marketing messages per shopper a day, at most</source>
        <translation>أقصى عدد للرسائل التسويقية لكل عميل في اليوم</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>رسالة</translation>
    </message>
    <message>
        <source>SMS provider</source>
        <translation>مزوّد الرسائل النصية</translation>
    </message>
    <message>
        <source>SMS sender name (registered with the provider)</source>
        <translation>اسم المرسل (المسجّل لدى المزوّد)</translation>
    </message>
    <message>
        <source>SMS account user name (Msegat)</source>
        <translation>اسم المستخدم لدى المزوّد (مسجات)</translation>
    </message>
    <message>
        <source>Unifonic</source>
        <translation>يونيفونك</translation>
    </message>
    <message>
        <source>Msegat</source>
        <translation>مسجات</translation>
    </message>
    <message>
        <source>Taqnyat</source>
        <translation>تقنيات</translation>
    </message>
    <message>
        <source>Price of one SMS part</source>
        <translation>سعر الجزء الواحد من الرسالة النصية</translation>
    </message>
    <message>
        <source>halalas</source>
        <translation>هللة</translation>
    </message>
    <message>
        <source>Tell shoppers when their order moves on</source>
        <translation>إبلاغ العملاء بتقدّم طلباتهم</translation>
    </message>
    <message>
        <source>Order statuses that send an update (Salla&apos;s names, separated by commas)</source>
        <translation>حالات الطلب التي تُرسل عندها رسالة (بأسمائها في سلة، تفصل بينها فاصلة)</translation>
    </message>
    <message>
        <source>WhatsApp phone number ID (from Meta)</source>
        <translation>معرّف رقم واتساب (من Meta)</translation>
    </message>
    <message>
        <source>WhatsApp webhook verify token (any word, the same in Meta&apos;s app)</source>
        <translation>رمز التحقق من إشعارات واتساب (أي كلمة، وهي نفسها في تطبيقك على Meta)</translation>
    </message>
    <message>
        <source>WhatsApp template for Salla&apos;s notices (one value)</source>
        <translation>قالب واتساب لإشعارات سلة (بقيمة واحدة)</translation>
    </message>
    <message>
        <source>WhatsApp app secret (signs its webhooks)</source>
        <translation>المفتاح السري لتطبيق واتساب (يوقّع إشعاراته)</translation>
    </message>
    <message>
        <source>Win back customers who have not bought for (0: off)</source>
        <translation>استعادة العملاء الذين لم يشتروا منذ (٠: متوقفة)</translation>
    </message>
    <message>
        <source>Welcome new subscribers by email</source>
        <translation>رسالة ترحيب بالبريد للمشتركين الجدد</translation>
    </message>
    <message>
        <source>Discount in the welcome (0: none)</source>
        <translation>خصم في رسالة الترحيب (٠: بلا خصم)</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>شكل النافذة</translation>
    </message>
    <message>
        <source>Show when</source>
        <translation>وقت الظهور</translation>
    </message>
    <message>
        <source>Scrolled down at least</source>
        <translation>بعد التمرير إلى</translation>
    </message>
    <message>
        <source>Show again to the same visitor after</source>
        <translation>تظهر للزائر نفسه مجددًا بعد</translation>
    </message>
    <message>
        <source>Text (Arabic)</source>
        <translation>النص (بالعربية)</translation>
    </message>
    <message>
        <source>Text (English)</source>
        <translation>النص (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Button (Arabic)</source>
        <translation>الزر (بالعربية)</translation>
    </message>
    <message>
        <source>Button (English)</source>
        <translation>الزر (بالإنجليزية)</translation>
    </message>
    <message>
        <source>Thank-you words (Arabic)</source>
        <translation>رسالة الشكر (بالعربية)</translation>
    </message>
    <message>
        <source>Thank-you words (English)</source>
        <translation>رسالة الشكر (بالإنجليزية)</translation>
    </message>
    <message>
        <source>First one after</source>
        <translation>أول تنبيه بعد</translation>
    </message>
    <message>
        <source>At most per visit</source>
        <translation>الحد الأقصى في الزيارة الواحدة</translation>
    </message>
    <message>
        <source>times</source>
        <translation>مرة</translation>
    </message>
    <message>
        <source>The home page</source>
        <translation>الصفحة الرئيسية</translation>
    </message>
    <message>
        <source>A pop-up window</source>
        <translation>نافذة منبثقة</translation>
    </message>
    <message>
        <source>A bar at the top</source>
        <translation>شريط أعلى الصفحة</translation>
    </message>
    <message>
        <source>Inside the page, above the footer</source>
        <translation>داخل الصفحة فوق التذييل</translation>
    </message>
    <message>
        <source>After a delay</source>
        <translation>بعد مهلة</translation>
    </message>
    <message>
        <source>After scrolling down</source>
        <translation>بعد التمرير لأسفل</translation>
    </message>
    <message>
        <source>When the visitor is about to leave</source>
        <translation>عندما يهمّ الزائر بالمغادرة</translation>
    </message>
    <message>
        <source>Sign-up discount (one use, in the welcome email)</source>
        <translation>خصم الاشتراك (لاستخدام واحد، في رسالة الترحيب)</translation>
    </message>
    <message>
        <source>Ask new subscribers to confirm by email</source>
        <translation>تأكيد الاشتراك عبر البريد قبل إضافة المشترك</translation>
    </message>
    <message>
        <source>An order counts for a message clicked within</source>
        <translation>يُحسب الطلب للرسالة إذا نُقر عليها خلال</translation>
    </message>
    <message>
        <source>An order counts for an email opened within</source>
        <translation>يُحسب الطلب لرسالة البريد إذا فُتحت خلال</translation>
    </message>
    <message>
        <source>Control group: shoppers it is kept from, to measure its real effect</source>
        <translation>مجموعة المقارنة: عملاء لا تصلهم الأداة، لقياس ما أضافته فعلًا</translation>
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
    <message>
        <source>Coupons</source>
        <translation>الكوبونات</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>الزوار</translation>
    </message>
    <message>
        <source>Storefront</source>
        <translation>واجهة المتجر</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
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
        <source>A coupon was changed in Salla; Salla&apos;s copy was kept</source>
        <translation>تغيّر كوبون في سلة، وأُبقيت نسخة سلة</translation>
    </message>
    <message>
        <source>A coupon was deleted in Salla</source>
        <translation>حُذف كوبون في سلة</translation>
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
    <name>nomo::BroadcastDialog</name>
    <message>
        <source>New broadcast</source>
        <translation>رسالة جماعية جديدة</translation>
    </message>
    <message>
        <source>Eid offers</source>
        <translation>عروض العيد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Every customer</source>
        <translation>كل العملاء</translation>
    </message>
    <message>
        <source>Bought lately</source>
        <translation>اشتروا مؤخرًا</translation>
    </message>
    <message>
        <source>Have not bought for a while</source>
        <translation>لم يشتروا منذ مدة</translation>
    </message>
    <message>
        <source>Never bought</source>
        <translation>لم يشتروا قط</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>الرسائل النصية</translation>
    </message>
    <message>
        <source>By (the first that reaches each shopper)</source>
        <translation>عبر (أول قناة تصل إلى كل عميل)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>A season</source>
        <translation>موسم</translation>
    </message>
    <message>
        <source>A day and hour (Riyadh)</source>
        <translation>يوم وساعة (بتوقيت الرياض)</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>جدولة</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Goes out %1.</source>
        <translation>تُرسل %1.</translation>
    </message>
    <message>
        <source>That is in your quiet hours: the messages will wait until they end. Change the quiet hours in the notifications settings if this moment matters.</source>
        <translation>هذا الوقت ضمن ساعات الهدوء: ستنتظر الرسائل حتى تنتهي. غيّر ساعات الهدوء في إعدادات الإشعارات إن كان هذا الوقت مهمًا.</translation>
    </message>
    <message>
        <source>Push</source>
        <translation>الإشعارات الفورية</translation>
    </message>
</context>
<context>
    <name>nomo::BroadcastDraft</name>
    <message>
        <source>Give the broadcast a name you will recognise in reports.</source>
        <translation>سمِّ الرسالة الجماعية باسم تعرفه في التقارير.</translation>
    </message>
    <message>
        <source>Choose at least one channel.</source>
        <translation>اختر قناة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>Choose when it goes out.</source>
        <translation>اختر موعد إرسالها.</translation>
    </message>
    <message>
        <source>That time has passed. Choose a later one.</source>
        <translation>مضى هذا الوقت. اختر وقتًا لاحقًا.</translation>
    </message>
    <message>
        <source>Broadcasts can be planned up to 400 days ahead.</source>
        <translation>يمكن جدولة الرسائل الجماعية حتى ٤٠٠ يوم مقدمًا.</translation>
    </message>
    <message>
        <source>After iftar and before suhoor are Ramadan&apos;s moments. Choose a Ramadan season or another moment.</source>
        <translation>بعد الإفطار وقبل السحور من أوقات رمضان. اختر موسمًا رمضانيًا أو وقتًا آخر.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>%1 Riyadh time (%2)</source>
        <translation>%1 بتوقيت الرياض (%2)</translation>
    </message>
    <message>
        <source>%1 Riyadh time</source>
        <translation>%1 بتوقيت الرياض</translation>
    </message>
    <message>
        <source>In the morning (10:00)</source>
        <translation>صباحًا (١٠:٠٠)</translation>
    </message>
    <message>
        <source>In the evening (20:00)</source>
        <translation>مساءً (٨:٠٠ م)</translation>
    </message>
    <message>
        <source>Half an hour after iftar</source>
        <translation>بعد الإفطار بنصف ساعة</translation>
    </message>
    <message>
        <source>An hour and a half before suhoor ends</source>
        <translation>قبل انتهاء السحور بساعة ونصف</translation>
    </message>
    <message numerus="yes">
        <source>Bought in the last %Ln day(s)</source>
        <comment>segment</comment>
        <translation>
            <numerusform>اشتروا اليوم</numerusform>
            <numerusform>اشتروا خلال آخر يوم</numerusform>
            <numerusform>اشتروا خلال آخر يومين</numerusform>
            <numerusform>اشتروا خلال آخر %Ln أيام</numerusform>
            <numerusform>اشتروا خلال آخر %Ln يومًا</numerusform>
            <numerusform>اشتروا خلال آخر %Ln يوم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Have not bought for %Ln day(s)</source>
        <comment>segment</comment>
        <translation>
            <numerusform>لم يشتروا اليوم</numerusform>
            <numerusform>لم يشتروا منذ يوم</numerusform>
            <numerusform>لم يشتروا منذ يومين</numerusform>
            <numerusform>لم يشتروا منذ %Ln أيام</numerusform>
            <numerusform>لم يشتروا منذ %Ln يومًا</numerusform>
            <numerusform>لم يشتروا منذ %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Never bought</source>
        <translation>لم يشتروا قط</translation>
    </message>
    <message>
        <source>Every customer</source>
        <translation>كل العملاء</translation>
    </message>
</context>
<context>
    <name>nomo::BroadcastFlow</name>
    <message>
        <source>Your Nomo Flow server cannot be reached now, so nothing was scheduled. Try again when you are online.</source>
        <translation>تعذّر الوصول إلى خادم نمو فلو الآن، فلم يُجدول شيء. حاول مجددًا حين تتصل بالإنترنت.</translation>
    </message>
    <message>
        <source>Sign in again: this computer&apos;s sign-in has ended.</source>
        <translation>سجّل الدخول مجددًا: انتهى تسجيل دخول هذا الجهاز.</translation>
    </message>
    <message>
        <source>It has gone out to everyone already: there is nothing left to cancel.</source>
        <translation>أُرسلت إلى الجميع بالفعل: لم يبقَ ما يُلغى.</translation>
    </message>
    <message>
        <source>The time must be from now to 400 days ahead.</source>
        <translation>يجب أن يكون الموعد بين الآن و٤٠٠ يوم مقبلة.</translation>
    </message>
    <message>
        <source>Choose at least one channel.</source>
        <translation>اختر قناة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>That coupon is not in this store any more.</source>
        <translation>هذا الكوبون لم يعد في المتجر.</translation>
    </message>
    <message>
        <source>The server refused “%1”.</source>
        <translation>رفض الخادم «%1».</translation>
    </message>
    <message>
        <source>Too many requests just now. Try again in a minute.</source>
        <translation>طلبات كثيرة الآن. حاول بعد دقيقة.</translation>
    </message>
    <message>
        <source>The server did not take it (%1). Try again.</source>
        <translation>لم يقبلها الخادم (%1). حاول مجددًا.</translation>
    </message>
    <message>
        <source>The broadcast is scheduled.</source>
        <translation>جُدولت الرسالة الجماعية.</translation>
    </message>
    <message>
        <source>Cancel the broadcast?</source>
        <translation>إلغاء الرسالة الجماعية؟</translation>
    </message>
    <message>
        <source>Nothing more of it will be sent. Messages already sent stay sent.</source>
        <translation>لن يُرسل منها شيء بعد الآن، وما أُرسل يبقى مُرسلًا.</translation>
    </message>
    <message>
        <source>The broadcast is cancelled.</source>
        <translation>أُلغيت الرسالة الجماعية.</translation>
    </message>
</context>
<context>
    <name>nomo::BroadcastsModel</name>
    <message>
        <source>Scheduled</source>
        <translation>مجدولة</translation>
    </message>
    <message>
        <source>Going out</source>
        <translation>قيد الإرسال</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغيت</translation>
    </message>
    <message>
        <source>%1 written, %2 sent, %3 opened or read, %4 clicked, %5 orders</source>
        <translation>كُتبت %1، وأُرسلت %2، وفُتحت أو قُرئت %3، ونُقر على %4، والطلبات %5</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>الرسالة الجماعية</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الموعد</translation>
    </message>
    <message>
        <source>To whom</source>
        <translation>إلى من</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>حالتها</translation>
    </message>
    <message>
        <source>What it brought</source>
        <translation>ما حققته</translation>
    </message>
</context>
<context>
    <name>nomo::BroadcastsView</name>
    <message>
        <source>One message to a group of your shoppers at a moment you choose: a season such as the first day of Ramadan after iftar, or any day and hour. Each shopper gets it once, by the first channel that reaches them.</source>
        <translation>رسالة واحدة إلى مجموعة من عملائك في وقت تختاره: موسم مثل أول يوم من رمضان بعد الإفطار، أو أي يوم وساعة. تصل إلى كل عميل مرة واحدة عبر أول قناة تصل إليه.</translation>
    </message>
    <message>
        <source>New broadcast</source>
        <translation>رسالة جماعية جديدة</translation>
    </message>
    <message>
        <source>Cancel the selected broadcast</source>
        <translation>إلغاء الرسالة المحددة</translation>
    </message>
    <message>
        <source>No broadcasts yet.</source>
        <translation>لا رسائل جماعية بعد.</translation>
    </message>
</context>
<context>
    <name>nomo::CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>حملة جديدة</translation>
    </message>
    <message>
        <source>A campaign gives each customer a code of their own, used once: Salla makes the codes from your prefix. Export them once they are made, to send by message or print on cards.</source>
        <translation>تمنح الحملة كل عميل رمزًا خاصًا به يُستخدم مرة واحدة، وتُنشئ سلة الرموز من البادئة التي تختارها. صدّر الرموز بعد إنشائها لترسلها في رسالة أو تطبعها على بطاقات.</translation>
    </message>
    <message>
        <source>The campaign</source>
        <translation>الحملة</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>اسم الحملة</translation>
    </message>
    <message>
        <source>For you: customers do not see it.</source>
        <translation>لك وحدك: لا يراه العملاء.</translation>
    </message>
    <message>
        <source>Code prefix</source>
        <translation>بادئة الرموز</translation>
    </message>
    <message>
        <source>Every code starts with it. Latin letters, digits, - and _.</source>
        <translation>تبدأ بها كل الرموز. حروف لاتينية وأرقام و - و _.</translation>
    </message>
    <message>
        <source>Number of codes</source>
        <translation>عدد الرموز</translation>
    </message>
    <message>
        <source>From %1 to %2, each used once.</source>
        <translation>من %1 إلى %2، ويُستخدم كل رمز مرة واحدة.</translation>
    </message>
    <message>
        <source>The discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <source>Discount type</source>
        <translation>نوع الخصم</translation>
    </message>
    <message>
        <source>A percentage of the cart</source>
        <translation>نسبة من قيمة السلة</translation>
    </message>
    <message>
        <source>A fixed amount</source>
        <translation>مبلغ ثابت</translation>
    </message>
    <message>
        <source>Percentage off</source>
        <translation>نسبة الخصم</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>مبلغ الخصم</translation>
    </message>
    <message>
        <source>SAR</source>
        <translation>ر.س</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>The codes work to the end of this day, Riyadh time.</source>
        <translation>تعمل الرموز حتى نهاية هذا اليوم بتوقيت الرياض.</translation>
    </message>
    <message>
        <source>Make the campaign</source>
        <translation>إنشاء الحملة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>nomo::CartPreviewView</name>
    <message>
        <source>An example cart</source>
        <translation>مثال على سلة</translation>
    </message>
    <message>
        <source>Products (SAR)</source>
        <translation>المنتجات (ر.س)</translation>
    </message>
    <message>
        <source>Coupon discount</source>
        <translation>خصم الكوبون</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>الشحن</translation>
    </message>
    <message>
        <source>The customer pays</source>
        <translation>يدفع العميل</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>مجاني</translation>
    </message>
    <message>
        <source>Below the minimum purchase of %1: the coupon does not apply.</source>
        <translation>السلة أقل من الحد الأدنى للشراء (%1)، فلا ينطبق الكوبون.</translation>
    </message>
    <message>
        <source>The discount stops at the maximum you set.</source>
        <translation>يتوقف الخصم عند الحد الأقصى الذي حددته.</translation>
    </message>
    <message>
        <source>Shipping is an example fee of %1; your store&apos;s fee depends on the company and city.</source>
        <translation>الشحن هنا مثال بقيمة %1، ورسوم متجرك تختلف حسب شركة الشحن والمدينة.</translation>
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
    <message>
        <source>That subscriber could not be deleted. Try again.</source>
        <translation>تعذّر حذف هذا المشترك. حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The subscriber and what your store kept about them are being deleted.</source>
        <translation>جارٍ حذف المشترك وكل ما احتفظ به متجرك عنه.</translation>
    </message>
</context>
<context>
    <name>nomo::CouponEditorDialog</name>
    <message>
        <source>New coupon</source>
        <translation>كوبون جديد</translation>
    </message>
    <message>
        <source>Edit the coupon %1</source>
        <translation>تعديل الكوبون %1</translation>
    </message>
    <message>
        <source>The code</source>
        <translation>رمز الكوبون</translation>
    </message>
    <message>
        <source>The code customers type at checkout</source>
        <translation>الرمز الذي يكتبه العميل عند الدفع</translation>
    </message>
    <message>
        <source>Latin letters, digits, - and _, %1 to %2 characters. Or let us make a readable one, after a prefix of yours if you like.</source>
        <translation>حروف لاتينية وأرقام و - و _، من %1 إلى %2 حرفًا. أو دعنا ننشئ لك رمزًا سهل القراءة، بعد بادئة تختارها إن شئت.</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>البادئة</translation>
    </message>
    <message>
        <source>Make a code</source>
        <translation>إنشاء رمز</translation>
    </message>
    <message>
        <source>Coupon active in your store</source>
        <translation>تفعيل الكوبون في متجرك</translation>
    </message>
    <message>
        <source>The discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <source>Discount type</source>
        <translation>نوع الخصم</translation>
    </message>
    <message>
        <source>A percentage of the cart</source>
        <translation>نسبة من قيمة السلة</translation>
    </message>
    <message>
        <source>A fixed amount</source>
        <translation>مبلغ ثابت</translation>
    </message>
    <message>
        <source>Percentage off</source>
        <translation>نسبة الخصم</translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation>مبلغ الخصم</translation>
    </message>
    <message>
        <source>SAR</source>
        <translation>ر.س</translation>
    </message>
    <message>
        <source>Most it takes off (SAR)</source>
        <translation>أقصى خصم (ر.س)</translation>
    </message>
    <message>
        <source>Leave empty for no cap.</source>
        <translation>اتركه فارغًا ليكون بلا حد أقصى.</translation>
    </message>
    <message>
        <source>Minimum purchase (SAR)</source>
        <translation>الحد الأدنى للشراء (ر.س)</translation>
    </message>
    <message>
        <source>Leave empty for a cart of any value.</source>
        <translation>اتركه فارغًا لأي قيمة سلة.</translation>
    </message>
    <message>
        <source>Free shipping with this coupon</source>
        <translation>شحن مجاني مع هذا الكوبون</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Start on a later day</source>
        <translation>البدء في يوم لاحق</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البداية</translation>
    </message>
    <message>
        <source>Otherwise it works as soon as it reaches Salla.</source>
        <translation>وإلا فإنه يعمل فور وصوله إلى سلة.</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>It works to the end of this day, Riyadh time.</source>
        <translation>يعمل حتى نهاية هذا اليوم بتوقيت الرياض.</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>حدود الاستخدام</translation>
    </message>
    <message>
        <source>Total uses</source>
        <translation>عدد مرات الاستخدام</translation>
    </message>
    <message>
        <source>Leave empty for no limit.</source>
        <translation>اتركه فارغًا ليكون بلا حد.</translation>
    </message>
    <message>
        <source>Uses per customer</source>
        <translation>مرات الاستخدام لكل عميل</translation>
    </message>
    <message>
        <source>Who and what</source>
        <translation>لمن وعلى ماذا</translation>
    </message>
    <message>
        <source>Where it works</source>
        <translation>مكان الاستخدام</translation>
    </message>
    <message>
        <source>Your store&apos;s website and app</source>
        <translation>موقع متجرك وتطبيقه</translation>
    </message>
    <message>
        <source>The website only</source>
        <translation>الموقع فقط</translation>
    </message>
    <message>
        <source>The app only</source>
        <translation>التطبيق فقط</translation>
    </message>
    <message>
        <source>Not on products already on sale</source>
        <translation>استثناء المنتجات المخفّضة</translation>
    </message>
    <message>
        <source>Works together with your other offers</source>
        <translation>الجمع مع عروضك الأخرى</translation>
    </message>
    <message>
        <source>Only customers with an email at</source>
        <translation>فقط للعملاء الذين بريدهم الإلكتروني في النطاق</translation>
    </message>
    <message>
        <source>A company&apos;s domain, for example. Leave empty for every customer.</source>
        <translation>نطاق شركة مثلًا. اتركه فارغًا لكل العملاء.</translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation>طرق الدفع</translation>
    </message>
    <message>
        <source>None ticked: every payment method.</source>
        <translation>دون اختيار: كل طرق الدفع.</translation>
    </message>
    <message>
        <source>Advanced: products and categories</source>
        <translation>خيارات متقدمة: المنتجات والتصنيفات</translation>
    </message>
    <message>
        <source>Products and categories</source>
        <translation>المنتجات والتصنيفات</translation>
    </message>
    <message>
        <source>Only these products</source>
        <translation>هذه المنتجات فقط</translation>
    </message>
    <message>
        <source>Product and category numbers from Salla, separated by commas.</source>
        <translation>أرقام المنتجات والتصنيفات في سلة، تفصل بينها فواصل.</translation>
    </message>
    <message>
        <source>Not these products</source>
        <translation>ما عدا هذه المنتجات</translation>
    </message>
    <message>
        <source>Only these categories</source>
        <translation>هذه التصنيفات فقط</translation>
    </message>
    <message>
        <source>Not these categories</source>
        <translation>ما عدا هذه التصنيفات</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>nomo::CouponEditorModel</name>
    <message>
        <source>Salla did not accept this coupon. Salla says:</source>
        <extracomment>Above the editor; Salla&apos;s own (Arabic) words follow, one per line</extracomment>
        <translation>لم تقبل سلة هذا الكوبون. تقول سلة:</translation>
    </message>
    <message>
        <source>To save, check: %1</source>
        <extracomment>%1: the fields to fill in or correct, separated by the language&apos;s comma</extracomment>
        <translation>للحفظ، راجع: %1</translation>
    </message>
</context>
<context>
    <name>nomo::CouponFlows</name>
    <message>
        <source>Delete the coupon</source>
        <translation>حذف الكوبون</translation>
    </message>
    <message>
        <source>Save the codes</source>
        <translation>حفظ الرموز</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation>جدول بيانات (*.csv)</translation>
    </message>
    <message>
        <source>This change could not be saved on this computer.</source>
        <translation>تعذّر حفظ هذا التغيير على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Delete the campaign %1 and all its codes? Customers can no longer use them, in Salla too.</source>
        <translation>حذف الحملة %1 وكل رموزها؟ لن يتمكن العملاء من استخدامها بعد ذلك، في سلة أيضًا.</translation>
    </message>
    <message>
        <source>Delete the coupon %1? Customers can no longer use it, in Salla too.</source>
        <translation>حذف الكوبون %1؟ لن يتمكن العملاء من استخدامه بعد ذلك، في سلة أيضًا.</translation>
    </message>
    <message>
        <source>Bringing the campaign&apos;s codes…</source>
        <translation>نجلب رموز الحملة…</translation>
    </message>
    <message>
        <source>We could not bring the codes. Check the connection and try again.</source>
        <translation>تعذّر جلب الرموز. تحقق من الاتصال وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Salla has not made this campaign&apos;s codes yet. Try again in a few minutes.</source>
        <translation>لم تُنشئ سلة رموز هذه الحملة بعد. حاول مرة أخرى بعد دقائق.</translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation>رمز الكوبون</translation>
    </message>
    <message>
        <source>The codes could not be saved there. Choose another folder.</source>
        <translation>تعذّر حفظ الرموز هناك. اختر مجلدًا آخر.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln code(s) in %1.</source>
        <translation>
            <numerusform>لم نحفظ أي رمز في الملف %1.</numerusform>
            <numerusform>حفظنا رمزًا واحدًا في الملف %1.</numerusform>
            <numerusform>حفظنا رمزين في الملف %1.</numerusform>
            <numerusform>حفظنا %Ln رموز في الملف %1.</numerusform>
            <numerusform>حفظنا %Ln رمزًا في الملف %1.</numerusform>
            <numerusform>حفظنا %Ln رمز في الملف %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The coupon %1 was changed on another device, so it was not deleted. Look at it again, then delete it if you still want to.</source>
        <translation>عُدّل الكوبون %1 على جهاز آخر، فلم نحذفه. راجعه ثم احذفه إن كنت لا تزال تريد ذلك.</translation>
    </message>
    <message>
        <source>The coupon %1 was changed on another device before your change arrived. Your change was not saved; the list shows the coupon as it is now.</source>
        <translation>عُدّل الكوبون %1 على جهاز آخر قبل وصول تعديلك. لم يُحفظ تعديلك، وتعرض القائمة الكوبون كما هو الآن.</translation>
    </message>
    <message>
        <source>The coupon %1 is no longer in your store; it may have been deleted on another device.</source>
        <translation>لم يعد الكوبون %1 في متجرك، وربما حُذف من جهاز آخر.</translation>
    </message>
    <message>
        <source>The coupon %1 was not made. %2</source>
        <translation>لم يُنشأ الكوبون %1. %2</translation>
    </message>
    <message>
        <source>Your change to the coupon %1 was not saved. %2</source>
        <translation>لم يُحفظ تعديلك على الكوبون %1. %2</translation>
    </message>
    <message>
        <source>Your change to the coupon %1 was not saved. Try again.</source>
        <translation>لم يُحفظ تعديلك على الكوبون %1. حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>nomo::CouponForm</name>
    <message>
        <source>Salla: %1</source>
        <extracomment>Under a field: Salla&apos;s own (Arabic) words for why it refused it</extracomment>
        <translation>سلة: %1</translation>
    </message>
</context>
<context>
    <name>nomo::CouponsModel</name>
    <message>
        <source>Active</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>انتهت صلاحيته</translation>
    </message>
    <message>
        <source>Being deleted</source>
        <translation>قيد الحذف</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>بانتظار الإرسال</translation>
    </message>
    <message>
        <source>Waiting for Salla</source>
        <translation>بانتظار سلة</translation>
    </message>
    <message>
        <source>In Salla</source>
        <translation>في سلة</translation>
    </message>
    <message>
        <source>Salla refused it: %1</source>
        <extracomment>%1: Salla&apos;s own words, in Arabic</extracomment>
        <translation>رفضته سلة: %1</translation>
    </message>
    <message>
        <source>Salla refused it: check “%1”</source>
        <translation>رفضته سلة: راجع «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%1 (campaign of %Ln code(s))</source>
        <extracomment>%1: the campaign&apos;s code prefix; %Ln: how many one-use codes it has</extracomment>
        <translation>
            <numerusform>%1 (حملة بلا رموز)</numerusform>
            <numerusform>%1 (حملة برمز واحد)</numerusform>
            <numerusform>%1 (حملة برمزين)</numerusform>
            <numerusform>%1 (حملة من %Ln رموز)</numerusform>
            <numerusform>%1 (حملة من %Ln رمزًا)</numerusform>
            <numerusform>%1 (حملة من %Ln رمز)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln use(s)</source>
        <translation>
            <numerusform>لم يُستخدم</numerusform>
            <numerusform>مرة واحدة</numerusform>
            <numerusform>مرتان</numerusform>
            <numerusform>%Ln مرات</numerusform>
            <numerusform>%Ln مرة</numerusform>
            <numerusform>%Ln مرة</numerusform>
        </translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>بلا تاريخ انتهاء</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>الخصم</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>With Salla</source>
        <translation>الحالة في سلة</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>الاستخدام</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>ينتهي في</translation>
    </message>
</context>
<context>
    <name>nomo::CouponsPage</name>
    <message>
        <source>Coupons</source>
        <translation>الكوبونات</translation>
    </message>
    <message>
        <source>Your store&apos;s coupons in Salla: make them here, and see what each one brought in.</source>
        <translation>كوبونات متجرك في سلة: أنشئها من هنا، واعرف ما جلبه لك كل منها.</translation>
    </message>
    <message>
        <source>New coupon</source>
        <translation>كوبون جديد</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>حملة جديدة</translation>
    </message>
    <message>
        <source>Search by code</source>
        <translation>ابحث بالرمز</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>كل الحالات</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>متوقف</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>انتهت صلاحيته</translation>
    </message>
    <message>
        <source>With Salla: all</source>
        <translation>الحالة في سلة: الكل</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>قيد الانتظار</translation>
    </message>
    <message>
        <source>Refused by Salla</source>
        <translation>رفضته سلة</translation>
    </message>
    <message>
        <source>In Salla</source>
        <translation>في سلة</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>الأحدث أولًا</translation>
    </message>
    <message>
        <source>Most sales first</source>
        <translation>الأعلى مبيعات أولًا</translation>
    </message>
    <message>
        <source>Most uses first</source>
        <translation>الأكثر استخدامًا أولًا</translation>
    </message>
    <message>
        <source>By code</source>
        <translation>حسب الرمز</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Export codes</source>
        <translation>تصدير الرموز</translation>
    </message>
    <message>
        <source>You have no coupons yet. Make your first one: Nomo Flow adds it to your Salla store, and what it brings in shows here.</source>
        <translation>لا توجد كوبونات بعد. أنشئ أول كوبون لك وسيضيفه نمو فلو إلى متجرك في سلة، ويظهر هنا ما يجلبه لك.</translation>
    </message>
    <message>
        <source>Make your first coupon</source>
        <translation>إنشاء أول كوبون</translation>
    </message>
    <message>
        <source>No coupon matches this search.</source>
        <translation>لا يوجد كوبون يطابق هذا البحث.</translation>
    </message>
    <message>
        <source>This coupon is on its way to Nomo Flow. You can change it once it has arrived.</source>
        <translation>هذا الكوبون في طريقه إلى نمو فلو. يمكنك تغييره بعد وصوله.</translation>
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
    <message>
        <source>Open coupons</source>
        <translation>عرض الكوبونات</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>فتح التقرير</translation>
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
    <message>
        <source>No active coupon yet. Make one on the Coupons page.</source>
        <translation>لا كوبونات مفعّلة بعد. أنشئ كوبونًا من صفحة «الكوبونات».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln active coupon(s), none used in the last 7 days</source>
        <translation>
            <numerusform>لا كوبونات مفعّلة</numerusform>
            <numerusform>كوبون واحد مفعّل، لم يُستخدم في آخر ٧ أيام</numerusform>
            <numerusform>كوبونان مفعّلان، لم يُستخدما في آخر ٧ أيام</numerusform>
            <numerusform>%Ln كوبونات مفعّلة، لم تُستخدم في آخر ٧ أيام</numerusform>
            <numerusform>%Ln كوبونًا مفعّلًا، لم تُستخدم في آخر ٧ أيام</numerusform>
            <numerusform>%Ln كوبون مفعّل، لم تُستخدم في آخر ٧ أيام</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used %Ln time(s) in the last 7 days, %1 in sales</source>
        <extracomment>%Ln: orders that used a coupon in the last 7 days; %1: their sales</extracomment>
        <translation>
            <numerusform>لم تُستخدم الكوبونات في آخر ٧ أيام</numerusform>
            <numerusform>استُخدمت الكوبونات مرة واحدة في آخر ٧ أيام، بمبيعات %1</numerusform>
            <numerusform>استُخدمت الكوبونات مرتين في آخر ٧ أيام، بمبيعات %1</numerusform>
            <numerusform>استُخدمت الكوبونات %Ln مرات في آخر ٧ أيام، بمبيعات %1</numerusform>
            <numerusform>استُخدمت الكوبونات %Ln مرة في آخر ٧ أيام، بمبيعات %1</numerusform>
            <numerusform>استُخدمت الكوبونات %Ln مرة في آخر ٧ أيام، بمبيعات %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No visits recorded yet. Visits show here a few minutes after the first shopper.</source>
        <translation>لم تُسجَّل زيارات بعد. تظهر الزيارات هنا بعد دقائق من أول عميل.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visitor(s) in the last 7 days, %1 page views</source>
        <extracomment>%Ln: visitors over the last 7 days; %1: their page views</extracomment>
        <translation>
            <numerusform>لا زوار في آخر ٧ أيام، مشاهدات الصفحات: %1</numerusform>
            <numerusform>زائر واحد في آخر ٧ أيام، مشاهدات الصفحات: %1</numerusform>
            <numerusform>زائران في آخر ٧ أيام، مشاهدات الصفحات: %1</numerusform>
            <numerusform>%Ln زوار في آخر ٧ أيام، مشاهدات الصفحات: %1</numerusform>
            <numerusform>%Ln زائرًا في آخر ٧ أيام، مشاهدات الصفحات: %1</numerusform>
            <numerusform>%Ln زائر في آخر ٧ أيام، مشاهدات الصفحات: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No visitors counted today yet.</source>
        <translation>لم يُحسب أي زائر اليوم بعد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visitor(s) on your store today</source>
        <translation>
            <numerusform>لا زوار في متجرك اليوم</numerusform>
            <numerusform>زائر واحد في متجرك اليوم</numerusform>
            <numerusform>زائران في متجرك اليوم</numerusform>
            <numerusform>%Ln زوار في متجرك اليوم</numerusform>
            <numerusform>%Ln زائرًا في متجرك اليوم</numerusform>
            <numerusform>%Ln زائر في متجرك اليوم</numerusform>
        </translation>
    </message>
    <message>
        <source>No subscribers yet. Sign-ups from your store show here.</source>
        <translation>لا مشتركين بعد. تظهر هنا اشتراكات العملاء من متجرك.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscriber(s) on your list, %1 new in the last 7 days</source>
        <extracomment>%Ln: subscribers on the list; %1: how many joined in the last 7 days</extracomment>
        <translation>
            <numerusform>لا مشتركين في قائمتك، %1 جديد في آخر ٧ أيام</numerusform>
            <numerusform>مشترك واحد في قائمتك، %1 جديد في آخر ٧ أيام</numerusform>
            <numerusform>مشتركان في قائمتك، %1 جديد في آخر ٧ أيام</numerusform>
            <numerusform>%Ln مشتركين في قائمتك، %1 جديد في آخر ٧ أيام</numerusform>
            <numerusform>%Ln مشتركًا في قائمتك، %1 جديد في آخر ٧ أيام</numerusform>
            <numerusform>%Ln مشترك في قائمتك، %1 جديد في آخر ٧ أيام</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visitor(s) on your store now</source>
        <extracomment>%Ln: visitors on the store in the last five minutes; %1: visitors today</extracomment>
        <translation>
            <numerusform>لا زوار في متجرك الآن</numerusform>
            <numerusform>زائر واحد في متجرك الآن</numerusform>
            <numerusform>زائران في متجرك الآن</numerusform>
            <numerusform>%Ln زوار في متجرك الآن</numerusform>
            <numerusform>%Ln زائرًا في متجرك الآن</numerusform>
            <numerusform>%Ln زائر في متجرك الآن</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 today</source>
        <translation>، و%1 اليوم</translation>
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
    <name>nomo::MessageLogModel</name>
    <message>
        <source>Cart reminder</source>
        <translation>تذكير بالسلة</translation>
    </message>
    <message>
        <source>Second cart reminder</source>
        <translation>تذكير ثانٍ بالسلة</translation>
    </message>
    <message>
        <source>Order update</source>
        <translation>تحديث الطلب</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>ترحيب</translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation>استعادة عميل</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>رسالة جماعية</translation>
    </message>
    <message>
        <source>Salla&apos;s message (a code or an order notice)</source>
        <translation>رسالة من سلة (رمز تحقق أو إشعار طلب)</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
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
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>بالانتظار</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>موعدها %1</translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation>قيد الإرسال</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>وصلت</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>قُرئت</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>لم تُرسل</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>أُلغيت</translation>
    </message>
    <message>
        <source>Maybe sent: the provider did not answer</source>
        <translation>ربما أُرسلت: لم يردّ مزوّد الخدمة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s)</source>
        <comment>message attempts</comment>
        <translation>
            <numerusform>دون محاولات</numerusform>
            <numerusform>محاولة واحدة</numerusform>
            <numerusform>محاولتان</numerusform>
            <numerusform>%Ln محاولات</numerusform>
            <numerusform>%Ln محاولة</numerusform>
            <numerusform>%Ln محاولة</numerusform>
        </translation>
    </message>
    <message>
        <source>clicked</source>
        <translation>نُقر عليها</translation>
    </message>
    <message>
        <source>read</source>
        <translation>قُرئت</translation>
    </message>
    <message>
        <source>opened</source>
        <translation>فُتحت</translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>الطلب %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>No messages yet. When an automation sends one, it shows here with what became of it.</source>
        <translation>لا رسائل بعد. حين ترسل إحدى الرسائل التلقائية رسالة، تظهر هنا مع ما آلت إليه.</translation>
    </message>
    <message numerus="yes">
        <source>The last %Ln message(s):</source>
        <comment>log summary</comment>
        <translation>
            <numerusform>لا رسائل:</numerusform>
            <numerusform>آخر رسالة:</numerusform>
            <numerusform>آخر رسالتين:</numerusform>
            <numerusform>آخر %Ln رسائل:</numerusform>
            <numerusform>آخر %Ln رسالة:</numerusform>
            <numerusform>آخر %Ln رسالة:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent, %2 opened or read, %3 clicked, %4 followed by an order.</source>
        <translation>أُرسلت %1، وفُتحت أو قُرئت %2، ونُقر على %3، وتبع %4 منها طلب.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>By</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>To</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>ما جرى</translation>
    </message>
    <message>
        <source>What followed</source>
        <translation>ما تلاها</translation>
    </message>
    <message>
        <source>the cart was bought first</source>
        <translation>اشترى العميل السلة قبلها</translation>
    </message>
    <message>
        <source>the shopper has not agreed to these messages</source>
        <translation>لم يوافق العميل على هذه الرسائل</translation>
    </message>
    <message>
        <source>the shopper unsubscribed</source>
        <translation>ألغى العميل اشتراكه</translation>
    </message>
    <message>
        <source>the shopper already had today&apos;s messages</source>
        <translation>وصلت العميلَ رسائل اليوم كلها</translation>
    </message>
    <message>
        <source>waiting for the quiet hours to end</source>
        <translation>بانتظار انتهاء ساعات الهدوء</translation>
    </message>
    <message>
        <source>the tool was switched off</source>
        <translation>أُوقفت الأداة</translation>
    </message>
    <message>
        <source>the template cannot be filled in for this shopper</source>
        <translation>تعذّر ملء القالب لهذا العميل</translation>
    </message>
    <message>
        <source>WhatsApp allows this only within 24 hours of the shopper&apos;s last message</source>
        <translation>لا يسمح واتساب بها إلا خلال ٢٤ ساعة من آخر رسالة من العميل</translation>
    </message>
    <message>
        <source>the shopper stopped the store&apos;s offers on WhatsApp</source>
        <translation>أوقف العميل عروض المتجر على واتساب</translation>
    </message>
    <message>
        <source>this number cannot receive WhatsApp messages</source>
        <translation>هذا الرقم لا يستقبل رسائل واتساب</translation>
    </message>
    <message>
        <source>the channel is not set up yet</source>
        <translation>القناة غير مُعدّة بعد</translation>
    </message>
    <message>
        <source>the server restarted while sending</source>
        <translation>أُعيد تشغيل الخادم أثناء الإرسال</translation>
    </message>
    <message>
        <source>the provider refused it</source>
        <translation>رفضها مزوّد الخدمة</translation>
    </message>
    <message>
        <source>Subscription confirmation</source>
        <translation>تأكيد الاشتراك</translation>
    </message>
</context>
<context>
    <name>nomo::MessageLogView</name>
    <message>
        <source>Search: an address, a number, a reason…</source>
        <translation>ابحث: عنوان، رقم، سبب…</translation>
    </message>
    <message>
        <source>Every channel</source>
        <translation>كل القنوات</translation>
    </message>
    <message>
        <source>Every outcome</source>
        <translation>كل النتائج</translation>
    </message>
    <message>
        <source>Reached the shopper</source>
        <translation>وصلت إلى العميل</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>بالانتظار</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>لم تُرسل</translation>
    </message>
    <message>
        <source>Nothing matches this search.</source>
        <translation>لا شيء يطابق هذا البحث.</translation>
    </message>
</context>
<context>
    <name>nomo::MessageTestFlow</name>
    <message>
        <source>Write the email address the test goes to.</source>
        <translation>اكتب البريد الإلكتروني الذي تُرسل إليه التجربة.</translation>
    </message>
    <message>
        <source>Write the mobile number the test goes to.</source>
        <translation>اكتب رقم الجوال الذي تُرسل إليه التجربة.</translation>
    </message>
    <message>
        <source>Sign in first: a test is sent by your Nomo Flow server.</source>
        <translation>سجّل الدخول أولًا: يرسل التجربةَ خادمُ نمو فلو الخاص بك.</translation>
    </message>
    <message>
        <source>Your Nomo Flow server cannot be reached now. Try again when you are online.</source>
        <translation>تعذّر الوصول إلى خادم نمو فلو الآن. حاول مجددًا حين تتصل بالإنترنت.</translation>
    </message>
    <message>
        <source>Ten tests an hour at most. Try again a little later.</source>
        <translation>عشر تجارب في الساعة على الأكثر. حاول بعد قليل.</translation>
    </message>
    <message>
        <source>Sign in again: this computer&apos;s sign-in has ended.</source>
        <translation>سجّل الدخول مجددًا: انتهى تسجيل دخول هذا الجهاز.</translation>
    </message>
    <message>
        <source>That email address does not look right.</source>
        <translation>يبدو أن البريد الإلكتروني غير صحيح.</translation>
    </message>
    <message>
        <source>That mobile number does not look right.</source>
        <translation>يبدو أن رقم الجوال غير صحيح.</translation>
    </message>
    <message>
        <source>The server did not take the test (%1). Try again.</source>
        <translation>لم يقبل الخادم التجربة (%1). حاول مجددًا.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer: %1</source>
        <translation>ردّ مزوّد الخدمة: %1</translation>
    </message>
    <message>
        <source>Sent to %1. It should arrive within a minute; if not, look in the spam folder.</source>
        <translation>أُرسلت إلى %1. ستصل خلال دقيقة، وإن لم تصل فابحث في مجلد الرسائل غير المرغوبة.</translation>
    </message>
    <message>
        <source>Sent to %1: the provider accepted it.</source>
        <translation>أُرسلت إلى %1: قبلها مزوّد الخدمة.</translation>
    </message>
    <message>
        <source>The server has no working email relay yet: its administrator needs to set mail.smtp_host.</source>
        <translation>ليس لدى الخادم خادم بريد يعمل بعد: على مديره ضبط ‎mail.smtp_host‎.</translation>
    </message>
    <message>
        <source>WhatsApp refused the set-up: check the phone number ID, the access token and that the template is approved.</source>
        <translation>رفض واتساب الإعداد: تحقّق من معرّف رقم الهاتف ورمز الوصول ومن اعتماد القالب.</translation>
    </message>
    <message>
        <source>The SMS provider refused the set-up: check the provider, the sender name and the key.</source>
        <translation>رفض مزوّد الرسائل النصية الإعداد: تحقّق من المزوّد واسم المرسل والمفتاح.</translation>
    </message>
    <message>
        <source>WhatsApp allows this only within 24 hours of the last message from that number.</source>
        <translation>لا يسمح واتساب بهذا إلا خلال ٢٤ ساعة من آخر رسالة من ذلك الرقم.</translation>
    </message>
    <message>
        <source>The provider refused this message.</source>
        <translation>رفض مزوّد الخدمة هذه الرسالة.</translation>
    </message>
    <message>
        <source>The provider did not take it now. Try again in a few minutes.</source>
        <translation>لم يقبلها مزوّد الخدمة الآن. حاول بعد دقائق.</translation>
    </message>
    <message>
        <source>The provider did not answer in time: the test may still arrive.</source>
        <translation>لم يردّ مزوّد الخدمة في الوقت المحدد: قد تصل التجربة مع ذلك.</translation>
    </message>
</context>
<context>
    <name>nomo::MessagesPage</name>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>لم يُحفظ بعد.</translation>
    </message>
    <message>
        <source>Your own template.</source>
        <translation>قالبك الخاص.</translation>
    </message>
    <message>
        <source>Nomo Flow&apos;s template. Change it to make it yours.</source>
        <translation>قالب نمو فلو. عدّله ليصبح قالبك.</translation>
    </message>
    <message>
        <source>The preview comes back once the problems above are fixed.</source>
        <translation>تعود المعاينة بعد تصحيح ما في الأعلى.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln part(s)</source>
        <comment>SMS parts</comment>
        <translation>
            <numerusform>لا أجزاء</numerusform>
            <numerusform>جزء واحد</numerusform>
            <numerusform>جزءان</numerusform>
            <numerusform>%Ln أجزاء</numerusform>
            <numerusform>%Ln جزءًا</numerusform>
            <numerusform>%Ln جزء</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <comment>SMS length</comment>
        <translation>
            <numerusform>لا حروف</numerusform>
            <numerusform>حرف واحد</numerusform>
            <numerusform>حرفان</numerusform>
            <numerusform>%Ln حروف</numerusform>
            <numerusform>%Ln حرفًا</numerusform>
            <numerusform>%Ln حرف</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 (%3). Each message costs %4.</source>
        <translation>%1، %2 (%3). تكلفة الرسالة الواحدة %4.</translation>
    </message>
    <message>
        <source>Arabic letters: 70 a part, 67 when longer</source>
        <translation>حروف عربية: ٧٠ حرفًا للجزء، و٦٧ إن طالت الرسالة</translation>
    </message>
    <message>
        <source>Latin letters: 160 a part, 153 when longer</source>
        <translation>حروف لاتينية: ١٦٠ حرفًا للجزء، و١٥٣ إن طالت الرسالة</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>What your shoppers receive from each automation. Edit a template beside its preview: the preview is exactly what is sent.</source>
        <translation>ما يصل إلى عملائك من كل رسالة تلقائية. عدّل القالب بجانب معاينته: المعاينة هي الرسالة نفسها كما تُرسل.</translation>
    </message>
    <message>
        <source>Abandoned cart: first reminder</source>
        <translation>السلة المتروكة: التذكير الأول</translation>
    </message>
    <message>
        <source>Abandoned cart: second reminder</source>
        <translation>السلة المتروكة: التذكير الثاني</translation>
    </message>
    <message>
        <source>Order update</source>
        <translation>تحديث الطلب</translation>
    </message>
    <message>
        <source>Welcome to a new subscriber</source>
        <translation>الترحيب بمشترك جديد</translation>
    </message>
    <message>
        <source>Win back a customer</source>
        <translation>استعادة عميل</translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation>رسالة جماعية</translation>
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
        <source>Push</source>
        <translation>الإشعارات الفورية</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Button</source>
        <translation>الزر</translation>
    </message>
    <message>
        <source>Names you can use (double-click to add):</source>
        <translation>بيانات يمكنك استخدامها (انقر مرتين للإضافة):</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Back to Nomo Flow&apos;s template</source>
        <translation>الرجوع إلى قالب نمو فلو</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>معاينة</translation>
    </message>
    <message>
        <source>Name of the template approved by Meta</source>
        <translation>اسم القالب المعتمد من Meta</translation>
    </message>
    <message>
        <source>Link button&apos;s words (empty: no button)</source>
        <translation>نص زر الرابط (اتركه فارغًا إن لم ترد زرًا)</translation>
    </message>
    <message>
        <source>Submit this to Meta as the template «%1» in %2, category %3:
%4</source>
        <translation>قدّم هذا النص إلى Meta قالبًا باسم «%1» باللغة %2 وفئة %3:
%4</translation>
    </message>
    <message>
        <source>Arabic (ar)</source>
        <translation>العربية (ar)</translation>
    </message>
    <message>
        <source>English (en)</source>
        <translation>الإنجليزية (en)</translation>
    </message>
    <message>
        <source>Its button «%1» opens a dynamic address: this daemon&apos;s address followed by /r/{{1}}.</source>
        <translation>يفتح زره «%1» عنوانًا متغيّرًا: عنوان هذا الخادم متبوعًا بـ ‎/r/{{1}}‎.</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>واتساب</translation>
    </message>
    <message>
        <source>Sending the test…</source>
        <translation>جارٍ إرسال التجربة…</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>القوالب</translation>
    </message>
    <message>
        <source>Message log</source>
        <translation>سجل الرسائل</translation>
    </message>
    <message>
        <source>Send a test to</source>
        <translation>أرسل تجربة إلى</translation>
    </message>
    <message>
        <source>Send a test</source>
        <translation>أرسل تجربة</translation>
    </message>
    <message>
        <source>Broadcasts</source>
        <translation>الرسائل الجماعية</translation>
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
    <name>nomo::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>٧ أيام</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>٣٠ يومًا</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>٩٠ يومًا</translation>
    </message>
    <message>
        <source>This Hijri month</source>
        <translation>هذا الشهر الهجري</translation>
    </message>
    <message>
        <source>Ramadan</source>
        <translation>رمضان</translation>
    </message>
    <message>
        <source>Show these days</source>
        <translation>عرض هذه الأيام</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>تصدير جدول البيانات</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>تصدير التقرير للطباعة</translation>
    </message>
    <message>
        <source>Sales per day</source>
        <translation>المبيعات اليومية</translation>
    </message>
    <message>
        <source>Sales by tool</source>
        <translation>المبيعات حسب الأداة</translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation>الكوبونات</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>الرسائل</translation>
    </message>
    <message>
        <source>Abandoned carts</source>
        <translation>السلات المتروكة</translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation>الكوبون</translation>
    </message>
    <message>
        <source>Uses</source>
        <translation>مرات الاستخدام</translation>
    </message>
    <message>
        <source>Discount given</source>
        <translation>الخصم الممنوح</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>المبيعات</translation>
    </message>
    <message>
        <source>Average order</source>
        <translation>متوسط الطلب</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>أُرسلت</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>وصلت</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>فُتحت</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>نُقر عليها</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>التكلفة</translation>
    </message>
    <message>
        <source>Sales per riyal</source>
        <translation>المبيعات لكل ريال</translation>
    </message>
    <message>
        <source>Carts</source>
        <translation>السلات</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>العدد</translation>
    </message>
    <message>
        <source>No sales in this period yet. Orders show here a minute after they reach your Salla store.</source>
        <translation>لا توجد مبيعات في هذه الفترة بعد. تظهر الطلبات هنا بعد دقيقة من وصولها إلى متجرك في سلة.</translation>
    </message>
    <message>
        <source>VAT included: %1</source>
        <translation>منها ضريبة القيمة المضافة: ⁨%1⁩</translation>
    </message>
    <message>
        <source>Sales from your tools</source>
        <translation>مبيعات أدواتك</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>معدل التحويل</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visitors</source>
        <translation>
            <numerusform>لا زوار</numerusform>
            <numerusform>زائر واحد</numerusform>
            <numerusform>زائران</numerusform>
            <numerusform>%Ln زوار</numerusform>
            <numerusform>%Ln زائرًا</numerusform>
            <numerusform>%Ln زائر</numerusform>
        </translation>
    </message>
    <message>
        <source>Against %1</source>
        <translation>مقارنةً بـ ⁨%1⁩</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من ⁨%1⁩ إلى ⁨%2⁩</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 in %Ln orders, %3 from your tools</source>
        <translation>
            <numerusform>⁨%1⁩: ⁨%2⁩ بلا طلبات</numerusform>
            <numerusform>⁨%1⁩: ⁨%2⁩ في طلب واحد، منها ⁨%3⁩ من أدواتك</numerusform>
            <numerusform>⁨%1⁩: ⁨%2⁩ في طلبين، منها ⁨%3⁩ من أدواتك</numerusform>
            <numerusform>⁨%1⁩: ⁨%2⁩ في %Ln طلبات، منها ⁨%3⁩ من أدواتك</numerusform>
            <numerusform>⁨%1⁩: ⁨%2⁩ في %Ln طلبًا، منها ⁨%3⁩ من أدواتك</numerusform>
            <numerusform>⁨%1⁩: ⁨%2⁩ في %Ln طلب، منها ⁨%3⁩ من أدواتك</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 in %Ln orders</source>
        <translation>
            <numerusform>⁨%1⁩: ⁨%2⁩ بلا طلبات</numerusform>
            <numerusform>⁨%1⁩: ⁨%2⁩ في طلب واحد</numerusform>
            <numerusform>⁨%1⁩: ⁨%2⁩ في طلبين</numerusform>
            <numerusform>⁨%1⁩: ⁨%2⁩ في %Ln طلبات</numerusform>
            <numerusform>⁨%1⁩: ⁨%2⁩ في %Ln طلبًا</numerusform>
            <numerusform>⁨%1⁩: ⁨%2⁩ في %Ln طلب</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unsubscribed from these</source>
        <translation>
            <numerusform>لم يلغِ أحد الاشتراك منها</numerusform>
            <numerusform>ألغى عميل واحد الاشتراك منها</numerusform>
            <numerusform>ألغى عميلان الاشتراك منها</numerusform>
            <numerusform>ألغى %Ln عملاء الاشتراك منها</numerusform>
            <numerusform>ألغى %Ln عميلًا الاشتراك منها</numerusform>
            <numerusform>ألغى %Ln عميل الاشتراك منها</numerusform>
        </translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>متروكة</translation>
    </message>
    <message>
        <source>Reminded</source>
        <translation>أُرسل لها تذكير</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>مستعادة</translation>
    </message>
    <message>
        <source>Recovery rate</source>
        <translation>معدل الاستعادة</translation>
    </message>
    <message>
        <source>Sales recovered</source>
        <translation>مبيعات السلات المستعادة</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>تقرير للطباعة (*.pdf)</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>جدول بيانات (*.csv)</translation>
    </message>
    <message>
        <source>Could not save the file. Pick another folder and try again.</source>
        <translation>تعذّر حفظ الملف. اختر مجلدًا آخر وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Nomo Flow report</source>
        <translation>تقرير نمو فلو</translation>
    </message>
    <message>
        <source>Your store</source>
        <translation>متجرك</translation>
    </message>
    <message>
        <source>Sales report</source>
        <translation>تقرير المبيعات</translation>
    </message>
    <message>
        <source>VAT included</source>
        <translation>منها ضريبة القيمة المضافة</translation>
    </message>
    <message>
        <source>Sales in the period before</source>
        <translation>مبيعات الفترة السابقة</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>الأداة</translation>
    </message>
    <message>
        <source>Real effect of each tool</source>
        <translation>ما أضافته كل أداة فعلًا</translation>
    </message>
    <message>
        <source>A small share of shoppers is kept from each tool (its control group, set on the tool&apos;s card). What they buy against what everyone else buys is what the tool really brings in, including orders it gets no credit for above.</source>
        <translation>لا تصل كل أداة إلى نسبة صغيرة من العملاء (مجموعة المقارنة، وتُضبط من بطاقة الأداة). الفرق بين ما يشتريه هؤلاء وما يشتريه بقية العملاء هو ما أضافته الأداة فعلًا، ومنه طلبات لا تُحسب لها في الجداول أعلاه.</translation>
    </message>
    <message>
        <source>Shoppers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>مجموعة المقارنة</translation>
    </message>
    <message>
        <source>Sales per shopper</source>
        <translation>المبيعات لكل عميل</translation>
    </message>
    <message>
        <source>Without it</source>
        <translation>دون الأداة</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>الفرق</translation>
    </message>
    <message>
        <source>Verdict (95% sure)</source>
        <translation>النتيجة (بثقة ٩٥٪)</translation>
    </message>
    <message>
        <source>95% interval: %1 to %2 per shopper</source>
        <translation>بثقة ٩٥٪: من %1 إلى %2 لكل عميل</translation>
    </message>
    <message>
        <source>From sent to sold, as a share of the messages sent</source>
        <translation>من الإرسال إلى البيع، نسبةً مما أُرسل</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>انتهت بطلب</translation>
    </message>
    <message>
        <source>Clicked, did not buy</source>
        <translation>نُقر عليها دون شراء</translation>
    </message>
    <message>
        <source>Arrived, not clicked</source>
        <translation>وصلت دون نقر</translation>
    </message>
    <message>
        <source>Did not arrive</source>
        <translation>لم تصل</translation>
    </message>
    <message>
        <source>%1: %2 sent, %3 arrived, %4 clicked, %5 orders</source>
        <translation>%1: أُرسلت %2، ووصلت %3، ونُقر على %4، والطلبات %5</translation>
    </message>
    <message>
        <source>From sent to sold</source>
        <translation>من الإرسال إلى البيع</translation>
    </message>
</context>
<context>
    <name>nomo::SalesReportModel</name>
    <message>
        <source>Coupons</source>
        <translation>الكوبونات</translation>
    </message>
    <message>
        <source>Email sign-up form</source>
        <translation>نافذة الاشتراك البريدي</translation>
    </message>
    <message>
        <source>Latest purchase</source>
        <translation>آخر عملية شراء</translation>
    </message>
    <message>
        <source>Not from a tool</source>
        <translation>من غير أداة</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من ⁨%1⁩ إلى ⁨%2⁩</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Hijri date</source>
        <translation>التاريخ الهجري</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <source>Sales (SAR, with VAT)</source>
        <translation>المبيعات (ر.س، شاملة الضريبة)</translation>
    </message>
    <message>
        <source>VAT (SAR)</source>
        <translation>ضريبة القيمة المضافة (ر.س)</translation>
    </message>
    <message>
        <source>Sales without VAT (SAR)</source>
        <translation>المبيعات دون الضريبة (ر.س)</translation>
    </message>
    <message>
        <source>Coupon discounts (SAR)</source>
        <translation>خصومات الكوبونات (ر.س)</translation>
    </message>
    <message>
        <source>Coupons (SAR)</source>
        <translation>الكوبونات (ر.س)</translation>
    </message>
    <message>
        <source>Messages (SAR)</source>
        <translation>الرسائل (ر.س)</translation>
    </message>
    <message>
        <source>Email sign-up form (SAR)</source>
        <translation>نافذة الاشتراك البريدي (ر.س)</translation>
    </message>
    <message>
        <source>Latest purchase (SAR)</source>
        <translation>آخر عملية شراء (ر.س)</translation>
    </message>
    <message>
        <source>Not from a tool (SAR)</source>
        <translation>من غير أداة (ر.س)</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>الزوار</translation>
    </message>
    <message>
        <source>Abandoned carts</source>
        <translation>السلات المتروكة</translation>
    </message>
    <message>
        <source>Recovered carts</source>
        <translation>السلات المستعادة</translation>
    </message>
    <message>
        <source>Recovered sales (SAR)</source>
        <translation>مبيعات السلات المستعادة (ر.س)</translation>
    </message>
    <message>
        <source>Brings in %1 to %2 more per shopper</source>
        <translation>تضيف من %1 إلى %2 لكل عميل</translation>
    </message>
    <message>
        <source>Shoppers who get it buy %1 to %2 less</source>
        <translation>يشتري من تصلهم أقل بمقدار %1 إلى %2 لكل عميل</translation>
    </message>
    <message>
        <source>No clear effect yet</source>
        <translation>لم يتضح أثر بعد</translation>
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
    <message numerus="yes">
        <source>time(s)</source>
        <translation>
            <numerusform>مرة</numerusform>
            <numerusform>مرة</numerusform>
            <numerusform>مرة</numerusform>
            <numerusform>مرات</numerusform>
            <numerusform>مرة</numerusform>
            <numerusform>مرة</numerusform>
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
    <name>nomo::StorefrontPage</name>
    <message>
        <source>Storefront</source>
        <translation>واجهة المتجر</translation>
    </message>
    <message>
        <source>Your storefront tools as your shoppers see them, with your own words and settings. Change a setting and the preview follows; a tool that is off shows nothing in your store.</source>
        <translation>أدوات واجهة متجرك كما يراها عملاؤك، بكلماتك وإعداداتك. غيّر أي إعداد فتتغير المعاينة معه، والأداة غير المفعّلة لا يظهر منها شيء في متجرك.</translation>
    </message>
    <message>
        <source>Live visitor counter</source>
        <translation>عدّاد الزوار المباشر</translation>
    </message>
    <message>
        <source>Latest purchase</source>
        <translation>آخر عملية شراء</translation>
    </message>
    <message>
        <source>Email collector</source>
        <translation>نافذة الاشتراك البريدي</translation>
    </message>
    <message>
        <source>Push notifications</source>
        <translation>الإشعارات الفورية</translation>
    </message>
    <message>
        <source>On</source>
        <translation>مفعّلة</translation>
    </message>
    <message>
        <source>Off: your shoppers do not see it</source>
        <translation>غير مفعّلة: لا يراها عملاؤك</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Top right corner</source>
        <translation>أعلى اليمين</translation>
    </message>
    <message>
        <source>Top left corner</source>
        <translation>أعلى اليسار</translation>
    </message>
    <message>
        <source>Bottom right corner</source>
        <translation>أسفل اليمين</translation>
    </message>
    <message>
        <source>Bottom left corner</source>
        <translation>أسفل اليسار</translation>
    </message>
    <message>
        <source>product pages</source>
        <translation>صفحات المنتجات</translation>
    </message>
    <message>
        <source>the home page</source>
        <translation>الصفحة الرئيسية</translation>
    </message>
    <message>
        <source>every page</source>
        <translation>كل الصفحات</translation>
    </message>
    <message numerus="yes">
        <source>%1, on %2. Hidden while fewer than %Ln people are there (an example figure is shown here).</source>
        <extracomment>%1: the corner; %2: which pages; %Ln: the fewest visitors it shows</extracomment>
        <translation>
            <numerusform>%1، في %2. (الرقم هنا مثال).</numerusform>
            <numerusform>%1، في %2. يختفي ما دام أقل من شخص واحد (الرقم هنا مثال).</numerusform>
            <numerusform>%1، في %2. يختفي ما دام أقل من شخصين (الرقم هنا مثال).</numerusform>
            <numerusform>%1، في %2. يختفي ما دام أقل من %Ln أشخاص (الرقم هنا مثال).</numerusform>
            <numerusform>%1، في %2. يختفي ما دام أقل من %Ln شخصًا (الرقم هنا مثال).</numerusform>
            <numerusform>%1، في %2. يختفي ما دام أقل من %Ln شخص (الرقم هنا مثال).</numerusform>
        </translation>
    </message>
    <message>
        <source>Shoppers&apos; names hidden.</source>
        <translation>أسماء العملاء مخفية.</translation>
    </message>
    <message>
        <source>Shoppers&apos; first names shown.</source>
        <translation>تظهر الأسماء الأولى للعملاء.</translation>
    </message>
    <message numerus="yes">
        <source>%1, on %2, at most %3 a visit, from real orders of the last %Ln hour(s).</source>
        <extracomment>%1: the corner; %2: which pages; %3: at most per visit; %Ln: hours of orders it takes</extracomment>
        <translation>
            <numerusform>%1، في %2، %3 مرات على الأكثر في الزيارة، من طلبات حقيقية.</numerusform>
            <numerusform>%1، في %2، %3 مرات على الأكثر في الزيارة، من طلبات حقيقية في آخر ساعة.</numerusform>
            <numerusform>%1، في %2، %3 مرات على الأكثر في الزيارة، من طلبات حقيقية في آخر ساعتين.</numerusform>
            <numerusform>%1، في %2، %3 مرات على الأكثر في الزيارة، من طلبات حقيقية في آخر %Ln ساعات.</numerusform>
            <numerusform>%1، في %2، %3 مرات على الأكثر في الزيارة، من طلبات حقيقية في آخر %Ln ساعة.</numerusform>
            <numerusform>%1، في %2، %3 مرات على الأكثر في الزيارة، من طلبات حقيقية في آخر %Ln ساعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>A bar at the top</source>
        <translation>شريط أعلى الصفحة</translation>
    </message>
    <message>
        <source>A form in the page</source>
        <translation>نموذج داخل الصفحة</translation>
    </message>
    <message>
        <source>A pop-up</source>
        <translation>نافذة منبثقة</translation>
    </message>
    <message>
        <source>when %1% of the page is scrolled</source>
        <translation>بعد تمرير %1٪ من الصفحة</translation>
    </message>
    <message>
        <source>when the visitor is about to leave</source>
        <translation>عندما يوشك الزائر على المغادرة</translation>
    </message>
    <message numerus="yes">
        <source>after %Ln second(s)</source>
        <translation>
            <numerusform>فورًا</numerusform>
            <numerusform>بعد ثانية واحدة</numerusform>
            <numerusform>بعد ثانيتين</numerusform>
            <numerusform>بعد %Ln ثوانٍ</numerusform>
            <numerusform>بعد %Ln ثانية</numerusform>
            <numerusform>بعد %Ln ثانية</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, on %3; not again to the same visitor for %Ln day(s), never after they subscribe.</source>
        <extracomment>%1: pop-up, bar or form; %2: when it shows; %3: which pages; %Ln: days before it shows again</extracomment>
        <translation>
            <numerusform>%1 %2، في %3؛ ولا تظهر أبدًا بعد الاشتراك.</numerusform>
            <numerusform>%1 %2، في %3؛ ولا تظهر للزائر نفسه مجددًا قبل يوم، ولا بعد اشتراكه أبدًا.</numerusform>
            <numerusform>%1 %2، في %3؛ ولا تظهر للزائر نفسه مجددًا قبل يومين، ولا بعد اشتراكه أبدًا.</numerusform>
            <numerusform>%1 %2، في %3؛ ولا تظهر للزائر نفسه مجددًا قبل %Ln أيام، ولا بعد اشتراكه أبدًا.</numerusform>
            <numerusform>%1 %2، في %3؛ ولا تظهر للزائر نفسه مجددًا قبل %Ln يومًا، ولا بعد اشتراكه أبدًا.</numerusform>
            <numerusform>%1 %2، في %3؛ ولا تظهر للزائر نفسه مجددًا قبل %Ln يوم، ولا بعد اشتراكه أبدًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offered only after the shopper does something (adds to the cart, orders, subscribes), never as the page opens; the browser&apos;s own prompt follows in a small window. Needs Shopper notifications with Push on.</source>
        <translation>تُعرض فقط بعد أن يقوم العميل بشيء (يضيف إلى السلة أو يطلب أو يشترك)، ولا تُعرض أبدًا عند فتح الصفحة؛ ثم يظهر طلب الإذن من المتصفح في نافذة صغيرة. تحتاج إلى تفعيل «الإشعارات الفورية» في إشعارات العملاء.</translation>
    </message>
    <message>
        <source>Your list</source>
        <translation>قائمة المشتركين</translation>
    </message>
    <message>
        <source>No one has subscribed yet. Sign-ups from your store&apos;s email collector show here.</source>
        <translation>لم يشترك أحد بعد. يظهر هنا من يشترك عبر نافذة الاشتراك البريدي في متجرك.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscriber(s) on your list. If a subscriber asks to be deleted, select them and delete them here: what your store kept about them goes, and they get no more email.</source>
        <translation>
            <numerusform>لا مشتركين في قائمتك الآن. إذا طلب أحد حذفه فاختره واحذفه من هنا: يُحذف ما احتفظ به متجرك عنه ولن تصله رسائل بعد ذلك.</numerusform>
            <numerusform>مشترك واحد في قائمتك. إذا طلب مشترك حذفه فاختره واحذفه من هنا: يُحذف ما احتفظ به متجرك عنه ولن تصله رسائل بعد ذلك.</numerusform>
            <numerusform>مشتركان في قائمتك. إذا طلب مشترك حذفه فاختره واحذفه من هنا: يُحذف ما احتفظ به متجرك عنه ولن تصله رسائل بعد ذلك.</numerusform>
            <numerusform>%Ln مشتركين في قائمتك. إذا طلب مشترك حذفه فاختره واحذفه من هنا: يُحذف ما احتفظ به متجرك عنه ولن تصله رسائل بعد ذلك.</numerusform>
            <numerusform>%Ln مشتركًا في قائمتك. إذا طلب مشترك حذفه فاختره واحذفه من هنا: يُحذف ما احتفظ به متجرك عنه ولن تصله رسائل بعد ذلك.</numerusform>
            <numerusform>%Ln مشترك في قائمتك. إذا طلب مشترك حذفه فاختره واحذفه من هنا: يُحذف ما احتفظ به متجرك عنه ولن تصله رسائل بعد ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete at their request…</source>
        <translation>حذف بناءً على طلبه…</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>تاريخ الاشتراك</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>ألغى اشتراكه</translation>
    </message>
    <message>
        <source>On the list</source>
        <translation>مشترك</translation>
    </message>
    <message>
        <source>Delete this subscriber?</source>
        <translation>حذف هذا المشترك؟</translation>
    </message>
    <message>
        <source>Delete %1 and what your store kept about them? Their consent&apos;s history and the words of the messages sent to them are erased, and their address is kept only as &quot;do not email&quot;. This cannot be undone.</source>
        <translation>هل تريد حذف %1 وكل ما احتفظ به متجرك عنه؟ يُمحى سجل موافقاته ونصوص الرسائل التي أُرسلت إليه، ويبقى عنوانه فقط مع علامة «لا تراسله». لا يمكن التراجع عن ذلك.</translation>
    </message>
</context>
<context>
    <name>nomo::TemplateEditorModel</name>
    <message>
        <source>There is no “%1” to use here. Pick a name from the list.</source>
        <translation>لا يوجد «%1» هنا. اختر من القائمة.</translation>
    </message>
    <message>
        <source>Some shoppers have no “%1”: put it between {{#%1}} and {{/%1}}, or add | default: &quot;…&quot;.</source>
        <translation>بعض العملاء ليس لديهم «%1»: ضعه بين {{#%1}} و{{/%1}}، أو أضف | default: &quot;…&quot;.</translation>
    </message>
    <message>
        <source>“%1” is used where it is missing.</source>
        <translation>استُخدم «%1» في موضع لا يتوفر فيه.</translation>
    </message>
    <message>
        <source>There is no filter “%1”.</source>
        <translation>لا يوجد مرشّح باسم «%1».</translation>
    </message>
    <message>
        <source>The filter “%1” does not fit here. Check its words.</source>
        <translation>المرشّح «%1» لا يناسب هذا الموضع. راجع كلماته.</translation>
    </message>
    <message>
        <source>“%1” cannot be shown as it is.</source>
        <translation>لا يمكن عرض «%1» كما هو.</translation>
    </message>
    <message>
        <source>{{#%1}} is not closed with {{/%1}}.</source>
        <translation>لم يُغلق {{#%1}} بـ {{/%1}}.</translation>
    </message>
    <message>
        <source>{{/%1}} closes nothing that is open.</source>
        <translation>لا يغلق {{/%1}} شيئًا مفتوحًا.</translation>
    </message>
    <message>
        <source>A {{ is not closed with }}.</source>
        <translation>يوجد {{ لم يُغلق بـ }}.</translation>
    </message>
    <message>
        <source>The message has no text.</source>
        <translation>الرسالة بلا نص.</translation>
    </message>
    <message>
        <source>The message needs a subject.</source>
        <translation>تحتاج الرسالة إلى موضوع.</translation>
    </message>
    <message>
        <source>Check the text here.</source>
        <translation>راجع النص في هذا الموضع.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>Write the name of the template Meta approved: small English letters, digits and _ only.</source>
        <translation>اكتب اسم القالب الذي اعتمدته Meta: حروف إنجليزية صغيرة وأرقام والرمز _ فقط.</translation>
    </message>
    <message>
        <source>A WhatsApp template is fixed text with names in it: Meta does not approve {{#…}} sections. Use | default: &quot;…&quot; instead.</source>
        <translation>قالب واتساب نص ثابت تتخلله الأسماء، ولا تعتمد Meta الأقسام {{#…}}. استخدم ‎| default: &quot;…&quot;‎ بدلًا منها.</translation>
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
<context>
    <name>nomo::VisitorsModel</name>
    <message>
        <source>Came straight (typed, saved or an app)</source>
        <translation>دخول مباشر (كتابة العنوان أو رابط محفوظ أو تطبيق)</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>الجوالات</translation>
    </message>
    <message>
        <source>Tablets</source>
        <translation>الأجهزة اللوحية</translation>
    </message>
    <message>
        <source>Computers</source>
        <translation>الحواسيب</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
</context>
<context>
    <name>nomo::VisitorsPage</name>
    <message>
        <source>Visitors</source>
        <translation>الزوار</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>٧ أيام</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>٣٠ يومًا</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>٩٠ يومًا</translation>
    </message>
    <message>
        <source>Most viewed pages</source>
        <translation>الصفحات الأكثر مشاهدة</translation>
    </message>
    <message>
        <source>Where visits came from</source>
        <translation>مصادر الزيارات</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>المشاهدات</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>الزيارات</translation>
    </message>
    <message numerus="yes">
        <source>Visitors and page views per day, last %Ln days</source>
        <translation>
            <numerusform>الزوار ومشاهدات الصفحات يوميًا</numerusform>
            <numerusform>الزوار ومشاهدات الصفحات يوميًا، آخر يوم</numerusform>
            <numerusform>الزوار ومشاهدات الصفحات يوميًا، آخر يومين</numerusform>
            <numerusform>الزوار ومشاهدات الصفحات يوميًا، آخر %Ln أيام</numerusform>
            <numerusform>الزوار ومشاهدات الصفحات يوميًا، آخر %Ln يومًا</numerusform>
            <numerusform>الزوار ومشاهدات الصفحات يوميًا، آخر %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>No visits recorded in this period. With visitor data on, visits show here a few minutes after shoppers open your store.</source>
        <translation>لا زيارات مسجّلة في هذه المدة. مع تفعيل بيانات الزوار تظهر الزيارات هنا بعد دقائق من دخول العملاء متجرك.</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>مشاهدات الصفحات</translation>
    </message>
    <message>
        <source>Pages per visit</source>
        <translation>الصفحات في الزيارة الواحدة</translation>
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
    <message>
        <source>%1: %2 visitors, %3 page views</source>
        <translation>%1: الزوار %2، مشاهدات الصفحات %3</translation>
    </message>
</context>
</TS>
