/* Nomo Flow's service worker (scope /s/ on the daemon's origin): shows what a store
   pushes (PushChannel's payload: title, body, url, lang, dir, tag) and opens its link
   when the shopper taps it. With userVisibleOnly, every push shows a notification. */
'use strict';
self.addEventListener('install', function () { self.skipWaiting(); });
self.addEventListener('activate', function (event) { event.waitUntil(self.clients.claim()); });
self.addEventListener('push', function (event) {
  var n = {};
  try { n = event.data ? event.data.json() : {}; } catch (e) { n = { body: event.data ? event.data.text() : '' }; }
  event.waitUntil(self.registration.showNotification(n.title || '', {
    body: n.body || '', lang: n.lang || '', dir: n.dir || 'auto', tag: n.tag || undefined, data: { url: n.url || '' }
  }));
});
self.addEventListener('notificationclick', function (event) {
  event.notification.close();
  var url = event.notification.data && event.notification.data.url;
  if (url && /^https?:\/\//.test(url)) event.waitUntil(self.clients.openWindow(url));
});
