<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>FeatureSchema</name>
    <message>
        <source>Discount coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons created here are pushed to your Salla store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default discount type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shopper notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email, SMS, WhatsApp and push messages to your shoppers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned cart reminder after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours start (Riyadh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>o&apos;clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours end (Riyadh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS provider API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live visitor counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows shoppers how many people are browsing right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A polite pop-up that invites visitors to join your list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headline (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer a coupon for signing up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your visitors come from and what they look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep visits for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record page views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short toast: someone in Riyadh just bought this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only purchases from the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide shoppers&apos; names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom, reading side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom, far side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top, reading side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top, far side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewModel</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last %Ln days</source>
        <translation>
            <numerusform>Last day</numerusform>
            <numerusform>Last %Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nomo::AccountPage</name>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in on these devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out a device you no longer use: it loses access at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list appears after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to see the devices of your store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console works with the Nomo Flow service at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nomo::ActivityModel</name>
    <message>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No counts yet: they arrive with the first sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order&apos;s status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order was refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order was updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned cart bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer&apos;s details changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer used a coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your store was connected to Nomo Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App removed from your store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App settings changed in Salla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update from Salla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caught up automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight from Salla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salla no longer has what this update refers to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salla did not let Nomo Flow into your store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salla did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We could not complete this update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 We stopped after %Ln attempt(s); there is nothing for you to do.</source>
        <translation>
            <numerusform>%1 We stopped after %Ln attempt; there is nothing for you to do.</numerusform>
            <numerusform>%1 We stopped after %Ln attempts; there is nothing for you to do.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 We will try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomo Flow does not need this update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1, failed: %2, caught up automatically: %3, waiting: %4, nothing to do: %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nomo::ActivityPage</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nomo::ActivityView</name>
    <message>
        <source>Nothing has arrived from Salla yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: a customer, an order number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nomo::ConsoleController</name>
    <message>
        <source>Sign-in did not finish. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available on this computer, so Nomo Flow cannot remember your sign-in. You can still sign in for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in for this session only: no keychain is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change could not be saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was changed from another device before your change arrived. Your change was not saved; the app now shows the saved settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not saved. %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not saved: the server refused the change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser did not open. Copy the sign-in address and open it in a web browser on this computer; Nomo Flow keeps waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish signing in in your browser. If no browser opened, copy the sign-in address into one on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We can&apos;t keep your sign-in on this computer. Stay signed in until you close Nomo Flow? You will need to sign in again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That device could not be signed out. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out of this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nomo::DashboardWindow</name>
    <message>
        <source>Nomo Flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomo Flow — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nomo::FeatureCard</name>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nomo::FeatureCardsModel</name>
    <message>
        <source>No data yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchase: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s) with a coupon in the last 7 days, %1</source>
        <extracomment>%Ln: how many orders; %1: their total in SAR</extracomment>
        <translation>
            <numerusform>%Ln order with a coupon in the last 7 days, %1</numerusform>
            <numerusform>%Ln orders with a coupon in the last 7 days, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln abandoned cart(s) to remind, worth %1</source>
        <translation>
            <numerusform>%Ln abandoned cart to remind, worth %1</numerusform>
            <numerusform>%Ln abandoned carts to remind, worth %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln page view(s) in the last 7 days</source>
        <translation>
            <numerusform>%Ln page view in the last 7 days</numerusform>
            <numerusform>%Ln page views in the last 7 days</numerusform>
        </translation>
    </message>
    <message>
        <source>No orders with a coupon in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nomo::LoopbackReceiver</name>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomo Flow is signed in. You can close this tab and go back to the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in was not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in did not finish. You can close this tab and try again from the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomo Flow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nomo::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales per day, last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned carts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tools now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Against the %Ln days before</source>
        <translation>
            <numerusform>Against the day before</numerusform>
            <numerusform>Against the %Ln days before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message>
        <source>No abandoned carts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A cart a customer leaves before paying shows here, with its value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln carts</source>
        <translation>
            <numerusform>%Ln cart</numerusform>
            <numerusform>%Ln carts</numerusform>
        </translation>
    </message>
    <message>
        <source>Worth %1 in all. Reminder messages can bring them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tool is switched on yet. Switch one on and its results show here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nomo::SettingsDialog</name>
    <message>
        <source>Settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch the tool on in your store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nomo::SettingsFormModel</name>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the offered options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know this setting. Please update Nomo Flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>second(s)</source>
        <translation>
            <numerusform>second</numerusform>
            <numerusform>seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>minute(s)</source>
        <translation>
            <numerusform>minute</numerusform>
            <numerusform>minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hour(s)</source>
        <translation>
            <numerusform>hour</numerusform>
            <numerusform>hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>day(s)</source>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>visitor(s)</source>
        <translation>
            <numerusform>visitor</numerusform>
            <numerusform>visitors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nomo::StatusStrip</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nomo::StatusViewModel</name>
    <message>
        <source>Not signed in — showing saved data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline — showing saved data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device was signed out. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salla needs you to authorize Nomo Flow again. Open the app from your Salla dashboard to renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln change waiting to be sent</numerusform>
            <numerusform>%Ln changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>Bringing your store&apos;s data: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nomo::ToolsPage</name>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch a tool on and it starts working in your Salla store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
