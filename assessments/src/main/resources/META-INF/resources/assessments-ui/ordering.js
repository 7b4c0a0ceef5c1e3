/* Ordering questions: a move is saved by ajax and redraws the list, which would drop the keyboard focus to
   the top of the page. This puts it back on the moved item's button in the same direction (or the other
   one, once the item reached the end), so someone moving an item with Enter or Space keeps their place. */
(function () {
  var moving = null;

  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('.ordering li button');
    if (!button) {
      return;
    }
    var item = button.closest('li');
    moving = {
      list: button.closest('[class*="ordering-"]').className.match(/ordering-\d+/)[0],
      key: item.getAttribute('data-key'),
      up: button.classList.contains('move-up')
    };
  }, true);

  function refocus() {
    if (!moving) {
      return;
    }
    var lists = document.querySelectorAll('.' + moving.list + ' li[data-key="' + CSS.escape(moving.key) + '"]');
    var item = lists.length ? lists[0] : null;
    if (item) {
      var same = item.querySelector(moving.up ? '.move-up' : '.move-down');
      var other = item.querySelector(moving.up ? '.move-down' : '.move-up');
      var target = same && !same.disabled ? same : other;
      if (target) {
        target.focus();
      }
    }
    moving = null;
  }

  if (window.jQuery) {
    jQuery(document).on('pfAjaxComplete', function () {
      // after PrimeFaces has put the new list in place
      setTimeout(refocus, 0);
    });
  }
}());
