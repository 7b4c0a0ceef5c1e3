/* Shows the time left of a timed attempt, counted from the server's deadline (data-seconds-left).
   When it runs out, it clicks the element named by data-timeup so the server submits the attempt
   and the page shows the result; the server is the judge, this is only the display.
   A start that found no place on a busy server (data-retry-after) has not started, so no time is
   shown: after the server's Retry-After (the wait of its place in line, plus a little at random)
   it clicks the start (data-retry) again by itself, counting the seconds down meanwhile. A submit
   refused the same way (its answers all saved) is pressed again alike, counted down in the element
   that data-retry-in names. */
(function () {
  function start() {
    var el = document.querySelector('[data-seconds-left]');
    if (!el || el.getAttribute('data-started')) {
      return;
    }
    el.setAttribute('data-started', '1');
    var left = parseInt(el.getAttribute('data-seconds-left'), 10);
    var end = Date.now() + left * 1000;
    tickThenClick(1000, el, 'data-timeup', function () {
      var s = Math.max(0, Math.round((end - Date.now()) / 1000));
      el.textContent = Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
      // two seconds of grace: the server counts the deadline second itself as still in time
      return Date.now() > end + 2000;
    });
  }
  function startAgainLater() {
    var waiting = document.querySelector('[data-retry-after][data-retry]');
    if (!waiting) {
      return;
    }
    var seconds = parseInt(waiting.getAttribute('data-retry-after'), 10) || 2;
    // up to a tenth more at random, so a hall refused together does not press again together
    var end = Date.now() + seconds * 1000 + Math.floor(Math.random() * (seconds * 100 + 1));
    var shown = document.getElementById(waiting.getAttribute('data-retry-in') || 'start-retry-in');
    tickThenClick(250, waiting, 'data-retry', function () {
      var left = end - Date.now();
      if (shown) {
        shown.textContent = (shown.getAttribute('data-text') || '')
          .replace('{0}', String(Math.max(0, Math.ceil(left / 1000))));
      }
      return left <= 0;
    });
  }
  /* Runs tick now and every `every` ms until it says it is time, then clicks the element whose id
     el's attribute `clickAttr` names (both countdowns end by pressing a button of the page). */
  function tickThenClick(every, el, clickAttr, tick) {
    var timer = setInterval(step, every);
    function step() {
      if (tick()) {
        clearInterval(timer);
        var button = document.getElementById(el.getAttribute(clickAttr));
        if (button) {
          button.click();
        }
      }
    }
    step();
  }
  document.addEventListener('DOMContentLoaded', function () {
    start();
    startAgainLater();
    // "Start the quiz" renders the countdown by ajax, after the page has loaded
    if (window.jQuery) {
      window.jQuery(document).on('pfAjaxComplete', start);
    }
  });
})();
