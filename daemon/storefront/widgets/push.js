/* Nomo Flow: the offer of push notifications. Never on page load: only after the
   shopper has done something (added to the cart, ordered, joined the list, or pressed
   an element the theme marked data-nomo-push), at most once in 30 days if they said
   "later", never again once they said yes. The browser's own prompt comes in a small
   window of ours: a service worker, and so a push subscription, can only live on the
   origin that serves it, and an app has no file on the store's origin. */
(function (N, w, d) {
  'use strict';
  if (!('Notification' in w) || !('serviceWorker' in navigator) || Notification.permission === 'denied') return;
  var KEY = 'nomo_push', DAY = 86400000, state = {};
  try { state = JSON.parse(localStorage.getItem(KEY) || '{}'); } catch (e) { /* storage off */ }
  var remember = function () { try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* storage off */ } };
  var asked = function () { return state.done || (state.at && Date.now() - state.at < 30 * DAY); };
  var box = null;

  function offer() {
    if (box || asked() || N.quietPage()) return;
    state.at = Date.now(); remember();
    N.track('push_offered');
    var text = N.el('p', { 'class': 'nomo-body', text: N.say({
      ar: 'هل تريد أن يُعلمك ' + N.name + ' بالعروض وأخبار طلبك بإشعار على هذا الجهاز؟',
      en: 'Would you like ' + N.name + ' to let you know about offers and your order with a notification on this device?' }) });
    var yes = N.el('button', { type: 'button', 'class': 'nomo-go', text: N.say({ ar: 'نعم، أعلمني', en: 'Yes, notify me' }) });
    var later = N.el('button', { type: 'button', 'class': 'nomo-later', text: N.say({ ar: 'لاحقًا', en: 'Later' }) });
    var content = N.el('div', { 'class': 'nomo-content nomo-push' }, [text, N.el('div', { 'class': 'nomo-row' }, [yes, later])]);
    box = N.box('bottom_end', [content]);
    later.addEventListener('click', function () { box.remove(); });
    yes.addEventListener('click', function () {
      var s = N.salla(), who = s && s.config.isGuest && !s.config.isGuest() ? s.config.get('user.id') : '';
      var q = '?lang=' + N.lang() + (Number(who) > 0 ? '&customer=' + Number(who) : '');
      N.track('push_click');
      // Opened by the click itself, so no pop-up blocker stands in the way.
      w.open(N.url('/push') + q, 'nomo-push', 'popup,width=440,height=560');
    });
  }
  // The window of ours says how it went; nothing else is taken from it.
  w.addEventListener('message', function (e) {
    if (e.origin !== N.base || !e.data || e.data.nomo !== 'push' || !box) return;
    if (!e.data.ok) return;
    state.done = 1; remember();
    var done = box.querySelector('.nomo-content');
    done.textContent = '';
    done.appendChild(N.el('p', { 'class': 'nomo-title', text: N.say({ ar: 'تم! ستصلك إشعاراتنا.', en: 'Done! You will hear from us.' }) }));
    w.setTimeout(function () { box.remove(); }, 4000);
  });

  var s = N.salla();
  if (s && s.event && s.event.on) s.event.on('cart::item.added', offer);
  if (w.Salla && w.Salla.analytics && w.Salla.analytics.registerTracker)
    w.Salla.analytics.registerTracker({ name: 'nomo-flow-push', page: function () {}, track: function (name) { if (name === 'Order Completed') offer(); } });
  d.addEventListener('nomo:subscribed', offer);
  d.addEventListener('click', function (e) { if (e.target.closest && e.target.closest('[data-nomo-push]')) offer(); });
  N.css('.nomo-later{all:unset;cursor:pointer;padding:8px 12px;color:#52606d;border-radius:8px}');
})(window.NomoFlow, window, document);
