/*! Qantar embed loader: turns <div data-qantar-src="…/embed.html?…"> into an iframe that
 * resizes itself from the map's `qantar:height` messages. No dependencies, no cookies. */
(function () {
  'use strict';
  var frames = [];
  function build(el) {
    if (el.getAttribute('data-qantar-ready')) return;
    var src = el.getAttribute('data-qantar-src');
    if (!src) return;
    var iframe = document.createElement('iframe');
    iframe.src = src;
    iframe.title = el.getAttribute('data-qantar-title') || 'Qantar map';
    iframe.setAttribute('loading', 'lazy');
    iframe.style.cssText = 'border:0;width:100%;height:640px;display:block';
    el.appendChild(iframe);
    el.setAttribute('data-qantar-ready', '1');
    frames.push({ iframe: iframe, origin: new URL(src, location.href).origin });
  }
  window.addEventListener('message', function (e) {
    var d = e.data;
    if (!d || typeof d !== 'object' || d.type !== 'qantar:height' || d.version !== 1) return;
    if (typeof d.height !== 'number' || !(d.height > 0) || d.height > 20000) return;
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.iframe.contentWindow === e.source && f.origin === e.origin) f.iframe.style.height = Math.ceil(d.height) + 'px';
    }
  });
  function scan() {
    var els = document.querySelectorAll('[data-qantar-src]');
    for (var i = 0; i < els.length; i++) build(els[i]);
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
