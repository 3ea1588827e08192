/*
 * sitegen default theme: optional enhancements. Every page works without this file.
 *  1. Feedback forms ([data-feedback]) are sent in the background.
 *  2. The root language picker ([data-language-picker]) follows the browser's languages.
 *  3. The availability page gets a product filter ([data-filter]).
 */
(function () {
  'use strict';

  function show(element) {
    if (element) element.removeAttribute('hidden');
  }

  function hide(element) {
    if (element) element.setAttribute('hidden', '');
  }

  /* ---------- 1. Feedback ---------- */

  function send(form, data) {
    try {
      fetch(form.action, { method: 'POST', body: new URLSearchParams(data) }).catch(function () {});
    } catch (error) {
      /* Network or CORS problems must never break the page. */
    }
  }

  function initFeedback(form) {
    var buttons = form.querySelector('.feedback-buttons');
    var comment = form.querySelector('.feedback-comment');
    var thanks = form.querySelector('.feedback-thanks');
    var textarea = comment ? comment.querySelector('textarea') : null;
    var lastClicked = null;

    // For browsers without SubmitEvent.submitter.
    form.addEventListener('click', function (event) {
      var button = event.target.closest('button, input[type="submit"]');
      if (button && form.contains(button)) lastClicked = button;
    });

    function thank() {
      hide(buttons);
      hide(comment);
      if (!thanks) return;
      show(thanks);
      // The button that had focus is now hidden: keep keyboard and screen-reader users in place.
      thanks.setAttribute('tabindex', '-1');
      thanks.focus();
    }

    form.addEventListener('submit', function (event) {
      var submitter = event.submitter || lastClicked;
      lastClicked = null;
      event.preventDefault();

      var data = new FormData(form);
      if (submitter && submitter.name) data.append(submitter.name, submitter.value);
      send(form, data);

      var isComment = !!(submitter && submitter.hasAttribute('data-comment'));
      var vote = submitter ? submitter.value : '';

      if (!isComment && vote === 'no' && comment) {
        hide(buttons);
        show(comment);
        if (textarea) textarea.focus();
      } else {
        thank();
      }
    });
  }

  /* ---------- 2. Root language picker ---------- */

  function initLanguagePicker(picker) {
    var links = Array.prototype.slice.call(picker.querySelectorAll('a[hreflang]'));
    if (!links.length) return;

    var preferences = navigator.languages && navigator.languages.length
      ? navigator.languages
      : [navigator.language || navigator.userLanguage || ''];

    function linkFor(code) {
      code = code.toLowerCase();
      for (var i = 0; i < links.length; i++) {
        if ((links[i].getAttribute('hreflang') || '').toLowerCase() === code) return links[i];
      }
      return null;
    }

    for (var p = 0; p < preferences.length; p++) {
      // "pt-BR" is tried as "pt-br", then as its primary subtag "pt".
      var tag = String(preferences[p] || '').trim();
      if (!tag) continue;
      var link = linkFor(tag) || linkFor(tag.split('-')[0]);
      if (link) {
        location.replace(link.href);
        return;
      }
    }
  }

  /* ---------- 3. Availability filter ---------- */

  function initAvailabilityFilter(filter) {
    var select = document.getElementById('product-filter');
    if (!select) return;
    var rows = Array.prototype.slice.call(document.querySelectorAll('tbody tr[data-products]'));

    function apply() {
      var product = select.value;
      rows.forEach(function (row) {
        var products = (row.getAttribute('data-products') || '').split(/\s+/);
        // '*' marks articles without an availability list: they apply to every product.
        row.hidden = product !== '' && products.indexOf(product) === -1 && products.indexOf('*') === -1;
      });
    }

    show(filter);
    select.addEventListener('change', apply);
    apply(); // The browser may restore a previous choice on back/forward navigation.
  }

  /* ---------- Start ---------- */

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll('form[data-feedback]'), initFeedback);

    var picker = document.querySelector('[data-language-picker]');
    if (picker) initLanguagePicker(picker);

    var filter = document.querySelector('[data-filter]');
    if (filter) initAvailabilityFilter(filter);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
