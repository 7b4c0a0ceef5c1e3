/*
 * Tegn offline, page side (issue 17): installs the service worker (/sw.js) for signed-in people and
 * keeps its caches to one person. On a signed-out page (after sign-out, or when the session ended)
 * every cache of Tegn is deleted and the worker removed, so nothing read stays on a shared device.
 * When another person signs in on the device, the caches of the one before are deleted first.
 * What the worker caches, and why that is safe: sw.js and the README.
 */
(function () {
  'use strict';
  var guard = document.getElementById('session-guard');
  var OWNER = 'tegn.offline.owner';

  /**
   * Who is signed in, as a SHA-256 digest of the user name (the address itself is not written to
   * the device); null when signed out or without WebCrypto. The referral draft is kept under it.
   */
  var owner = !guard || !window.crypto || !crypto.subtle ? Promise.resolve(null)
    : crypto.subtle.digest('SHA-256', new TextEncoder().encode(guard.getAttribute('data-owner') || ''))
      .then(function (digest) {
        return Array.prototype.map.call(new Uint8Array(digest), function (b) {
          return ('0' + b.toString(16)).slice(-2);
        }).join('');
      });
  window.TegnOffline = {owner: function () { return owner; }};

  if (!('serviceWorker' in navigator) || !window.caches) {
    return; // an old browser, or a page not served over https (or localhost)
  }
  var manifest = document.querySelector('link[rel=manifest]');
  if (!manifest) {
    return;
  }
  var root = new URL(manifest.href).pathname.replace(/manifest\.webmanifest$/, '');

  function forgetAll() {
    return caches.keys().then(function (names) {
      return Promise.all(names.filter(function (name) { return name.indexOf('tegn-') === 0; })
        .map(function (name) { return caches.delete(name); }));
    });
  }

  if (!guard) {
    localStorage.removeItem(OWNER);
    forgetAll();
    navigator.serviceWorker.getRegistrations().then(function (registrations) {
      registrations.forEach(function (r) { r.unregister(); });
    });
    return;
  }

  // the lesson that installed the worker was fetched before it: once the worker controls the page,
  // fetch its shell (styles, scripts, fonts), its pictures and then the lesson again through it,
  // so this lesson too opens offline
  if (!navigator.serviceWorker.controller && /courses\/learn\/player\.xhtml$/.test(location.pathname)) {
    navigator.serviceWorker.addEventListener('controllerchange', function () {
      var parts = performance.getEntriesByType('resource').map(function (e) { return e.name; })
        .filter(function (address) {
          return address.indexOf(root + 'jakarta.faces.resource/') >= 0 || address.indexOf(root + 'courses/files/') >= 0;
        });
      var again = function (address) {
        return fetch(address, {credentials: 'same-origin'}).catch(function () { return null; });
      };
      Promise.all(parts.map(again)).then(function () { return again(location.href); });
    }, {once: true});
  }

  // the caches are one person's: another person's go before anything is read
  var ready = owner.then(function (who) {
    if (localStorage.getItem(OWNER) === who) {
      return null;
    }
    localStorage.setItem(OWNER, who);
    return forgetAll();
  });
  ready.then(function () {
    return navigator.serviceWorker.register(root + 'sw.js', {scope: root});
  }).catch(function () {
    // offline, or the worker refused: the page works as before, without the offline copy
  });
}());
