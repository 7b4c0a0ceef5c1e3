/*
 * Referral form helpers (a file, because the CSP forbids inline scripts).
 *
 * The draft on the device (issue 17, a poor connection): the fields of the current step are merged
 * into a draft kept in IndexedDB, ENCRYPTED with AES-GCM (WebCrypto) under a key that cannot be
 * read out of the browser (non-extractable, kept in the same database), and only
 * - when the person asks ("Keep a draft on this device"), or
 * - when the network is lost: the browser says it is offline, or a step's button finds no network
 *   (the button then sends nothing and the page says the draft is kept).
 * It is only ever put back into the fields when the person asks ("Restore the draft"); sending is
 * always their own press of the step's buttons. It is deleted after sending (the receipt page), on
 * "Forget the draft", and when another person opens the form on the device (the draft is kept under
 * a digest of who signed in, offline.js). A new key comes with every new draft. The service worker
 * caches nothing of the referral (sw.js).
 *
 * Back and Forward: the layout's session.js fetches a page restored from the back/forward cache
 * again, so each step shows the server's state of the draft (a sent referral shows its receipt).
 *
 * Screening signal: a change in the indicator checklist presses the "update the signal" button, an
 * ajax request that re-renders only the signal's text.
 */
(function () {
  'use strict';
  var DB = 'tegn-referral';
  var STORE = 'draft';

  // the layout's device-store.js: one IndexedDB helper for every module
  var device = window.TegnDeviceStore(DB, STORE, null);

  function get(name) {
    return device.get(name);
  }

  function put(name, value) {
    return device.put(value, name);
  }

  function forget() {
    return device.remove('key', 'draft');
  }

  function owner() {
    return window.TegnOffline ? window.TegnOffline.owner() : Promise.resolve(null);
  }

  /** The draft kept for the person signed in now; another person's is deleted. */
  function record() {
    return Promise.all([get('draft'), owner()]).then(function (both) {
      var draft = both[0];
      if (draft && draft.owner !== both[1]) {
        return forget().then(function () { return null; });
      }
      return draft || null;
    });
  }

  function key() {
    return get('key').then(function (existing) {
      return existing || crypto.subtle.generateKey({name: 'AES-GCM', length: 256}, false, ['encrypt', 'decrypt'])
        .then(function (made) { return put('key', made).then(function () { return made; }); });
    });
  }

  function read() {
    return record().then(function (draft) {
      if (!draft) {
        return null;
      }
      return get('key').then(function (k) {
        return crypto.subtle.decrypt({name: 'AES-GCM', iv: draft.iv}, k, draft.data);
      }).then(function (plain) {
        return JSON.parse(new TextDecoder().decode(plain));
      }).catch(function () { return null; }); // no key any more: nothing to restore
    });
  }

  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (e) {
      return e.name && e.name.indexOf('refer:') === 0 && e.type !== 'hidden' &&
        e.type !== 'submit' && e.type !== 'button';
    });
  }

  /** Merges the fields of this step into the draft, encrypted with a fresh IV. */
  function save(form) {
    return read().then(function (draft) {
      draft = draft || {};
      fields(form).forEach(function (e) {
        if (e.type === 'radio') {
          if (e.checked) { draft[e.name] = e.value; }
        } else if (e.type === 'checkbox') {
          draft[e.name] = e.checked ? 'on' : '';
        } else {
          draft[e.name] = e.value;
        }
      });
      var iv = crypto.getRandomValues(new Uint8Array(12));
      return Promise.all([key(), owner()]).then(function (both) {
        return crypto.subtle.encrypt({name: 'AES-GCM', iv: iv}, both[0],
          new TextEncoder().encode(JSON.stringify(draft)))
          .then(function (data) { return put('draft', {owner: both[1], iv: iv, data: data}); });
      });
    });
  }

  function restore(form) {
    return read().then(function (draft) {
      if (!draft) { return; }
      fields(form).forEach(function (e) {
        if (!(e.name in draft)) { return; }
        if (e.type === 'radio') {
          e.checked = draft[e.name] === e.value;
        } else if (e.type === 'checkbox') {
          e.checked = draft[e.name] === 'on';
        } else {
          e.value = draft[e.name];
        }
      });
    });
  }

  function refreshSignalOnChange(form) {
    var refresh = document.getElementById('refer:refreshSignal');
    if (!refresh) { return; }
    form.addEventListener('change', function (event) {
      var target = event.target;
      if (target && target.type === 'radio' && target.closest && target.closest('.indicator')) {
        refresh.click();
      }
    });
  }

  function filled(form) {
    return fields(form).some(function (e) {
      return (e.type === 'radio' || e.type === 'checkbox') ? e.checked : e.value.trim() !== '';
    });
  }

  function wire() {
    if (document.getElementById('referral-done')) {
      forget();
      return;
    }
    var form = document.getElementById('refer');
    if (!form) { return; }
    refreshSignalOnChange(form);
    var notice = document.getElementById('draft-notice');
    var status = document.getElementById('draft-status');
    var keep = document.getElementById('draft-keep');
    var back = document.getElementById('draft-restore');
    var forgetButton = document.getElementById('draft-forget');
    var tell = function (what) {
      if (notice) {
        notice.textContent = what ? notice.getAttribute('data-' + what) : '';
        notice.hidden = !what;
      }
    };
    var show = function () {
      return record().then(function (draft) {
        if (status) {
          back.hidden = !draft;
          forgetButton.hidden = !draft;
          status.textContent = draft ? status.getAttribute('data-kept') : '';
        }
        return draft;
      });
    };
    // a draft is only ever kept encrypted: where the page has no WebCrypto (not https), none is
    // offered and none is kept
    var usable = window.isSecureContext && window.crypto && crypto.subtle && window.indexedDB;
    var keepNow = function () { return usable ? save(form).then(show) : Promise.resolve(); };
    if (keep && !usable) {
      keep.closest('.draft').hidden = true;
    } else if (keep) {
      keep.addEventListener('click', function () { keepNow(); });
      back.addEventListener('click', function () { restore(form); });
      forgetButton.addEventListener('click', function () {
        forget().then(show).then(function () { tell('forgotten'); });
      });
    }
    if (usable) {
      show().then(function (draft) {
        if (draft) { tell('found'); }
      });
    }

    // the network is lost: keep what was typed, if anything
    window.addEventListener('offline', function () {
      if (filled(form)) { keepNow().then(function () { tell('offline'); }); }
    });
    // a step's button with no network would end on the browser's error page and lose the step:
    // it asks first, and with no answer sends nothing and keeps the draft
    var ping = (document.getElementById('session-guard') || {getAttribute: function () { return null; }})
      .getAttribute('data-ping');
    var passing = false;
    form.addEventListener('click', function (event) {
      var button = event.target.closest && event.target.closest('button[type=submit]');
      if (!button || passing || !ping || button.id === 'refer:refreshSignal') {
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      fetch(ping, {credentials: 'same-origin', cache: 'no-store'}).then(function () {
        passing = true;
        button.click();
        passing = false;
      }, function () {
        (filled(form) ? keepNow() : Promise.resolve()).then(function () {
          tell(usable ? 'offline' : 'offline-unkept');
        });
      });
    }, true);

    window.TegnReferralDraft = {stored: function () { return get('draft'); }, read: read};
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', wire);
  } else {
    wire();
  }
}());
