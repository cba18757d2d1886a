<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_SA">
<context>
    <name>nomo::WelcomeWindow</name>
    <message>
        <source>Discount coupons</source>
        <translation>كوبونات الخصم</translation>
    </message>
    <message>
        <source>Notifications to shoppers</source>
        <translation>إشعارات المتسوقين</translation>
    </message>
    <message>
        <source>Live visitor counter</source>
        <translation>عدّاد الزوار المباشر</translation>
    </message>
    <message>
        <source>Email collector</source>
        <translation>جامع البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Visitor data</source>
        <translation>بيانات الزوار</translation>
    </message>
    <message>
        <source>Latest purchase</source>
        <translation>آخر عملية شراء</translation>
    </message>
    <message>
        <source>Create coupons in your Salla store and see what they sold.</source>
        <translation>أنشئ كوبونات في متجرك على سلة واعرف ما حققته من مبيعات.</translation>
    </message>
    <message>
        <source>Email, SMS, WhatsApp and push messages, such as abandoned-cart reminders.</source>
        <translation>رسائل البريد والرسائل النصية وواتساب والإشعارات الفورية، مثل التذكير بالسلات المتروكة.</translation>
    </message>
    <message>
        <source>Show shoppers how many people are browsing your store now.</source>
        <translation>اعرض للمتسوقين عدد من يتصفحون متجرك الآن.</translation>
    </message>
    <message>
        <source>Invite visitors to leave their email address.</source>
        <translation>ادعُ الزوار إلى ترك بريدهم الإلكتروني.</translation>
    </message>
    <message>
        <source>Pages viewed and visits, day by day.</source>
        <translation>الصفحات المشاهدة والزيارات، يومًا بيوم.</translation>
    </message>
    <message>
        <source>A gentle note on your storefront when someone buys.</source>
        <translation>تنبيه لطيف في واجهة متجرك عندما يشتري أحدهم.</translation>
    </message>
    <message>
        <source>Nomo Flow</source>
        <translation>نمو فلو</translation>
    </message>
    <message>
        <source>Nomo Flow — marketing tools for your Salla store</source>
        <translation>نمو فلو — أدوات تسويق لمتجرك على سلة</translation>
    </message>
    <message>
        <source>No store is connected yet. Once you sign in, each feature below can be switched on and set up from here, and its results appear in your reports.</source>
        <translation>لم يُربط أي متجر بعد. بعد تسجيل الدخول يمكنك تفعيل كل ميزة أدناه وإعدادها من هنا، وتظهر نتائجها في تقاريرك.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
</context>
</TS>
