/* Nomo Flow: visits. A page view when the page opens, the shopper's events on it
   (a product viewed, an item added to the cart, an order completed, a widget
   clicked) and a ping every two minutes while the page is in front, so the live
   counter knows who is still here. Sent with navigator.sendBeacon as text/plain (no
   preflight, never waited for); no cookie, no stored id: the daemon derives a
   visitor id that changes every day. The merchant's own previews send nothing. */
(function (N, w, d) {
  'use strict';
  if (N.preview) return;
  var queue = [], timer = 0;
  var product = N.product();
  var here = function () { return location.pathname.slice(0, 300); };

  function send(events) {
    var q = new URLSearchParams(location.search), ref = '';
    try { ref = d.referrer && new URL(d.referrer).host !== location.host ? d.referrer : ''; } catch (e) { /* not an address */ }
    var body = JSON.stringify({
      lang: N.lang(), referrer: ref.slice(0, 2000),
      utm_source: (q.get('utm_source') || '').slice(0, 100), utm_medium: (q.get('utm_medium') || '').slice(0, 100),
      utm_campaign: (q.get('utm_campaign') || '').slice(0, 100), events: events
    });
    var url = N.url('/collect');
    if (!(navigator.sendBeacon && navigator.sendBeacon(url, body)))
      fetch(url, { method: 'POST', body: body, keepalive: true, credentials: 'omit', headers: { 'Content-Type': 'text/plain' } }).catch(function () {});
  }
  function flush() {
    clearTimeout(timer); timer = 0;
    while (queue.length) send(queue.splice(0, 20));
  }
  // Events wait a moment so a burst goes in one beacon.
  N.track = function (name, extra) {
    var e = { type: 'event', name: name, path: here() };
    if (extra && extra.product) e.product = Number(extra.product) || undefined;
    else if (product) e.product = product;
    queue.push(e);
    if (!timer) timer = setTimeout(flush, 2000);
  };

  var view = { type: 'pageview', path: here() };
  if (product) view.product = product;
  send([view]);
  if (product) N.track('product_viewed', { product: product });

  var s = N.salla();
  if (s && s.event && s.event.on) {
    s.event.on('cart::item.added', function (r) { N.track('cart_add', { product: r && r.data && r.data.product_id }); });
  }
  // Salla's analytics bus says "Order Completed" on the thank-you page.
  try {
    if (w.Salla && w.Salla.analytics && w.Salla.analytics.registerTracker)
      w.Salla.analytics.registerTracker({
        name: 'nomo-flow',
        track: function (name) { if (name === 'Order Completed') N.track('order_completed'); },
        page: function () {}
      });
  } catch (e) { /* an older theme */ }

  setInterval(function () {
    if (!d.hidden) send([{ type: 'ping', path: here(), product: product || undefined }]);
  }, 120000);
  d.addEventListener('visibilitychange', function () { if (d.hidden) flush(); });
  w.addEventListener('pagehide', flush);
})(window.NomoFlow, window, document);
