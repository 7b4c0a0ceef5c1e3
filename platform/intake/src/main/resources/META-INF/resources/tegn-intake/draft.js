/*
 * Referral draft, only when the user asks: the free-text and choice fields of the referral form
 * are copied into this tab's sessionStorage (gone when the tab closes) and can be restored or
 * forgotten. After submission the receipt page removes it. Nothing is ever written unasked.
 */
(function () {
  var KEY = 'tegn.referral.draft';

  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (e) {
      return e.name && e.name.indexOf('refer:') === 0 && e.type !== 'hidden' &&
        e.type !== 'submit' && e.type !== 'button';
    });
  }

  function save(form) {
    var draft = {};
    fields(form).forEach(function (e) {
      if (e.type === 'radio' || e.type === 'checkbox') {
        if (e.checked) { draft[e.name] = e.value; }
      } else if (e.value) {
        draft[e.name] = e.value;
      }
    });
    sessionStorage.setItem(KEY, JSON.stringify(draft));
  }

  function restore(form) {
    var draft = JSON.parse(sessionStorage.getItem(KEY) || '{}');
    fields(form).forEach(function (e) {
      if (!(e.name in draft)) { return; }
      if (e.type === 'radio' || e.type === 'checkbox') {
        e.checked = draft[e.name] === e.value;
      } else {
        e.value = draft[e.name];
      }
    });
  }

  function wire() {
    if (document.getElementById('referral-done')) {
      sessionStorage.removeItem(KEY);
      return;
    }
    var form = document.getElementById('refer');
    var status = document.getElementById('draft-status');
    if (!form || !status) { return; }
    var keep = document.getElementById('draft-keep');
    var back = document.getElementById('draft-restore');
    var forget = document.getElementById('draft-forget');
    var has = function () { return sessionStorage.getItem(KEY) !== null; };
    var show = function () {
      back.hidden = !has();
      forget.hidden = !has();
      status.textContent = has() ? status.getAttribute('data-kept') : '';
    };
    keep.onclick = function () { save(form); show(); };
    back.onclick = function () { restore(form); };
    forget.onclick = function () { sessionStorage.removeItem(KEY); show(); };
    show();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', wire);
  } else {
    wire();
  }
  document.addEventListener('DOMContentLoaded', function () {
    if (window.jsf && jsf.ajax) {
      jsf.ajax.addOnEvent(function (data) { if (data.status === 'success') { wire(); } });
    }
    if (window.faces && faces.ajax) {
      faces.ajax.addOnEvent(function (data) { if (data.status === 'success') { wire(); } });
    }
  });
}());
