/* Nomo Flow's storefront loader: this store's tools and their settings, then only the
   modules that are on. Nothing runs before the page has loaded, nothing here touches
   the page but the modules' own boxes, and no cookie is ever set. */
(function (w, d) {
  'use strict';
  var c = /*CONFIG*/{};
  if (w.NomoFlow || !c.modules.length) return;
  var me = d.currentScript, base = me ? new URL(me.src).origin : '';
  var framed = true;
  try { framed = w.top !== w; } catch (e) { /* a cross-origin frame: the theme editor's preview */ }
  var ignored = false;
  try { ignored = /[?&]nomo_preview=1/.test(location.search) || localStorage.getItem('nomo_ignore') === '1'; } catch (e) { /* storage off */ }
  if (/[?&]nomo_preview=1/.test(location.search)) try { localStorage.setItem('nomo_ignore', '1'); } catch (e) { /* storage off */ }

  var N = w.NomoFlow = {
    store: c.store, name: c.name, tools: c.tools, base: base,
    // The merchant's own previews (the theme editor's frame, a nomo_preview=1 visit)
    // show the widgets but count nothing.
    preview: framed || ignored,
    lang: function () { return /^en/i.test(d.documentElement.lang || '') ? 'en' : 'ar'; },
    url: function (path) { return base + '/s/' + c.store + path; },
    salla: function () { return w.salla && w.salla.config ? w.salla : null; },
    // Salla's product id on a product page: the theme's config, else the path's /p123.
    product: function () {
      var s = N.salla(), id = s && s.config.get('page.slug') === 'product.single' ? s.config.get('page.id') : 0;
      if (!id) { var m = /\/p(\d+)(?:$|[/?#])/.exec(location.pathname); id = m ? m[1] : 0; }
      return Number(id) > 0 ? Number(id) : null;
    },
    // An element with properties and children; text is always text, never HTML.
    el: function (tag, props, kids) {
      var e = d.createElement(tag);
      for (var k in props || {}) {
        if (k === 'text') e.textContent = props[k];
        else if (k.slice(0, 2) === 'on') e.addEventListener(k.slice(2), props[k]);
        else e.setAttribute(k, props[k]);
      }
      (kids || []).forEach(function (kid) { if (kid) e.appendChild(kid); });
      return e;
    },
    css: function (text) { d.head.appendChild(N.el('style', { text: text })); },
    track: function () { /* the visits module replaces this when visitor data is on */ }
  };

  function start() {
    // In the order given (the shared look first), and still never in the page's way:
    // an inserted script does not hold up parsing.
    c.modules.forEach(function (src) { var s = N.el('script', { src: base + src }); s.async = false; d.head.appendChild(s); });
  }
  function afterLoad() {
    var later = function () { (w.requestIdleCallback || w.setTimeout)(start, { timeout: 2000 }); };
    if (d.readyState === 'complete') later(); else w.addEventListener('load', later, { once: true });
  }
  // A prerendered page is not a visit until the shopper opens it.
  if (d.prerendering) d.addEventListener('prerenderingchange', afterLoad, { once: true }); else afterLoad();
})(window, document);
