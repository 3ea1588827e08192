/*
 * sitegen default theme: search as you type, over the index sitegen writes to
 * public/search/<lang>/ (layout: Sources/SiteGenKit/Search/SearchIndexFormat.swift).
 * The tokenizer below repeats SearchTokenizer.swift rule for rule, so words are split and
 * folded the same way at index and query time. Without JavaScript the search form leads to
 * the language's search page, which lists every article A–Z.
 * Results are built with createElement/textContent only: nothing from the index is parsed as HTML.
 */
(function () {
  'use strict';

  var MAX_WORD = 40;
  var MAX_RESULTS = 5;
  var WORD = /[\p{L}\p{N}\p{M}]/u;

  /* ---------- Tokenizer (same rules as SearchTokenizer.swift) ---------- */

  function isCJK(c) {
    return c === 0x3005 || (c >= 0x3040 && c <= 0x309F) || (c >= 0x30A0 && c <= 0x30FA) ||
      (c >= 0x30FC && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0x3400 && c <= 0x4DBF) ||
      (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0x20000 && c <= 0x2FFFF);
  }

  function isIgnored(c) {
    return (c >= 0x064B && c <= 0x065F) || c === 0x0670 || c === 0x0640;
  }

  function isMark(c) {
    return (c >= 0x0300 && c <= 0x036F) || (c >= 0x0483 && c <= 0x0489);
  }

  function widen(c) {
    if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;
    if (c >= 0x0660 && c <= 0x0669) return c - 0x0660 + 0x30;
    if (c >= 0x06F0 && c <= 0x06F9) return c - 0x06F0 + 0x30;
    return c;
  }

  var ARABIC = { 0x622: '\u0627', 0x623: '\u0627', 0x625: '\u0627', 0x671: '\u0627', 0x629: '\u0647',
    0x649: '\u064A', 0x626: '\u064A', 0x624: '\u0648', 0xDF: 'ss', 0x3C2: '\u03C3' };

  function foldChar(ch) {
    var c = ch.codePointAt(0);
    if (isMark(c)) return '';
    if (ARABIC[c]) return ARABIC[c];
    if ((c >= 0xC0 && c <= 0x52F) || (c >= 0x1E00 && c <= 0x1FFF)) {
      var out = '';
      for (var d of ch.normalize('NFD')) if (!isMark(d.codePointAt(0))) out += d;
      return out;
    }
    return ch;
  }

  function fold(chars) {
    var out = '';
    for (var i = 0; i < chars.length; i++) {
      var ch = chars[i];
      if (ch.charCodeAt(0) < 0x80) { out += ch.toLowerCase(); continue; }
      for (var lower of ch.toLowerCase()) out += foldChar(lower);
    }
    return out;
  }

  /* Tokens with their place in `text`: {term, start, end, cjk}. */
  function tokenize(text) {
    var tokens = [];
    var word = [], wordStart = 0, cjk = [], index = 0;
    function flushWord(end) {
      if (word.length) tokens.push({ term: fold(word), start: wordStart, end: end, cjk: false });
      word = [];
    }
    function flushCJK() {
      if (cjk.length === 1) tokens.push({ term: cjk[0].ch, start: cjk[0].at, end: cjk[0].at + cjk[0].ch.length, cjk: true });
      for (var i = 0; i + 1 < cjk.length; i++) {
        tokens.push({ term: cjk[i].ch + cjk[i + 1].ch, start: cjk[i].at, end: cjk[i + 1].at + cjk[i + 1].ch.length, cjk: true });
      }
      cjk = [];
    }
    for (var raw of text) {
      var at = index;
      index += raw.length;
      var c = widen(raw.codePointAt(0));
      if (isIgnored(c)) continue;
      var ch = String.fromCodePoint(c);
      if (isCJK(c)) {
        flushWord(at);
        cjk.push({ ch: ch, at: at });
      } else if (WORD.test(ch)) {
        flushCJK();
        if (!word.length) wordStart = at;
        if (word.length < MAX_WORD) word.push(ch);
      } else {
        flushWord(at);
        flushCJK();
      }
    }
    flushWord(index);
    flushCJK();
    return tokens;
  }

  function length(term) { return Array.from(term).length; }

  /* ---------- Index files ---------- */

  /* The shard file of a term ("s3", "c0"); null when the index has no shard of its kind. */
  function shardOf(term, entry) {
    var chars = Array.from(term);
    var cjk = isCJK(chars[0].codePointAt(0));
    var count = cjk ? entry.cjk : entry.shards;
    if (!count) return null;
    var key = chars.slice(0, cjk ? 1 : 3).join('');
    var hash = 0x811C9DC5;
    for (var i = 0; i < key.length; i++) {
      hash ^= key.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return (cjk ? 'c' : 's') + (hash % count);
  }

  var DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

  function decodePostings(text) {
    var result = [], doc = 0, i = 0;
    while (i < text.length) {
      var gap = 0, shift = 0, value;
      while ((value = DIGITS.indexOf(text[i])) >= 32) { gap += (value - 32) * Math.pow(2, shift); shift += 5; i++; }
      doc += gap + value * Math.pow(2, shift);
      result.push(doc, DIGITS.indexOf(text[i + 1]));
      i += 2;
    }
    return result;
  }

  var cache = {};
  function load(url, kind) {
    if (!cache[url]) {
      cache[url] = fetch(url).then(function (response) {
        if (!response.ok) throw new Error(url + ': ' + response.status);
        return kind === 'json' ? response.json() : response.text();
      });
      cache[url].catch(function () { delete cache[url]; });
    }
    return cache[url];
  }

  function Index(folder) {
    this.folder = folder;
    this.entry = load(folder + 'index.json', 'json');
    this.shards = {};
  }

  Index.prototype.shard = function (name) {
    var self = this;
    if (name === null) return Promise.resolve(new Map());
    var number = name;
    if (!this.shards[number]) {
      this.shards[number] = load(this.folder + name + '.txt', 'text').then(function (text) {
        var terms = new Map();
        text.split('\n').forEach(function (line) {
          var tab = line.indexOf('\t');
          if (tab > 0) terms.set(line.slice(0, tab), line.slice(tab + 1));
        });
        return terms;
      });
      this.shards[number].catch(function () { delete self.shards[number]; });
    }
    return this.shards[number];
  };

  Index.prototype.details = function (entry, doc) {
    return load(this.folder + 'd' + Math.floor(doc / entry.group) + '.json', 'json').then(function (group) {
      return group[doc % entry.group];
    });
  };

  /* ---------- Matching and ranking ---------- */

  /* Whether the arrays a (from i) and b (from j) hold the same characters to their ends. */
  function sameFrom(a, i, b, j) {
    if (a.length - i !== b.length - j) return false;
    for (; i < a.length; i++, j++) if (a[i] !== b[j]) return false;
    return true;
  }

  /* Whether the character arrays a and b differ by at most one edit (insertion, deletion,
     substitution or swap of neighbours). */
  function withinOne(a, b) {
    var la = a.length, lb = b.length;
    if (Math.abs(la - lb) > 1) return false;
    var i = 0;
    while (i < la && i < lb && a[i] === b[i]) i++;
    if (i === la && i === lb) return true;
    if (la === lb) return sameFrom(a, i + 1, b, i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && sameFrom(a, i + 2, b, i + 2));
    return la > lb ? sameFrom(a, i + 1, b, i) : sameFrom(a, i, b, i + 1);
  }

  /* The index terms a query word matches, each with a factor: 1 exact, 0.8 a completion of the
     word being typed, 0.5 one typo away (words of five letters or more). */
  function matchTerms(word, terms) {
    var found = [];
    var chars = Array.from(word.term);
    if (terms.has(word.term)) found.push({ term: word.term, factor: 1 });
    var canExpand = word.prefix && (word.cjk || chars.length >= 3);
    var typos = chars.length >= 5;
    if (!canExpand && !typos) return found;
    var a = chars;
    terms.forEach(function (postings, term) {
      if (term === word.term) return;
      if (canExpand && term.lastIndexOf(word.term, 0) === 0) { found.push({ term: term, factor: 0.8 }); return; }
      if (!typos) return;
      var b = Array.from(term);
      if (withinOne(a, b)) { found.push({ term: term, factor: 0.5 }); return; }
      if (word.prefix && b.length > a.length) {
        for (var n = a.length - 1; n <= a.length + 1; n++) {
          if (withinOne(a, b.slice(0, n))) { found.push({ term: term, factor: 0.4 }); return; }
        }
      }
    });
    return found;
  }

  /* Scores of one index's documents: {doc: {score, words, terms}}. */
  function scoreIndex(index, words, allowed) {
    return index.entry.then(function (entry) {
      var names = words.map(function (word) { return shardOf(word.term, entry); });
      return Promise.all(names.map(function (name) { return index.shard(name); })).then(function (shards) {
        var scores = new Map();
        words.forEach(function (word, w) {
          var best = new Map();
          matchTerms(word, shards[w]).forEach(function (match) {
            var postings = decodePostings(shards[w].get(match.term));
            var df = postings.length / 2;
            var idf = Math.log(1 + (entry.count - df + 0.5) / (df + 0.5));
            for (var i = 0; i < postings.length; i += 2) {
              var doc = postings[i];
              if (allowed && !allowed.has(doc)) continue;
              var value = idf * postings[i + 1] * match.factor;
              var previous = best.get(doc);
              if (!previous || previous.value < value) best.set(doc, { value: value, term: match.term });
            }
          });
          best.forEach(function (hit, doc) {
            var score = scores.get(doc) || { score: 0, words: 0, terms: [] };
            score.score += hit.value;
            score.words += 1;
            score.terms.push(hit.term);
            scores.set(doc, score);
          });
        });
        return { entry: entry, scores: scores };
      });
    });
  }

  /* Availability bit `product × tiers + tier`; -1 is available everywhere. */
  function facetsMatch(entry, doc, filter) {
    if (filter.section && (entry.sections[entry.section[doc]] || [])[0] !== filter.section) return false;
    var mask = entry.availability[doc];
    if (mask < 0 || (!filter.product && !filter.tier)) return true;
    var tiers = entry.tiers.length;
    for (var p = 0; p < entry.products.length; p++) {
      if (filter.product && entry.products[p][0] !== filter.product) continue;
      for (var t = 0; t < tiers; t++) {
        if (filter.tier && entry.tiers[t][0] !== filter.tier) continue;
        if (Math.floor(mask / Math.pow(2, p * tiers + t)) % 2) return true;
      }
    }
    return false;
  }

  /* The fallback documents' bitmap: bit n % 6 of character n / 6. */
  function bitmap(text) {
    var set = new Set();
    for (var i = 0; i < text.length; i++) {
      var value = DIGITS.indexOf(text[i]);
      for (var bit = 0; bit < 6; bit++) if (value & (1 << bit)) set.add(i * 6 + bit);
    }
    return set;
  }

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
          return b.score.words - a.score.words || b.score.score - a.score.score ||
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

  // For the browser tests, which check that both tokenizers agree.
  window.sitegenSearchTokens = function (text) { return tokenize(text).map(function (token) { return token.term; }); };

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
