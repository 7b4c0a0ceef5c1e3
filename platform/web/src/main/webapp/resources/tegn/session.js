/*
 * Tegn: the signed-in session as the page sees it (drawn by the layout for signed-in people only).
 * - Keeps the session alive while someone works: a light GET /session every five minutes when they
 *   did something since, or while a form (a quiz, the referral form) is open, up to four idle hours.
 * - Warns two minutes before the session would end, with a button to stay signed in.
 * - When a save does not reach the server (the session ended, the network is gone), says so and
 *   puts the choice back as the server has it, so no control shows an answer that was not stored;
 *   unless the page keeps the answer on the device to send it later (the quiz, offline or refused
 *   for now by a busy server).
 * - Fetches a page again when the browser restores it from its back/forward cache: it would show
 *   what the server may have moved past (a sent referral's summary, a submitted quiz, a view the
 *   server no longer holds). Chrome keeps even no-store pages there when no cookie changed, which
 *   is the case with sessions in memory.
 * The window.TegnSession object lets a browser test move the clock (check) instead of waiting.
 */
(function () {
  'use strict';
  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      window.location.reload();
    }
  });
  var guard = document.getElementById('session-guard');
  if (!guard) {
    return;
  }
  var timeout = parseInt(guard.getAttribute('data-timeout'), 10) * 1000;
  var pingUrl = guard.getAttribute('data-ping');
  var WARN_BEFORE = 2 * 60 * 1000;
  var PING_EVERY = 5 * 60 * 1000;
  // an open form keeps the session at most this long without any activity (a shared computer)
  var MAX_IDLE = 4 * 60 * 60 * 1000;
  var warning = document.getElementById('session-warning');
  var ended = document.getElementById('session-ended');
  var failed = document.getElementById('save-failed');
  var lastContact = Date.now();
  var lastActivity = Date.now();
  var over = false;

  function working() {
    return document.querySelector(
      'main form input:not([type=hidden]), main form textarea, main form select') !== null;
  }

  function ping() {
    return fetch(pingUrl, {credentials: 'same-origin', cache: 'no-store', headers: {Accept: 'application/json'}})
      .then(function (r) { return r.json(); })
      .then(function (s) {
        if (s.signedIn) {
          lastContact = Date.now();
          warning.hidden = true;
        } else {
          end();
        }
        return s.signedIn;
      })
      .catch(function () { return null; }); // no network: the next tick tries again
  }

  function end() {
    over = true;
    warning.hidden = true;
    ended.hidden = false;
  }

  function check(now) {
    if (over) {
      return;
    }
    var idle = now - lastContact;
    var keep = lastActivity > lastContact || (working() && now - lastActivity < MAX_IDLE);
    if (idle >= timeout || (idle >= PING_EVERY && keep)) {
      ping();
    } else if (idle >= timeout - WARN_BEFORE && warning.hidden) {
      warning.hidden = false;
      document.getElementById('session-stay').focus();
    }
  }

  ['keydown', 'pointerdown', 'input', 'scroll', 'touchstart'].forEach(function (type) {
    document.addEventListener(type, function () { lastActivity = Date.now(); }, {passive: true, capture: true});
  });
  document.getElementById('session-stay').addEventListener('click', function () {
    ping();
  });
  // the sign-in page brings the person back here
  var signIn = document.getElementById('session-sign-in');
  // (the view with its parameters: after a post the browser's address may lack them)
  signIn.href = signIn.getAttribute('href') + '?next=' + encodeURIComponent(guard.getAttribute('data-return')
    || location.pathname.substring(guard.getAttribute('data-context').length) + location.search);
  setInterval(function () { check(Date.now()); }, 15000);

  // ---- saves by ajax (PrimeFaces): what the server stored, and what it did not

  function fields(scope) {
    return scope ? scope.querySelectorAll('input:not([type=hidden]), select') : [];
  }

  function remember(scope) {
    fields(scope).forEach(function (el) {
      el.setAttribute('data-stored', el.type === 'radio' || el.type === 'checkbox' ? String(el.checked) : el.value);
    });
  }

  /** Choices go back to what the server stored; typed text stays (it is the person's work) but is marked. */
  function restore(scope) {
    fields(scope).forEach(function (el) {
      var stored = el.getAttribute('data-stored');
      if (stored === null) {
        return;
      }
      if (el.type === 'radio' || el.type === 'checkbox') {
        el.checked = stored === 'true';
        var box = el.closest('.ui-radiobutton, .ui-chkbox');
        var drawn = box && box.querySelector('.ui-radiobutton-box, .ui-chkbox-box');
        if (drawn) {
          drawn.classList.toggle('ui-state-active', el.checked);
          var icon = drawn.querySelector('.ui-radiobutton-icon, .ui-chkbox-icon');
          if (icon) {
            icon.classList.toggle(el.type === 'radio' ? 'ui-icon-bullet' : 'ui-icon-check', el.checked);
            icon.classList.toggle('ui-icon-blank', !el.checked);
          }
        }
        var role = el.closest('[role=radio], [role=checkbox]') || (box && box.querySelector('[role=radio], [role=checkbox]'));
        if (role) {
          role.setAttribute('aria-checked', String(el.checked));
        }
      } else if (el.tagName === 'SELECT') {
        el.value = stored;
        var menu = el.closest('.ui-selectonemenu');
        var label = menu && menu.querySelector('.ui-selectonemenu-label');
        if (label && el.selectedIndex >= 0) {
          label.textContent = el.options[el.selectedIndex].text;
        }
      } else {
        el.setAttribute('aria-invalid', 'true');
      }
    });
    // PrimeFaces' radio remembers which box it drew as chosen: choosing that one again must send it
    if (window.PrimeFaces && scope) {
      scope.querySelectorAll('[id]').forEach(function (el) {
        var widget = PrimeFaces.getWidgetById ? PrimeFaces.getWidgetById(el.id) : null;
        if (widget && widget.outputs && 'checkedRadio' in widget) {
          widget.checkedRadio = widget.outputs.filter('.ui-state-active');
        }
      });
    }
  }

  /**
   * The question or field group whose control sent the request; none for buttons (a step of a
   * form): their failure is told, but nothing the person typed or chose is put back.
   */
  function scopeOf(settings) {
    var source = settings && settings.source;
    var el = typeof source === 'string' ? document.getElementById(source) : (source && source.jquery ? source[0] : source);
    if (!el || !el.closest || el.matches('button, a, .ui-button, [type=submit]')) {
      return null;
    }
    return el.closest('fieldset, section, .card') || el;
  }

  function notStored(scope, offline) {
    restore(scope);
    if (scope) {
      scope.classList.add('not-saved');
    }
    document.getElementById('save-failed-offline').hidden = !offline;
    document.getElementById('save-failed-ended').hidden = offline;
    failed.hidden = false;
    ping();
  }

  remember(document.querySelector('main'));
  if (window.jQuery) {
    // a refused or unanswered request (the network, a server error)
    jQuery(document).on('pfAjaxError', function (event, xhr, settings) {
      var scope = scopeOf(settings);
      // a page that keeps such a save on the device (the quiz: offline-answers.js) cancels this
      // event and says so itself; then the choice stays as given. So too a save the server refused
      // for now because it is busy (503, nothing stored): it is sent again after its Retry-After.
      var busy = xhr.status === 503;
      var kept = (xhr.status === 0 || busy) && scope && !scope.dispatchEvent(new CustomEvent('tegn:offline-save',
        {bubbles: true, cancelable: true, detail: {settings: settings,
          retryAfter: busy ? (parseInt(xhr.getResponseHeader('Retry-After'), 10) || 2) : null}}));
      if (!kept) {
        notStored(scope, xhr.status === 0);
      }
    });
    // an answer, but not the Faces one: after the session ended it is the sign-in page
    jQuery(document).on('pfAjaxComplete', function (event, xhr, settings) {
      if (!xhr || typeof xhr.status !== 'number') {
        return; // after an error PrimeFaces passes no request here: pfAjaxError has told
      }
      var scope = scopeOf(settings);
      if (xhr.responseXML && xhr.responseXML.getElementsByTagName('partial-response').length > 0) {
        lastContact = Date.now();
        failed.hidden = true;
        if (scope) {
          scope.classList.remove('not-saved');
        }
        remember(scope);
      } else {
        notStored(scope, false);
      }
    });
  }

  // remember: a page that stores a choice by another way (offline-answers.js sends a kept answer
  // again) says so, so that a later failure puts back that choice, not the one before it
  window.TegnSession = {check: check, lastContact: function () { return lastContact; }, remember: remember};
}());
