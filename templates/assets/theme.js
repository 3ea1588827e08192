/*
 * sitegen default theme: layout enhancements. Every page works without this file.
 *  1. The availability page's product filter ([data-product-filter]) hides the other products'
 *     rows and columns, and says what it shows in a live region.
 *  2. Code blocks get a copy button.
 *  3. The section menu ([data-sidebar]) starts open where there is room for it as a column.
 */
(function () {
  'use strict';

  /* ---------- 1. Availability filter ---------- */

  function initProductFilter(filter) {
    var select = filter.querySelector('select');
    var status = document.querySelector('[data-filter-status]');
    if (!select) return;
    var rows = Array.prototype.slice.call(document.querySelectorAll('tbody tr[data-products]'));
    var cells = Array.prototype.slice.call(document.querySelectorAll('[data-product]'));
    var wideCells = Array.prototype.slice.call(document.querySelectorAll('td.all[colspan]'));

    function apply(announce) {
      var product = select.value;
      rows.forEach(function (row) {
        var products = (row.getAttribute('data-products') || '').split(/\s+/);
        // '*' marks articles without an availability list: they apply to every product.
        row.hidden = product !== '' && products.indexOf(product) === -1 && products.indexOf('*') === -1;
      });
      var shown = 0;
      cells.forEach(function (cell) {
        var hidden = product !== '' && cell.getAttribute('data-product') !== product;
        cell.hidden = hidden;
        if (!hidden && cell.tagName === 'TH' && !cell.hasAttribute('colspan')) shown++;
      });
      wideCells.forEach(function (cell) {
        if (!cell.hasAttribute('data-span')) cell.setAttribute('data-span', cell.getAttribute('colspan'));
        cell.setAttribute('colspan', product === '' ? cell.getAttribute('data-span') : String(Math.max(shown, 1)));
      });
      if (status && announce) {
        var name = select.options[select.selectedIndex] ? select.options[select.selectedIndex].text : '';
        status.textContent = product === ''
          ? filter.getAttribute('data-status-all') || ''
          : (filter.getAttribute('data-status') || '{product}').replace('{product}', name);
      }
    }

    filter.removeAttribute('hidden');
    select.addEventListener('change', function () { apply(true); });
    apply(false); // The browser may restore a previous choice on back/forward navigation.
  }

  /* ---------- 2. Copy buttons ---------- */

  function initCopyButtons(root) {
    if (!navigator.clipboard || !root) return;
    var label = root.getAttribute('data-copy') || 'Copy';
    var done = root.getAttribute('data-copied') || label;
    Array.prototype.forEach.call(root.querySelectorAll('.article-body pre'), function (pre) {
      var code = pre.querySelector('code') || pre;
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'copy-code';
      button.textContent = label;
      button.addEventListener('click', function () {
        navigator.clipboard.writeText(code.textContent).then(function () {
          button.textContent = done;
          setTimeout(function () { button.textContent = label; }, 2000);
        }, function () {});
      });
      var wrapper = document.createElement('div');
      wrapper.className = 'code-block';
      pre.parentNode.insertBefore(wrapper, pre);
      wrapper.appendChild(pre);
      wrapper.appendChild(button);
    });
  }

  /* ---------- 3. Sidebar ---------- */

  function initSidebar(sidebar) {
    if (window.matchMedia && window.matchMedia('(min-width: 64rem)').matches) sidebar.setAttribute('open', '');
  }

  function init() {
    var sidebar = document.querySelector('[data-sidebar]');
    if (sidebar) initSidebar(sidebar);
    var filter = document.querySelector('[data-product-filter]');
    if (filter) initProductFilter(filter);
    initCopyButtons(document.querySelector('[data-copy]'));
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
