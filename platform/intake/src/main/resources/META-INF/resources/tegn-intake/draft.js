/*
 * Referral form helpers (a file, because the CSP forbids inline scripts).
 *
 * Draft, only when the user asks: the fields of the current step are merged into this tab's
 * sessionStorage (gone when the tab closes) and can be restored or forgotten. After submission the
 * receipt page removes it. Nothing is ever written unasked.
 *
 * Back and Forward: the layout's session.js fetches a page restored from the back/forward cache
 * again, so each step shows the server's state of the draft (a sent referral shows its receipt).
 *
 * Screening signal: a change in the indicator checklist presses the "update the signal" button, an
 * ajax request that re-renders only the signal's text.
 */
(function () {
  var KEY = 'tegn.referral.draft';

  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (e) {
      return e.name && e.name.indexOf('refer:') === 0 && e.type !== 'hidden' &&
        e.type !== 'submit' && e.type !== 'button';
    });
  }

  function stored() {
    return JSON.parse(sessionStorage.getItem(KEY) || '{}');
  }

  function save(form) {
    var draft = stored();
    fields(form).forEach(function (e) {
      if (e.type === 'radio') {
        if (e.checked) { draft[e.name] = e.value; }
      } else if (e.type === 'checkbox') {
        draft[e.name] = e.checked ? 'on' : '';
      } else {
        draft[e.name] = e.value;
      }
    });
    sessionStorage.setItem(KEY, JSON.stringify(draft));
  }

  function restore(form) {
    var draft = stored();
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

  function wire() {
    if (document.getElementById('referral-done')) {
      sessionStorage.removeItem(KEY);
      return;
    }
    var form = document.getElementById('refer');
    if (!form) { return; }
    refreshSignalOnChange(form);
    var status = document.getElementById('draft-status');
    if (!status) { return; }
    var keep = document.getElementById('draft-keep');
    var back = document.getElementById('draft-restore');
    var forget = document.getElementById('draft-forget');
    var has = function () { return sessionStorage.getItem(KEY) !== null; };
    var show = function () {
      back.hidden = !has();
      forget.hidden = !has();
      status.textContent = has() ? status.getAttribute('data-kept') : '';
    };
    keep.addEventListener('click', function () { save(form); show(); });
    back.addEventListener('click', function () { restore(form); });
    forget.addEventListener('click', function () { sessionStorage.removeItem(KEY); show(); });
    show();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', wire);
  } else {
    wire();
  }
}());
