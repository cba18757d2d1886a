<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CouponWords</name>
    <message>
        <source>%1 up to %2</source>
        <extracomment>%1: the percentage; %2: the most it takes off, in SAR</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, free shipping</source>
        <extracomment>%1: the discount; free shipping comes with it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a code for the coupon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code has %1 to %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use only Latin letters, digits, - and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another coupon of your store has this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a discount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage cannot be more than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed discount cannot be more than the minimum purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type an amount above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A maximum discount is for percentages only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose when the coupon expires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an expiry date after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an expiry date after the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A limit is at least one use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The limit per customer cannot be more than the total limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the domain like %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salla does not know one of these payment methods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type numbers separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign has %1 to %2 codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the campaign a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This setting is not supported yet. Update Nomo Flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign&apos;s codes are made once. Make a new campaign instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salla did not accept this value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers&apos; email domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not these products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not these categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STC Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash on delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tabby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tamara</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PayPal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KNET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotii</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salla did not let Nomo Flow into your store. Renew the link to Nomo Flow from Salla&apos;s dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salla did not accept this coupon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code prefix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Second reminder after (0: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount in the second reminder (0: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing messages per shopper a day, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS sender name (registered with the provider)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS account user name (Msegat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unifonic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Msegat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taqnyat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price of one SMS part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>halalas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell shoppers when their order moves on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order statuses that send an update (Salla&apos;s names, separated by commas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp phone number ID (from Meta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp webhook verify token (any word, the same in Meta&apos;s app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp template for Salla&apos;s notices (one value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp app secret (signs its webhooks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win back customers who have not bought for (0: off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome new subscribers by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount in the welcome (0: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrolled down at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show again to the same visitor after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you words (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank-you words (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First one after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most per visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The home page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pop-up window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bar at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inside the page, above the footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After scrolling down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the visitor is about to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-up discount (one use, in the welcome email)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask new subscribers to confirm by email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order counts for a message clicked within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order counts for an email opened within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control group: shoppers it is kept from, to measure its real effect</source>
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
    <message>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storefront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
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
        <source>A coupon was changed in Salla; Salla&apos;s copy was kept</source>
        <translation>A coupon was changed in Salla; Salla&apos;s copy was kept</translation>
    </message>
    <message>
        <source>A coupon was deleted in Salla</source>
        <translation>A coupon was deleted in Salla</translation>
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
    <name>nomo::BroadcastDialog</name>
    <message>
        <source>New broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eid offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bought lately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have not bought for a while</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By (the first that reaches each shopper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day and hour (Riyadh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goes out %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is in your quiet hours: the messages will wait until they end. Change the quiet hours in the notifications settings if this moment matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nomo::BroadcastDraft</name>
    <message>
        <source>Give the broadcast a name you will recognise in reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose when it goes out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That time has passed. Choose a later one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcasts can be planned up to 400 days ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After iftar and before suhoor are Ramadan&apos;s moments. Choose a Ramadan season or another moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Riyadh time (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Riyadh time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the morning (10:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the evening (20:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Half an hour after iftar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An hour and a half before suhoor ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bought in the last %Ln day(s)</source>
        <comment>segment</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Have not bought for %Ln day(s)</source>
        <comment>segment</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Never bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nomo::BroadcastFlow</name>
    <message>
        <source>Your Nomo Flow server cannot be reached now, so nothing was scheduled. Try again when you are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again: this computer&apos;s sign-in has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has gone out to everyone already: there is nothing left to cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time must be from now to 400 days ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one channel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That coupon is not in this store any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests just now. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not take it (%1). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broadcast is scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the broadcast?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing more of it will be sent. Messages already sent stay sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broadcast is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nomo::BroadcastsModel</name>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Going out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written, %2 sent, %3 opened or read, %4 clicked, %5 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it brought</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nomo::BroadcastsView</name>
    <message>
        <source>One message to a group of your shoppers at a moment you choose: a season such as the first day of Ramadan after iftar, or any day and hour. Each shopper gets it once, by the first channel that reaches them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No broadcasts yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nomo::CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign gives each customer a code of their own, used once: Salla makes the codes from your prefix. Export them once they are made, to send by message or print on cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For you: customers do not see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every code starts with it. Latin letters, digits, - and _.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2, each used once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage of the cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codes work to the end of this day, Riyadh time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nomo::CartPreviewView</name>
    <message>
        <source>An example cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products (SAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the minimum purchase of %1: the coupon does not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount stops at the maximum you set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipping is an example fee of %1; your store&apos;s fee depends on the company and city.</source>
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
    <message>
        <source>That subscriber could not be deleted. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscriber and what your store kept about them are being deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nomo::CouponEditorDialog</name>
    <message>
        <source>New coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the coupon %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code customers type at checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin letters, digits, - and _, %1 to %2 characters. Or let us make a readable one, after a prefix of yours if you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon active in your store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A percentage of the cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fixed amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentage off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most it takes off (SAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for no cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum purchase (SAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for a cart of any value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free shipping with this coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on a later day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise it works as soon as it reaches Salla.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It works to the end of this day, Riyadh time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for no limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who and what</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your store&apos;s website and app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The website only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on products already on sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works together with your other offers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only customers with an email at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A company&apos;s domain, for example. Leave empty for every customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None ticked: every payment method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced: products and categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products and categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product and category numbers from Salla, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not these products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not these categories</source>
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
</context>
<context>
    <name>nomo::CouponEditorModel</name>
    <message>
        <source>Salla did not accept this coupon. Salla says:</source>
        <extracomment>Above the editor; Salla&apos;s own (Arabic) words follow, one per line</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To save, check: %1</source>
        <extracomment>%1: the fields to fill in or correct, separated by the language&apos;s comma</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nomo::CouponFlows</name>
    <message>
        <source>Delete the coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change could not be saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the campaign %1 and all its codes? Customers can no longer use them, in Salla too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the coupon %1? Customers can no longer use it, in Salla too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bringing the campaign&apos;s codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We could not bring the codes. Check the connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salla has not made this campaign&apos;s codes yet. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The codes could not be saved there. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %Ln code(s) in %1.</source>
        <translation>
            <numerusform>Saved %Ln code in %1.</numerusform>
            <numerusform>Saved %Ln codes in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The coupon %1 was changed on another device, so it was not deleted. Look at it again, then delete it if you still want to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coupon %1 was changed on another device before your change arrived. Your change was not saved; the list shows the coupon as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coupon %1 is no longer in your store; it may have been deleted on another device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coupon %1 was not made. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change to the coupon %1 was not saved. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change to the coupon %1 was not saved. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nomo::CouponForm</name>
    <message>
        <source>Salla: %1</source>
        <extracomment>Under a field: Salla&apos;s own (Arabic) words for why it refused it</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nomo::CouponsModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Salla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Salla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salla refused it: %1</source>
        <extracomment>%1: Salla&apos;s own words, in Arabic</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salla refused it: check “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (campaign of %Ln code(s))</source>
        <extracomment>%1: the campaign&apos;s code prefix; %Ln: how many one-use codes it has</extracomment>
        <translation>
            <numerusform>%1 (campaign of %Ln code)</numerusform>
            <numerusform>%1 (campaign of %Ln codes)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln use(s)</source>
        <translation>
            <numerusform>%Ln use</numerusform>
            <numerusform>%Ln uses</numerusform>
        </translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Salla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nomo::CouponsPage</name>
    <message>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your store&apos;s coupons in Salla: make them here, and see what each one brought in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Salla: all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by Salla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Salla</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most sales first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most uses first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no coupons yet. Make your first one: Nomo Flow adds it to your Salla store, and what it brings in shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make your first coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No coupon matches this search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This coupon is on its way to Nomo Flow. You can change it once it has arrived.</source>
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
    <message>
        <source>Open coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the report</source>
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
        <source>%Ln abandoned cart(s) to remind, worth %1</source>
        <translation>
            <numerusform>%Ln abandoned cart to remind, worth %1</numerusform>
            <numerusform>%Ln abandoned carts to remind, worth %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No active coupon yet. Make one on the Coupons page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln active coupon(s), none used in the last 7 days</source>
        <translation>
            <numerusform>%Ln active coupon, not used in the last 7 days</numerusform>
            <numerusform>%Ln active coupons, none used in the last 7 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used %Ln time(s) in the last 7 days, %1 in sales</source>
        <extracomment>%Ln: orders that used a coupon in the last 7 days; %1: their sales</extracomment>
        <translation>
            <numerusform>Used once in the last 7 days, %1 in sales</numerusform>
            <numerusform>Used %Ln times in the last 7 days, %1 in sales</numerusform>
        </translation>
    </message>
    <message>
        <source>No visits recorded yet. Visits show here a few minutes after the first shopper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln visitor(s) in the last 7 days, %1 page views</source>
        <extracomment>%Ln: visitors over the last 7 days; %1: their page views</extracomment>
        <translation>
            <numerusform>%Ln visitor in the last 7 days, %1 page views</numerusform>
            <numerusform>%Ln visitors in the last 7 days, %1 page views</numerusform>
        </translation>
    </message>
    <message>
        <source>No visitors counted today yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln visitor(s) on your store today</source>
        <translation>
            <numerusform>%Ln visitor on your store today</numerusform>
            <numerusform>%Ln visitors on your store today</numerusform>
        </translation>
    </message>
    <message>
        <source>No subscribers yet. Sign-ups from your store show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscriber(s) on your list, %1 new in the last 7 days</source>
        <extracomment>%Ln: subscribers on the list; %1: how many joined in the last 7 days</extracomment>
        <translation>
            <numerusform>%Ln subscriber on your list, %1 new in the last 7 days</numerusform>
            <numerusform>%Ln subscribers on your list, %1 new in the last 7 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visitor(s) on your store now</source>
        <extracomment>%Ln: visitors on the store in the last five minutes; %1: visitors today</extracomment>
        <translation>
            <numerusform>%Ln visitor on your store now</numerusform>
            <numerusform>%Ln visitors on your store now</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 today</source>
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
    <name>nomo::MessageLogModel</name>
    <message>
        <source>Cart reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second cart reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salla&apos;s message (a code or an order notice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
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
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maybe sent: the provider did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln attempt(s)</source>
        <comment>message attempts</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>clicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages yet. When an automation sends one, it shows here with what became of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last %Ln message(s):</source>
        <comment>log summary</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent, %2 opened or read, %3 clicked, %4 followed by an order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cart was bought first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shopper has not agreed to these messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shopper unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shopper already had today&apos;s messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the quiet hours to end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tool was switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template cannot be filled in for this shopper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp allows this only within 24 hours of the shopper&apos;s last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shopper stopped the store&apos;s offers on WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this number cannot receive WhatsApp messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the channel is not set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server restarted while sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscription confirmation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nomo::MessageLogView</name>
    <message>
        <source>Search: an address, a number, a reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached the shopper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches this search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nomo::MessageTestFlow</name>
    <message>
        <source>Write the email address the test goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the mobile number the test goes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: a test is sent by your Nomo Flow server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Nomo Flow server cannot be reached now. Try again when you are online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ten tests an hour at most. Try again a little later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again: this computer&apos;s sign-in has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That email address does not look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That mobile number does not look right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not take the test (%1). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1. It should arrive within a minute; if not, look in the spam folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1: the provider accepted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server has no working email relay yet: its administrator needs to set mail.smtp_host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp refused the set-up: check the phone number ID, the access token and that the template is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SMS provider refused the set-up: check the provider, the sender name and the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp allows this only within 24 hours of the last message from that number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not take it now. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider did not answer in time: the test may still arrive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nomo::MessagesPage</name>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomo Flow&apos;s template. Change it to make it yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview comes back once the problems above are fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln part(s)</source>
        <comment>SMS parts</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <comment>SMS length</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 (%3). Each message costs %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic letters: 70 a part, 67 when longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin letters: 160 a part, 153 when longer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your shoppers receive from each automation. Edit a template beside its preview: the preview is exactly what is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned cart: first reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned cart: second reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to a new subscriber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win back a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcast</source>
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
        <source>Push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names you can use (double-click to add):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to Nomo Flow&apos;s template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the template approved by Meta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link button&apos;s words (empty: no button)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit this to Meta as the template «%1» in %2, category %3:
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic (ar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English (en)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its button «%1» opens a dynamic address: this daemon&apos;s address followed by /r/{{1}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broadcasts</source>
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
    <name>nomo::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Hijri month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ramadan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show these days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales by tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned carts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales per riyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sales in this period yet. Orders show here a minute after they reach your Salla store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT included: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales from your tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln visitors</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Against %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 in %Ln orders, %3 from your tools</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 in %Ln orders</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln unsubscribed from these</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the file. Pick another folder and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nomo Flow report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales in the period before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real effect of each tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small share of shoppers is kept from each tool (its control group, set on the tool&apos;s card). What they buy against what everyone else buys is what the tool really brings in, including orders it gets no credit for above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoppers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales per shopper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict (95% sure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95% interval: %1 to %2 per shopper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From sent to sold, as a share of the messages sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicked, did not buy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrived, not clicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not arrive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 sent, %3 arrived, %4 clicked, %5 orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From sent to sold</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nomo::SalesReportModel</name>
    <message>
        <source>Coupons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email sign-up form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not from a tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hijri date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales (SAR, with VAT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT (SAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales without VAT (SAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupon discounts (SAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coupons (SAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages (SAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email sign-up form (SAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest purchase (SAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not from a tool (SAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandoned carts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered carts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered sales (SAR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brings in %1 to %2 more per shopper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoppers who get it buy %1 to %2 less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clear effect yet</source>
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
    <message numerus="yes">
        <source>time(s)</source>
        <translation>
            <numerusform>time</numerusform>
            <numerusform>times</numerusform>
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
    <name>nomo::StorefrontPage</name>
    <message>
        <source>Storefront</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your storefront tools as your shoppers see them, with your own words and settings. Change a setting and the preview follows; a tool that is off shows nothing in your store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live visitor counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email collector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: your shoppers do not see it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top right corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top left corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom right corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom left corner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>product pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the home page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every page</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, on %2. Hidden while fewer than %Ln people are there (an example figure is shown here).</source>
        <extracomment>%1: the corner; %2: which pages; %Ln: the fewest visitors it shows</extracomment>
        <translation>
            <numerusform>%1, on %2. Hidden while fewer than %Ln person is there (an example figure is shown here).</numerusform>
            <numerusform>%1, on %2. Hidden while fewer than %Ln people are there (an example figure is shown here).</numerusform>
        </translation>
    </message>
    <message>
        <source>Shoppers&apos; names hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoppers&apos; first names shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, on %2, at most %3 a visit, from real orders of the last %Ln hour(s).</source>
        <extracomment>%1: the corner; %2: which pages; %3: at most per visit; %Ln: hours of orders it takes</extracomment>
        <translation>
            <numerusform>%1, on %2, at most %3 a visit, from real orders of the last hour.</numerusform>
            <numerusform>%1, on %2, at most %3 a visit, from real orders of the last %Ln hours.</numerusform>
        </translation>
    </message>
    <message>
        <source>A bar at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A form in the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pop-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when %1% of the page is scrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>when the visitor is about to leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>after %Ln second(s)</source>
        <translation>
            <numerusform>after %Ln second</numerusform>
            <numerusform>after %Ln seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, on %3; not again to the same visitor for %Ln day(s), never after they subscribe.</source>
        <extracomment>%1: pop-up, bar or form; %2: when it shows; %3: which pages; %Ln: days before it shows again</extracomment>
        <translation>
            <numerusform>%1 %2, on %3; not again to the same visitor for %Ln day, never after they subscribe.</numerusform>
            <numerusform>%1 %2, on %3; not again to the same visitor for %Ln days, never after they subscribe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Offered only after the shopper does something (adds to the cart, orders, subscribes), never as the page opens; the browser&apos;s own prompt follows in a small window. Needs Shopper notifications with Push on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one has subscribed yet. Sign-ups from your store&apos;s email collector show here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln subscriber(s) on your list. If a subscriber asks to be deleted, select them and delete them here: what your store kept about them goes, and they get no more email.</source>
        <translation>
            <numerusform>%Ln subscriber on your list. If a subscriber asks to be deleted, select them and delete them here: what your store kept about them goes, and they get no more email.</numerusform>
            <numerusform>%Ln subscribers on your list. If a subscriber asks to be deleted, select them and delete them here: what your store kept about them goes, and they get no more email.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete at their request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this subscriber?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 and what your store kept about them? Their consent&apos;s history and the words of the messages sent to them are erased, and their address is kept only as &quot;do not email&quot;. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nomo::TemplateEditorModel</name>
    <message>
        <source>There is no “%1” to use here. Pick a name from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some shoppers have no “%1”: put it between {{#%1}} and {{/%1}}, or add | default: &quot;…&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is used where it is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no filter “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter “%1” does not fit here. Check its words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be shown as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{#%1}} is not closed with {{/%1}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{/%1}} closes nothing that is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A {{ is not closed with }}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message needs a subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the text here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the name of the template Meta approved: small English letters, digits and _ only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A WhatsApp template is fixed text with names in it: Meta does not approve {{#…}} sections. Use | default: &quot;…&quot; instead.</source>
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
<context>
    <name>nomo::VisitorsModel</name>
    <message>
        <source>Came straight (typed, saved or an app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tablets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>nomo::VisitorsPage</name>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most viewed pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where visits came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Visitors and page views per day, last %Ln days</source>
        <translation>
            <numerusform>Visitors and page views per day, last day</numerusform>
            <numerusform>Visitors and page views per day, last %Ln days</numerusform>
        </translation>
    </message>
    <message>
        <source>No visits recorded in this period. With visitor data on, visits show here a few minutes after shoppers open your store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages per visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Against the %Ln days before</source>
        <translation type="unfinished">
            <numerusform>Against the day before</numerusform>
            <numerusform>Against the %Ln days before</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 visitors, %3 page views</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
