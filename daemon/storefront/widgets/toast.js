/* Nomo Flow: the latest-purchase toast. Real orders only, as the daemon gives them
   (first name and city, or "a shopper", by the merchant's setting), one at a time,
   with the time ago in the page's language, a few per visit, a click through to the
   product. */
(function (N, w, d) {
  'use strict';
  var set = N.tools.latest_purchase;
  if (N.quietPage() || !N.onPages(set.pages || 'all')) return;
  var KEY = 'nomo_toasts';
  var shown = 0, closed = false;
  try { var seen = JSON.parse(sessionStorage.getItem(KEY) || '{}'); shown = seen.n || 0; closed = !!seen.closed; } catch (e) { /* storage off */ }
  var cap = set.max_per_visit || 3;
  if (closed || shown >= cap) return;
  var remember = function () { try { sessionStorage.setItem(KEY, JSON.stringify({ n: shown, closed: closed })); } catch (e) { /* storage off */ } };
  var https = function (u) { return typeof u === 'string' && /^https:\/\//.test(u) ? u : ''; };

  function ago(seconds) {
    var f = new Intl.RelativeTimeFormat(N.ar() ? 'ar-SA' : 'en', { numeric: 'auto' });
    if (seconds < 60) return N.say({ ar: 'الآن', en: 'just now' });
    if (seconds < 3600) return f.format(-Math.floor(seconds / 60), 'minute');
    if (seconds < 86400) return f.format(-Math.floor(seconds / 3600), 'hour');
    return f.format(-Math.floor(seconds / 86400), 'day');
  }
  function who(p) {
    var name = p.name || N.say({ ar: 'عميل', en: 'A shopper' });
    return p.city ? name + N.say({ ar: ' من ', en: ' from ' }) + p.city : name;
  }
  function showOne(list, i) {
    if (closed || shown >= cap || i >= list.length) return;
    var p = list[i], link = https(p.url), pic = https(p.image);
    var kids = [];
    if (pic) kids.push(N.el('img', { src: pic, alt: '', width: '48', height: '48', loading: 'lazy', 'class': 'nomo-toast-pic' }));
    kids.push(N.el('div', { 'class': 'nomo-toast-text' }, [
      N.el('div', { text: who(p) }),
      N.el('div', { 'class': 'nomo-accent', text: p.product }),
      N.el('div', { 'class': 'nomo-muted', text: N.say({ ar: 'اشتُري ', en: 'Bought ' }) + ago(p.seconds_ago + (Date.now() - got) / 1000) })
    ]));
    var body = link ? N.el('a', { href: link, 'class': 'nomo-toast-link', onclick: function () { N.track('toast_click'); } }, kids)
                    : N.el('div', { 'class': 'nomo-toast-link' }, kids);
    var box = N.box(set.position, [body], function () { closed = true; remember(); });
    box.classList.add('nomo-toast');
    box.setAttribute('role', 'status');
    shown += 1; remember();
    N.track('toast_shown');
    setTimeout(function () {
      box.remove();
      setTimeout(function () { showOne(list, i + 1); }, set.interval_seconds * 1000);
    }, set.display_seconds * 1000);
  }
  var got = Date.now();
  N.css('.nomo-toast-link{display:flex;gap:10px;align-items:center;color:inherit;text-decoration:none}' +
    '.nomo-toast-pic{width:48px;height:48px;border-radius:8px;object-fit:cover;flex:none}');
  fetch(N.url('/recent-purchases'), { credentials: 'omit' })
    .then(function (r) { return r.ok ? r.json() : null; })
    .then(function (j) {
      if (!j || !j.purchases || !j.purchases.length) return;
      got = Date.now();
      setTimeout(function () { showOne(j.purchases, 0); }, (set.first_delay_seconds || 8) * 1000);
    })
    .catch(function () { /* no toast this time */ });
})(window.NomoFlow, window, document);
