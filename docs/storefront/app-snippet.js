/* Nomo Flow — the App Snippet (Salla Partner Portal → the app → App Snippets).
   Salla serves this same file on every storefront page of every store that
   installed the app, before </body>, after the theme has set up window.salla. It
   asks Salla which store this is and loads that store's loader from the daemon;
   the loader knows which tools are on. Public: it holds no secret. Set NOMO_BASE to
   the daemon's public address (console.public_url) before registering it. */
(function () {
  'use strict';
  var NOMO_BASE = 'https://nomo.example.com';
  function load() {
    var id = window.salla && window.salla.config && window.salla.config.get('store.id');
    if (!id || document.getElementById('nomo-flow-loader')) return;
    var script = document.createElement('script');
    script.id = 'nomo-flow-loader';
    script.async = true;
    script.src = NOMO_BASE + '/s/' + encodeURIComponent(id) + '/widget.js';
    document.head.appendChild(script);
  }
  // The theme has initialised the SDK already; never call salla.init() here.
  if (window.salla && typeof window.salla.onReady === 'function') window.salla.onReady(load);
  else window.addEventListener('load', load);
})();
