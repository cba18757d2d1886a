/* Nomo Flow: the look every storefront widget shares. Salla's theme variables
   (--color-primary, --font-main) first, ours only as a fallback; sides follow the
   page's direction (logical properties); motion only for those who have not asked
   for less; a close button on everything, reachable by keyboard. */
(function (N, d) {
  'use strict';
  N.css(
    '.nomo-box{position:fixed;z-index:2147483000;max-width:min(360px,calc(100vw - 32px));box-sizing:border-box;' +
    'background:#fff;color:#1f2933;border:1px solid #e4e7eb;border-radius:12px;box-shadow:0 6px 24px rgba(15,23,42,.16);' +
    'font:14px/1.5 var(--font-main,"Noto Sans Arabic",Tahoma,sans-serif);padding:12px 14px;display:flex;gap:10px;align-items:center}' +
    '.nomo-box[hidden]{display:none}' +
    /* widgets in one corner stack up instead of covering each other */
    '.nomo-stack{position:fixed;z-index:2147483000;display:flex;flex-direction:column;gap:8px;align-items:flex-start}' +
    '.nomo-stack .nomo-box{position:static;max-width:min(360px,calc(100vw - 32px))}.nomo-stack.nomo-bottom_end,.nomo-stack.nomo-top_end{align-items:flex-end}' +
    '.nomo-bottom_start,.nomo-bottom_end{bottom:16px}.nomo-top_start,.nomo-top_end{top:16px}' +
    '.nomo-bottom_start,.nomo-top_start{inset-inline-start:16px}.nomo-bottom_end,.nomo-top_end{inset-inline-end:16px}' +
    /* above a theme's sticky add-to-cart bar on phones */
    '@media (max-width:640px){.nomo-bottom_start,.nomo-bottom_end{bottom:84px}}' +
    '.nomo-x{all:unset;cursor:pointer;font-size:18px;line-height:1;padding:4px 6px;border-radius:6px;color:#52606d;margin-inline-start:auto}' +
    '.nomo-box :focus-visible{outline:2px solid var(--color-primary,#0f766e);outline-offset:2px}' +
    '.nomo-accent{color:var(--color-primary,#0f766e);font-weight:700}' +
    '.nomo-muted{color:#52606d;font-size:12px}' +
    /* the words and buttons of the widgets that ask something (collector, push) */
    '.nomo-content{flex:1;min-width:0}.nomo-title{margin:0 0 6px;font-size:17px;font-weight:700}.nomo-body{margin:0 0 10px;color:#52606d}' +
    '.nomo-row{display:flex;gap:8px;flex-wrap:wrap;align-items:center}' +
    '.nomo-go{flex:0 1 auto;max-width:100%;overflow-wrap:anywhere;padding:9px 16px;border:0;border-radius:8px;background:var(--color-primary,#0f766e);color:#fff;font:inherit;font-weight:700;cursor:pointer}' +
    '@media (prefers-reduced-motion:no-preference){.nomo-box{animation:nomo-in .25s ease-out}}' +
    '@keyframes nomo-in{from{opacity:0;transform:translateY(8px)}to{opacity:1;transform:none}}');

  N.ar = function () { return N.lang() !== 'en'; };
  // Words in the page's language: {ar: …, en: …}.
  N.say = function (words) { return N.ar() ? words.ar : words.en; };
  // Numbers in the page's language: Arabic-Indic digits in Arabic.
  N.num = function (n) { return new Intl.NumberFormat(N.ar() ? 'ar-SA' : 'en').format(n); };
  // Arabic's six plural forms (and English's two) for a counted phrase.
  N.plural = function (n, forms) { return forms[new Intl.PluralRules(N.ar() ? 'ar' : 'en').select(n)] || forms.other; };
  // A box in a corner (top_start, bottom_end…: sides by the page's direction) or where
  // its module places it ("center", "top_bar"), in the page's language, with its close
  // button. Boxes of one corner share a stack.
  N.box = function (position, kids, onClose) {
    var corner = /^(top|bottom)_(start|end)$/.test(position);
    var box = N.el('div', { 'class': 'nomo-box' + (corner ? '' : ' nomo-' + position), lang: N.lang(), dir: N.ar() ? 'rtl' : 'ltr' }, kids);
    box.appendChild(N.el('button', {
      'class': 'nomo-x', type: 'button', 'aria-label': N.say({ ar: 'إغلاق', en: 'Close' }), text: '\u00d7',
      onclick: function () { box.remove(); if (onClose) onClose(); }
    }));
    if (!corner) { d.body.appendChild(box); return box; }
    var stack = d.querySelector('.nomo-stack.nomo-' + position);
    if (!stack) stack = d.body.appendChild(N.el('div', { 'class': 'nomo-stack nomo-' + position, dir: N.ar() ? 'rtl' : 'ltr' }));
    if (/^top/.test(position)) stack.appendChild(box); else stack.insertBefore(box, stack.firstChild);
    return box;
  };
  // The page kinds a widget may be limited to: every page, product pages, the home page.
  N.onPages = function (which) {
    if (which === 'product') return !!N.product();
    if (which === 'home') {
      var s = N.salla(), slug = s && s.config.get('page.slug');
      return slug ? slug === 'index' : location.pathname.replace(/\/+$/, '') === '';
    }
    return true;
  };
  // The cart and the checkout are never covered.
  N.quietPage = function () { return /\/(cart|checkout|payment)(\/|$)/.test(location.pathname); };
})(window.NomoFlow, document);
