/* Nomo Flow: the page a shopper opens from the store's "Yes, notify me" (a small
   window on the daemon's origin, where the service worker lives). The browser's own
   prompt comes only from the button's press; the subscription goes to the daemon
   with the words the shopper saw above the button, which are the consent's record. */
(function (w, d) {
  'use strict';
  var button = d.getElementById('allow'), status = d.getElementById('status');
  var ar = d.documentElement.lang !== 'en';
  var say = function (a, e) { status.textContent = ar ? a : e; };
  // The store's page is told only whether it worked.
  var tell = function (ok) { if (w.opener) try { w.opener.postMessage({ nomo: 'push', ok: ok }, '*'); } catch (e) { /* gone */ } };
  var bytes = function (base64url) {
    var s = atob(base64url.replace(/-/g, '+').replace(/_/g, '/')), out = new Uint8Array(s.length);
    for (var i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  };
  if (!('serviceWorker' in navigator) || !('PushManager' in w) || !('Notification' in w)) {
    button.disabled = true;
    say('هذا المتصفح لا يدعم الإشعارات. على iPhone أضف المتجر إلى الشاشة الرئيسية أولًا.',
      'This browser does not support notifications. On an iPhone, add the store to the Home Screen first.');
    return;
  }
  button.addEventListener('click', function () {
    button.disabled = true;
    say('لحظة…', 'One moment…');
    Notification.requestPermission().then(function (permission) {
      if (permission !== 'granted') throw new Error('denied');
      return navigator.serviceWorker.register('/s/push-sw.js', { scope: '/s/' });
    }).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      return registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: bytes(button.dataset.key) });
    }).then(function (subscription) {
      return fetch(location.pathname, {
        method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ subscription: subscription.toJSON(), consent: true, wording: d.getElementById('wording').textContent,
          language: ar ? 'ar' : 'en', customer: Number(button.dataset.customer) || null })
      });
    }).then(function (response) {
      if (response.status !== 201) throw new Error('refused');
      say('تم! ستصلك إشعارات المتجر على هذا الجهاز. يمكنك إغلاق هذه النافذة.',
        'Done! The store\'s notifications will reach this device. You can close this window.');
      status.className = 'done';
      tell(true);
      w.setTimeout(function () { w.close(); }, 2500);
    }).catch(function (e) {
      button.disabled = false;
      if (e && e.message === 'denied')
        say('لم يُسمح بالإشعارات. يمكنك السماح بها من إعدادات المتصفح لهذا الموقع.',
          'Notifications were not allowed. You can allow them in the browser\'s settings for this site.');
      else say('تعذّر التفعيل الآن، حاول لاحقًا.', 'Could not turn them on right now; please try later.');
      tell(false);
    });
  });
})(window, document);
