/* Nomo Flow: the live visitor counter. "١٢ شخصًا يشاهدون هذا المنتج الآن": how many
   people were on this product (or the store) in the last five minutes, polled while
   the page is in front, shown only from the merchant's minimum up. */
(function (N, w, d) {
  'use strict';
  var set = N.tools.visitor_counter;
  var product = N.product();
  if (N.quietPage() || (set.pages === 'product' && !product)) return;
  var box = null, line = null, timer = 0, closed = false;

  // Whole phrases per plural form: the verb and noun agree with the number in Arabic.
  function words(n) {
    var x = N.num(n);
    if (product) return N.ar() ? N.plural(n, {
      one: 'شخص واحد يشاهد هذا المنتج الآن', two: 'شخصان يشاهدان هذا المنتج الآن',
      few: x + ' أشخاص يشاهدون هذا المنتج الآن', many: x + ' شخصًا يشاهدون هذا المنتج الآن', other: x + ' شخص يشاهدون هذا المنتج الآن'
    }) : N.plural(n, { one: '1 person is viewing this product now', other: x + ' people are viewing this product now' });
    return N.ar() ? N.plural(n, {
      one: 'شخص واحد يتصفح المتجر الآن', two: 'شخصان يتصفحان المتجر الآن',
      few: x + ' أشخاص يتصفحون المتجر الآن', many: x + ' شخصًا يتصفحون المتجر الآن', other: x + ' شخص يتصفحون المتجر الآن'
    }) : N.plural(n, { one: '1 person is browsing the store now', other: x + ' people are browsing the store now' });
  }
  function show(n) {
    if (closed) return;
    if (n < set.minimum_visitors) { if (box) box.hidden = true; return; }
    if (!box) {
      line = N.el('span', { 'class': 'nomo-count-text' });
      box = N.box(set.position, [N.el('span', { 'class': 'nomo-dot', 'aria-hidden': 'true' }), line],
        function () { closed = true; clearInterval(timer); });
      box.setAttribute('role', 'status');
      box.setAttribute('aria-live', 'polite');
      box.classList.add('nomo-counter');
      N.track('counter_shown');
    }
    box.hidden = false;
    line.textContent = words(n);
  }
  function poll() {
    if (d.hidden || closed) return;
    fetch(N.url('/live' + (product ? '?product=' + product : '')), { credentials: 'omit' })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (j) { if (j) show(product ? j.product : j.store); })
      .catch(function () { /* try again at the next turn */ });
  }
  N.css('.nomo-counter .nomo-dot{width:8px;height:8px;border-radius:50%;flex:none;background:var(--color-primary,#0f766e)}' +
    '@media (prefers-reduced-motion:no-preference){.nomo-counter .nomo-dot{animation:nomo-pulse 2s infinite}}' +
    '@keyframes nomo-pulse{50%{opacity:.35}}');
  // The first look after this page's own view has landed.
  setTimeout(poll, 1500);
  timer = setInterval(poll, 20000);
  d.addEventListener('visibilitychange', function () { if (!d.hidden) poll(); });
})(window.NomoFlow, window, document);
