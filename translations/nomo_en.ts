<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>nomo::WelcomeWindow</name>
    <message>
        <source>Discount coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications to shoppers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live visitor counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create coupons in your Salla store and see what they sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email, SMS, WhatsApp and push messages, such as abandoned-cart reminders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show shoppers how many people are browsing your store now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invite visitors to leave their email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages viewed and visits, day by day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gentle note on your storefront when someone buys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomo Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomo Flow — marketing tools for your Salla store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No store is connected yet. Once you sign in, each feature below can be switched on and set up from here, and its results appear in your reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
