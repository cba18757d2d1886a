/* Nomo Flow: the email collector. A pop-up, a bar or an inline form, shown after a
   delay, a scroll depth or an exit intent, on the pages the merchant chose, at most
   once in so many days per browser and never again after signing up. The consent
   box is worded for Saudi PDPL and its words are sent with the address: they are
   the record of what the shopper agreed to. */
(function (N, w, d) {
  'use strict';
  var set = N.tools.email_collector;
  if (N.quietPage() || !N.onPages(set.pages || 'all')) return;
  var KEY = 'nomo_collector', DAY = 86400000;
  var state = {};
  try { state = JSON.parse(localStorage.getItem(KEY) || '{}'); } catch (e) { /* storage off */ }
  if (state.done || (state.at && Date.now() - state.at < (set.show_again_days || 7) * DAY)) return;
  var remember = function () { try { localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* storage off */ } };
  var pick = function (key) { return set[key + (N.ar() ? '_ar' : '_en')] || ''; };
  var shown = false;

  function consentWords() {
    return N.say({
      ar: 'أوافق على أن يراسلني ' + N.name + ' بالعروض والأخبار على بريدي الإلكتروني، ويمكنني إلغاء الاشتراك متى شئت. تُعالَج بياناتي وفق نظام حماية البيانات الشخصية.',
      en: 'I agree that ' + N.name + ' may email me offers and news, and I can unsubscribe at any time. My data is handled under the Personal Data Protection Law.'
    });
  }
  // The optional mobile number, when the store sends SMS or WhatsApp: its own consent,
  // naming the channels, asked for only when a number is given.
  var phones = set.phone_channels || [];
  function phoneWords() {
    var ar = { sms: 'الرسائل النصية', whatsapp: 'واتساب' }, en = { sms: 'SMS', whatsapp: 'WhatsApp' };
    var list = phones.map(function (c) { return N.say({ ar: ar[c], en: en[c] }); }).join(N.say({ ar: ' و', en: ' and ' }));
    return N.say({
      ar: 'أوافق على أن يراسلني ' + N.name + ' بالعروض عبر ' + list + ' على هذا الرقم، ويمكنني إيقافها متى شئت بالرد «إيقاف».',
      en: 'I agree that ' + N.name + ' may send me offers by ' + list + ' on this number, and I can stop them at any time by replying STOP.'
    });
  }
  function form(onDone) {
    var email = N.el('input', { type: 'email', name: 'email', required: '', autocomplete: 'email', dir: 'ltr', 'class': 'nomo-email',
      placeholder: N.say({ ar: 'بريدك الإلكتروني', en: 'Your email' }), 'aria-label': N.say({ ar: 'البريد الإلكتروني', en: 'Email' }) });
    var s = N.salla();
    if (s && s.config.isGuest && !s.config.isGuest() && s.config.get('user.email')) email.value = s.config.get('user.email');
    // Left empty by people; bots fill every field.
    var trap = N.el('input', { type: 'text', name: 'website', tabindex: '-1', autocomplete: 'off', 'aria-hidden': 'true', 'class': 'nomo-trap' });
    var agree = N.el('input', { type: 'checkbox', name: 'consent', required: '' });
    var words = N.el('span', { text: consentWords() });
    var note = N.el('div', { 'class': 'nomo-note', role: 'alert' });
    var button = N.el('button', { type: 'submit', 'class': 'nomo-go', text: pick('button') || N.say({ ar: 'اشترك', en: 'Subscribe' }) });
    var phone = null, phoneAgree = null, phoneText = null;
    if (phones.length) {
      phone = N.el('input', { type: 'tel', name: 'phone', autocomplete: 'tel', dir: 'ltr', 'class': 'nomo-email nomo-phone', inputmode: 'tel',
        placeholder: N.say({ ar: 'جوالك (اختياري) 05xxxxxxxx', en: 'Your mobile (optional) 05xxxxxxxx' }), 'aria-label': N.say({ ar: 'رقم الجوال', en: 'Mobile number' }) });
      phoneAgree = N.el('input', { type: 'checkbox', name: 'phone_consent' });
      phoneText = N.el('span', { text: phoneWords() });
    }
    var f = N.el('form', { 'class': 'nomo-form', novalidate: '' }, [
      N.el('div', { 'class': 'nomo-row' }, [email, button]), trap,
      N.el('label', { 'class': 'nomo-consent' }, [agree, words]),
      phone, phone && N.el('label', { 'class': 'nomo-consent' }, [phoneAgree, phoneText]), note]);
    f.addEventListener('submit', function (e) {
      e.preventDefault();
      note.textContent = '';
      if (!email.checkValidity() || !email.value) { note.textContent = N.say({ ar: 'اكتب بريدًا إلكترونيًا صحيحًا.', en: 'Enter a valid email address.' }); email.focus(); return; }
      if (!agree.checked) { note.textContent = N.say({ ar: 'يلزم وضع علامة على الموافقة للاشتراك.', en: 'Please tick the consent box to subscribe.' }); agree.focus(); return; }
      var number = phone ? phone.value.trim() : '';
      if (number && !phoneAgree.checked) { note.textContent = N.say({ ar: 'ضع علامة على الموافقة على الرسائل إلى جوالك، أو اترك الرقم فارغًا.', en: 'Tick the consent for messages to your mobile, or leave the number empty.' }); phoneAgree.focus(); return; }
      button.disabled = true;
      fetch(N.url('/subscribe'), {
        method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: email.value.trim(), consent: true, wording: words.textContent, language: N.lang(),
          page: location.pathname.slice(0, 300), website: trap.value,
          phone: number || undefined, phone_consent: number ? true : undefined, phone_wording: number ? phoneText.textContent : undefined })
      }).then(function (r) {
        r.text().catch(function () {}); // read to its end: the connection is free again
        button.disabled = false;
        if (r.status === 202) { state.done = 1; remember(); N.track('collector_submit'); onDone(); d.dispatchEvent(new CustomEvent('nomo:subscribed')); return; }
        note.textContent = r.status === 422 ? N.say({ ar: 'تحقق من البريد الإلكتروني ورقم الجوال وحاول مرة أخرى.', en: 'Check the email address and the mobile number and try again.' })
          : r.status === 429 ? N.say({ ar: 'محاولات كثيرة، حاول بعد قليل.', en: 'Too many tries; please try again shortly.' })
          : N.say({ ar: 'تعذّر الاشتراك الآن، حاول لاحقًا.', en: 'Could not subscribe right now; please try later.' });
      }, function () {
        button.disabled = false;
        note.textContent = N.say({ ar: 'تعذّر الاتصال، حاول لاحقًا.', en: 'Could not connect; please try later.' });
      });
    });
    return { el: f, focus: function () { email.focus(); } };
  }
  function thanks(into) {
    into.textContent = '';
    into.appendChild(N.el('p', { 'class': 'nomo-title', text: pick('thanks') || N.say({ ar: 'شكرًا لاشتراكك!', en: 'Thanks for subscribing!' }) }));
    // Double opt-in: nobody is on the list before they press the email's button.
    if (set.double_opt_in) into.appendChild(N.el('p', { 'class': 'nomo-body', text: N.say({
      ar: 'أرسلنا إليك رسالة تأكيد؛ اضغط الزر فيها ليكتمل اشتراكك.',
      en: 'We have sent you an email: press its button to complete your subscription.' }) }));
  }

  function show() {
    if (shown) return;
    shown = true;
    state.at = Date.now(); remember();
    N.track('collector_shown');
    var content = N.el('div', { 'class': 'nomo-content' });
    var f = form(function () { thanks(content); });
    content.appendChild(N.el('p', { 'class': 'nomo-title', text: pick('headline') }));
    if (pick('body')) content.appendChild(N.el('p', { 'class': 'nomo-body', text: pick('body') }));
    // The reward, only when a welcome email will carry its one-use code (the loader says).
    if (set.reward_percent > 0) {
      var pct = new Intl.NumberFormat(N.ar() ? 'ar-SA' : 'en', { style: 'percent' }).format(set.reward_percent / 100);
      content.appendChild(N.el('p', { 'class': 'nomo-body nomo-accent', text: N.say({
        ar: 'خصم ' + pct + ' على طلبك الأول، يصلك رمزه في رسالة الترحيب.', en: pct + ' off your first order: the code comes in your welcome email.' }) }));
    }
    content.appendChild(f.el);
    var layout = set.layout || 'popup';
    var spot = layout === 'inline' ? d.getElementById('nomo-collector') || d.querySelector('footer') : null;
    if (spot) {
      var inline = N.el('section', { 'class': 'nomo-inline', lang: N.lang(), dir: N.ar() ? 'rtl' : 'ltr' }, [content]);
      spot.parentNode.insertBefore(inline, spot.id === 'nomo-collector' ? spot.nextSibling : spot);
      return;
    }
    var box = N.box(layout === 'bar' ? 'top_bar' : 'center', [content], function () { overlay && overlay.remove(); });
    box.classList.add(layout === 'bar' ? 'nomo-bar' : 'nomo-popup');
    box.setAttribute('role', 'dialog');
    box.setAttribute('aria-label', pick('headline'));
    var overlay = null;
    if (layout !== 'bar') {
      box.setAttribute('aria-modal', 'true');
      overlay = N.el('div', { 'class': 'nomo-overlay', onclick: function () { box.remove(); overlay.remove(); } });
      d.body.insertBefore(overlay, box);
    }
    d.addEventListener('keydown', function esc(e) {
      if (e.key === 'Escape') { box.remove(); if (overlay) overlay.remove(); d.removeEventListener('keydown', esc); }
    });
    f.focus();
  }

  N.css('.nomo-popup{top:50%;left:50%;transform:translate(-50%,-50%);animation:none!important;width:min(420px,calc(100vw - 32px));align-items:flex-start;padding:20px}' +
    '.nomo-overlay{position:fixed;inset:0;background:rgba(15,23,42,.45);z-index:2147482999}' +
    '.nomo-bar{top:0;left:0;right:0;max-width:none;border-radius:0;padding:10px 16px}' +
    '.nomo-inline{margin:24px auto;max-width:560px;padding:20px;border:1px solid #e4e7eb;border-radius:12px;font:14px/1.5 var(--font-main,"Noto Sans Arabic",Tahoma,sans-serif)}' +
    '.nomo-email{flex:1 1 180px;min-width:0;padding:9px 10px;border:1px solid #cbd2d9;border-radius:8px;font:inherit}' +
    '.nomo-consent{display:flex;gap:8px;align-items:flex-start;margin-top:10px;font-size:12px;color:#52606d}' +
    '.nomo-phone{display:block;width:100%;margin-top:10px;box-sizing:border-box}' +
    '.nomo-note{color:#b42318;font-size:13px;margin-top:6px}.nomo-note:empty{display:none}' +
    '.nomo-trap{position:absolute;left:-10000px;width:1px;height:1px;opacity:0}' +
    '.nomo-bar .nomo-title{display:inline;margin-inline-end:12px}.nomo-bar .nomo-form{display:inline-block;min-width:min(420px,100%)}');

  var trigger = set.trigger || 'delay';
  var touch = w.matchMedia && w.matchMedia('(hover: none)').matches;
  if (trigger === 'scroll') {
    var onScroll = function () {
      var depth = (w.scrollY + w.innerHeight) / Math.max(d.documentElement.scrollHeight, 1) * 100;
      if (depth >= (set.scroll_percent || 50)) { w.removeEventListener('scroll', onScroll); show(); }
    };
    w.addEventListener('scroll', onScroll, { passive: true });
  } else if (trigger === 'exit' && !touch) {
    d.addEventListener('mouseout', function out(e) {
      if (!e.relatedTarget && e.clientY <= 0) { d.removeEventListener('mouseout', out); show(); }
    });
  } else {
    setTimeout(show, (set.delay_seconds || 0) * 1000);
  }
})(window.NomoFlow, window, document);
