/*
 * sitegen default theme: search as you type (the engine is search-index.js, loaded before).
 * Without JavaScript the search form leads to the language's search page, which lists every
 * article A–Z. Results are built with createElement/textContent only: nothing from the index
 * is parsed as HTML.
 */
(function () {
  'use strict';

  var engine = window.sitegenSearchEngine;
  if (!engine) return;
  var tokenize = engine.tokenize, length = engine.length, Index = engine.Index;
  var scoreIndex = engine.scoreIndex, facetsMatch = engine.facetsMatch, bitmap = engine.bitmap;
  var MAX_RESULTS = 5;

  /* ---------- The search box ---------- */

  function Search(form) {
    this.form = form;
    this.input = form.querySelector('input[type="search"]');
    this.panel = form.querySelector('.search-panel');
    this.status = form.querySelector('[role="status"]');
    this.lang = form.getAttribute('data-lang');
    this.root = form.getAttribute('data-root') || '';
    this.index = new Index(form.getAttribute('data-index'));
    this.sequence = 0;
    this.filter = { product: '', tier: '', section: '' };
    this.reported = {};
    this.build();
  }

  Search.prototype.text = function (name, values) {
    var text = this.form.getAttribute('data-t-' + name) || '';
    Object.keys(values || {}).forEach(function (key) { text = text.split('{' + key + '}').join(values[key]); });
    return text;
  };

  Search.prototype.build = function () {
    var self = this;
    this.filters = document.createElement('div');
    this.filters.className = 'search-filters';
    this.list = document.createElement('ol');
    this.list.className = 'search-results';
    this.list.id = 'site-search-results';
    this.empty = document.createElement('p');
    this.empty.className = 'search-empty';
    this.panel.appendChild(this.filters);
    this.panel.appendChild(this.list);
    this.panel.appendChild(this.empty);
    this.input.setAttribute('aria-controls', this.list.id);

    var timer = null;
    this.input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { self.run(); }, 120);
    });
    this.input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown') { self.move(0); event.preventDefault(); }
      if (event.key === 'Escape') self.close();
    });
    this.panel.addEventListener('keydown', function (event) {
      var links = self.links();
      var at = links.indexOf(document.activeElement);
      if (event.key === 'ArrowDown' && at >= 0) { self.move(at + 1); event.preventDefault(); }
      if (event.key === 'ArrowUp' && at >= 0) { if (at === 0) self.input.focus(); else self.move(at - 1); event.preventDefault(); }
      if (event.key === 'Escape') { self.close(); self.input.focus(); }
    });
    document.addEventListener('click', function (event) {
      if (!self.form.contains(event.target)) self.close();
    });
    this.index.entry.then(function (entry) { self.buildFilters(entry); }).catch(function () {});
  };

  Search.prototype.buildFilters = function (entry) {
    var self = this;
    [['product', entry.products], ['tier', entry.tiers], ['section', entry.sections]].forEach(function (facet) {
      if (facet[1].length < 2) return;
      var label = document.createElement('label');
      var select = document.createElement('select');
      label.appendChild(document.createTextNode(self.text(facet[0]) + ' '));
      var all = document.createElement('option');
      all.value = '';
      all.textContent = self.text('all');
      select.appendChild(all);
      facet[1].forEach(function (item) {
        var option = document.createElement('option');
        option.value = item[0];
        option.textContent = item[1];
        select.appendChild(option);
      });
      select.setAttribute('data-facet', facet[0]);
      select.addEventListener('change', function () { self.filter[facet[0]] = select.value; self.run(); });
      label.appendChild(select);
      self.filters.appendChild(label);
    });
  };

  Search.prototype.links = function () {
    return Array.prototype.slice.call(this.list.querySelectorAll('a'));
  };

  Search.prototype.move = function (at) {
    var links = this.links();
    if (links.length) links[Math.min(at, links.length - 1)].focus();
  };

  Search.prototype.close = function () {
    this.panel.hidden = true;
  };

  /* The query's words; the last is being typed (a prefix) unless a space or mark follows it. */
  Search.prototype.words = function (query) {
    var tokens = tokenize(query);
    var typing = tokens.length && tokens[tokens.length - 1].end === query.length;
    var seen = {};
    return tokens.filter(function (token, i) {
      token.prefix = typing && (i === tokens.length - 1 || (token.cjk && length(token.term) === 1));
      if (seen[token.term]) return false;
      seen[token.term] = true;
      return true;
    });
  };

  Search.prototype.run = function () {
    var self = this;
    var query = this.input.value;
    var sequence = ++this.sequence;
    var words = this.words(query);
    if (!words.length) { this.close(); this.status.textContent = ''; return; }
    this.search(words).then(function (results) {
      if (sequence !== self.sequence) return;
      return self.show(results, words, query, sequence);
    }).catch(function () { /* A missing index leaves the form working without JavaScript. */ });
  };

  Search.prototype.search = function (words) {
    var self = this;
    return this.index.entry.then(function (entry) {
      var searches = [scoreIndex(self.index, words, null)];
      var fallback = entry.fallback;
      if (fallback && fallback.docs) {
        var folder = self.index.folder.slice(0, self.index.folder.length - (self.lang.length + 1)) + fallback.lang + '/';
        if (!self.sourceIndex) self.sourceIndex = new Index(folder);
        if (!self.fallbackDocs) self.fallbackDocs = bitmap(fallback.docs);
        searches.push(scoreIndex(self.sourceIndex, words, self.fallbackDocs));
      }
      return Promise.all(searches).then(function (found) {
        var results = [];
        found.forEach(function (part, which) {
          part.scores.forEach(function (score, doc) {
            if (!facetsMatch(part.entry, doc, self.filter)) return;
            results.push({ index: which ? self.sourceIndex : self.index, entry: part.entry, doc: doc, score: score,
              lang: which ? fallback.lang : null, langName: which ? fallback.name : null });
          });
        });
        results.sort(function (a, b) {
          return b.score.words - a.score.words || b.score.title - a.score.title || b.score.score - a.score.score ||
            (a.lang ? 1 : 0) - (b.lang ? 1 : 0) || a.doc - b.doc;
        });
        return results;
      });
    });
  };

  Search.prototype.show = function (results, words, query, sequence) {
    var self = this;
    var top = results.slice(0, MAX_RESULTS);
    return Promise.all(top.map(function (result) { return result.index.details(result.entry, result.doc); })).then(function (details) {
      if (sequence !== self.sequence) return;
      self.list.textContent = '';
      top.forEach(function (result, i) {
        if (details[i]) self.list.appendChild(self.item(result, details[i]));
      });
      var count = results.length;
      self.empty.hidden = count > 0;
      self.empty.textContent = count ? '' : self.text('no-results', { query: query.trim() });
      self.panel.hidden = false;
      self.panel.setAttribute('data-query', query);
      self.status.textContent = count === 0 ? self.empty.textContent
        : count === 1 ? self.text('one-result') : self.text('results', { count: String(count) });
      if (count === 0) self.report(query.trim(), sequence);
    });
  };

  Search.prototype.item = function (result, detail) {
    var li = document.createElement('li');
    var link = document.createElement('a');
    link.href = this.root + this.lang + '/' + detail[0] + '/';
    var title = document.createElement('span');
    title.className = 'search-title';
    title.textContent = detail[1];
    link.appendChild(title);
    if (result.lang) {
      link.setAttribute('hreflang', result.lang);
      title.setAttribute('lang', result.lang);
      var label = document.createElement('span');
      label.className = 'search-language';
      label.textContent = this.text('in-language', { language: result.langName });
      link.appendChild(label);
    }
    var section = result.entry.sections[result.entry.section[result.doc]];
    if (section && section[1]) {
      var where = document.createElement('span');
      where.className = 'search-section';
      where.textContent = section[1];
      link.appendChild(where);
    }
    li.appendChild(link);
    var snippet = document.createElement('p');
    snippet.className = 'search-snippet';
    if (result.lang) snippet.setAttribute('lang', result.lang);
    highlight(snippet, detail[2], result.score.terms);
    li.appendChild(snippet);
    return li;
  };

  /* Fills `element` with a window of `text` around the first matched word, matched words in
     <mark>, every piece as a text node. */
  function highlight(element, text, terms) {
    var wanted = new Set(terms);
    var marks = tokenize(text).filter(function (token) { return wanted.has(token.term); });
    var start = 0;
    if (marks.length && marks[0].start > 60) {
      start = text.lastIndexOf(' ', marks[0].start - 40);
      start = start < 0 ? marks[0].start - 40 : start + 1;
    }
    var end = Math.min(text.length, start + 200);
    var at = start;
    if (start > 0) element.appendChild(document.createTextNode('… '));
    marks.forEach(function (mark) {
      if (mark.start < at || mark.end > end) return;
      element.appendChild(document.createTextNode(text.slice(at, mark.start)));
      var highlighted = document.createElement('mark');
      highlighted.textContent = text.slice(mark.start, mark.end);
      element.appendChild(highlighted);
      at = mark.end;
    });
    element.appendChild(document.createTextNode(text.slice(at, end) + (end < text.length ? ' …' : '')));
  }

  /* Searches that found nothing go to the feedback collector, once per query per page view,
     after the reader stopped typing. */
  Search.prototype.report = function (query, sequence) {
    var self = this;
    var url = this.form.getAttribute('data-report');
    if (!url || !/^https?:\/\//i.test(url) || this.reported[query]) return;
    setTimeout(function () {
      if (sequence !== self.sequence || self.reported[query]) return;
      self.reported[query] = true;
      try {
        fetch(url, { method: 'POST', body: new URLSearchParams({ query: query, language: self.lang }), keepalive: true }).catch(function () {});
      } catch (error) { /* Reporting must never break searching. */ }
    }, 1500);
  };

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll('form[data-search]'), function (form) {
      var search = new Search(form);
      // The search page (where the form leads without JavaScript) runs the query it was given.
      var query = new URLSearchParams(location.search).get('q');
      if (query && document.querySelector('[data-search-page]')) {
        search.input.value = query;
        search.run();
      }
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();
