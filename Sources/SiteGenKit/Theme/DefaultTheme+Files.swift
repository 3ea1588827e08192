// Generated from templates/ by `SITEGEN_UPDATE_THEME=1 swift test --filter ThemeOverrideTests`: do not edit.
// The default theme, built into sitegen so that a site needs no templates/ folder.

extension DefaultTheme {
    /// Path below `templates/` → the file's text.
    static let files: [String: String] = [
        "404.mustache": ##"""
{{% CONTENT_TYPE: HTML }}
{{<base}}
{{$content}}
{{#main}}
<h1>{{title}}</h1>
<p>{{t.not_found_text}}</p>
<p><a href="{{page.homeURL}}">{{t.back_home}}</a></p>
{{/main}}
{{/content}}
{{/base}}

"""##,
        "article.mustache": ##"""
{{% CONTENT_TYPE: HTML }}
{{<base}}
{{$content}}
{{#main}}
<div class="layout">
{{> partials/sidebar}}
<div class="layout-main">
{{#banners}}
<div class="banner" role="note"><p>{{text}}{{#href}} <a href="{{href}}" hreflang="{{hreflang}}">{{linkText}}</a>{{/href}}</p></div>
{{/banners}}
{{> partials/breadcrumbs}}
<article class="article" data-copy="{{t.copy_code}}" data-copied="{{t.code_copied}}">
<h1{{#bodyLang}} lang="{{bodyLang}}" dir="{{bodyDir}}"{{/bodyLang}}>{{title}}</h1>
{{#hasUpdated}}
<p class="updated">{{t.last_updated}} <time datetime="{{updatedISO}}">{{updatedText}}</time></p>
{{/hasUpdated}}
{{#availability}}
{{> partials/availability}}
{{/availability}}
{{#hasTOC}}
<nav class="toc" aria-label="{{t.on_this_page}}"{{#bodyLang}} lang="{{bodyLang}}" dir="{{bodyDir}}"{{/bodyLang}}>
<p class="toc-title">{{t.on_this_page}}</p>
<ul>
{{#toc}}
<li{{#nested}} class="nested"{{/nested}}><a href="#{{id}}">{{text}}</a></li>
{{/toc}}
</ul>
</nav>
{{/hasTOC}}
<div class="article-body"{{#bodyLang}} lang="{{bodyLang}}" dir="{{bodyDir}}"{{/bodyLang}}>
{{{html}}}
</div>
</article>
{{#hasRelated}}
<aside class="related" aria-labelledby="related-title">
<h2 id="related-title">{{t.related_articles}}</h2>
<ul>
{{#related}}
<li><a href="{{href}}"{{#lang}} hreflang="{{lang}}" lang="{{lang}}" dir="{{dir}}"{{/lang}}>{{title}}</a>{{#badge}} <span class="lang-badge" lang="{{lang}}" dir="{{dir}}">{{badge}}</span>{{/badge}}</li>
{{/related}}
</ul>
</aside>
{{/hasRelated}}
{{#feedback}}
{{> partials/feedback}}
{{/feedback}}
{{> partials/pager}}
</div>
</div>
{{/main}}
{{/content}}
{{/base}}

"""##,
        "assets/search-index.js": ##"""
/*
 * sitegen default theme: the search engine behind search.js, over the index sitegen writes to
 * public/search/<lang>/ (layout: Sources/SiteGenKit/Search/SearchIndexFormat.swift).
 * The tokenizer below repeats SearchTokenizer.swift rule for rule, so words are split and
 * folded the same way at index and query time. It exposes window.sitegenSearchEngine.
 */
(function () {
  'use strict';

  var MAX_WORD = 40;
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

  function fnv(key, count) {
    var hash = 0x811C9DC5;
    for (var i = 0; i < key.length; i++) {
      hash ^= key.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash % count;
  }

  /* The shard file of a term ("s3", "c0"); null when the index has no shard of its kind. */
  function shardOf(term, entry) {
    var chars = Array.from(term);
    var cjk = isCJK(chars[0].codePointAt(0));
    var count = cjk ? entry.cjk : entry.shards;
    if (!count) return null;
    return (cjk ? 'c' : 's') + fnv(chars.slice(0, cjk ? 1 : 3).join(''), count);
  }

  /* The vocabulary file listing the words a typo'd word may stand for: its last two letters. */
  function typoFileOf(term, entry) {
    return 't' + fnv(Array.from(term).slice(-2).join(''), entry.typo);
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

  /* A vocabulary file for typos: its words. */
  Index.prototype.vocabulary = function (name) {
    var self = this;
    if (!this.shards[name]) {
      this.shards[name] = load(this.folder + name + '.txt', 'text').then(function (text) {
        return text.split('\n').filter(function (line) { return line.length > 0; });
      });
      this.shards[name].catch(function () { delete self.shards[name]; });
    }
    return this.shards[name];
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

  /* At most this many more shards are fetched for the words a typo'd word may stand for. */
  var TYPO_SHARDS = 2;

  /* The index terms one query word matches: [{term, factor, postings}]. A word of five letters
     or more that its shard lacks may have a typo in its first three letters, which chose the
     shard: the vocabulary file of its last two letters names the words one edit away, and
     their shards are fetched. */
  function lookUp(index, entry, word) {
    return index.shard(shardOf(word.term, entry)).then(function (terms) {
      var found = matchTerms(word, terms).map(function (match) {
        return { term: match.term, factor: match.factor, postings: terms.get(match.term) };
      });
      if (found.length || word.cjk || !entry.typo || length(word.term) < 5) return found;
      var chars = Array.from(word.term);
      return index.vocabulary(typoFileOf(word.term, entry)).then(function (vocabulary) {
        var byShard = new Map();
        vocabulary.forEach(function (term) {
          if (!withinOne(chars, Array.from(term))) return;
          var name = shardOf(term, entry);
          if (!byShard.has(name)) byShard.set(name, []);
          byShard.get(name).push(term);
        });
        var names = Array.from(byShard.keys()).sort().slice(0, TYPO_SHARDS);
        return Promise.all(names.map(function (name) { return index.shard(name); })).then(function (shards) {
          names.forEach(function (name, i) {
            byShard.get(name).forEach(function (term) {
              if (shards[i].has(term)) found.push({ term: term, factor: 0.5, postings: shards[i].get(term) });
            });
          });
          return found;
        });
      });
    });
  }

  /* Scores of one index's documents: {doc: {score, words, title, terms}}; `title` counts the
     query's words found in the title (weights 48 and up), which rank before the score. */
  function scoreIndex(index, words, allowed) {
    return index.entry.then(function (entry) {
      return Promise.all(words.map(function (word) { return lookUp(index, entry, word); })).then(function (matches) {
        var scores = new Map();
        words.forEach(function (word, w) {
          var best = new Map();
          matches[w].forEach(function (match) {
            var postings = decodePostings(match.postings);
            var df = postings.length / 2;
            var idf = Math.log(1 + (entry.count - df + 0.5) / (df + 0.5));
            for (var i = 0; i < postings.length; i += 2) {
              var doc = postings[i];
              if (allowed && !allowed.has(doc)) continue;
              var value = idf * postings[i + 1] * match.factor;
              var previous = best.get(doc);
              if (!previous || previous.value < value) best.set(doc, { value: value, term: match.term, title: postings[i + 1] >= 48 });
            }
          });
          best.forEach(function (hit, doc) {
            var score = scores.get(doc) || { score: 0, words: 0, title: 0, terms: [] };
            score.score += hit.value;
            score.words += 1;
            if (hit.title) score.title += 1;
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

  window.sitegenSearchEngine = {
    tokenize: tokenize, length: length, Index: Index, scoreIndex: scoreIndex,
    facetsMatch: facetsMatch, bitmap: bitmap
  };
  // For the browser tests, which check that both tokenizers agree.
  window.sitegenSearchTokens = function (text) { return tokenize(text).map(function (token) { return token.term; }); };
})();

"""##,
        "assets/search.js": ##"""
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

"""##,
        "assets/site.css": ##"""
/*
 * sitegen default theme.
 *
 * Layout uses CSS logical properties only (inline = the reading direction, block = top to
 * bottom), so pages with <html dir="rtl"> mirror without extra rules. The only direction-specific
 * rules are the breadcrumb separator glyph and code, which always reads left to right.
 * No external fonts, images or URLs.
 */

/* ---------- Palette ---------- */

:root {
  color-scheme: light dark;

  --bg: #ffffff;
  --fg: #1f2328;
  --muted: #57606a;
  --border: #d0d7de;
  --surface: #f6f8fa;
  --link: #0a58ca;
  --link-hover: #06357a;
  --focus: #0a58ca;
  --focus-halo: #ffffff;

  --banner-bg: #fff4d6;
  --banner-border: #b7791f;
  --banner-fg: #3d2a00;

  --yes: #1a7f37;
  --no: #6e7781;

  --note: #0969da;
  --note-bg: #ddf4ff;
  --tip: #1a7f37;
  --tip-bg: #dafbe1;
  --important: #6e40c9;
  --important-bg: #f3ebff;
  --warning: #9a6700;
  --warning-bg: #fff8c5;
  --caution: #cf222e;
  --caution-bg: #ffebe9;

  --radius: 0.375rem;
  --measure: 48rem;
  --page: 84rem;
  --accent: #0a58ca;

  --font-sans: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial,
    sans-serif, "Apple Color Emoji", "Segoe UI Emoji";
  --font-mono: ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono",
    monospace;
}

@media (prefers-color-scheme: dark) {
  :root {
    --bg: #111418;
    --fg: #e6e9ed;
    --muted: #a2acb8;
    --border: #39414b;
    --surface: #1b2027;
    --link: #8cb8ff;
    --link-hover: #c2d9ff;
    --focus: #8cb8ff;
    --focus-halo: #111418;

    --banner-bg: #3a2c06;
    --banner-border: #e3b341;
    --banner-fg: #fbe7b0;

    --yes: #56d364;
    --no: #8b949e;

    --note: #58a6ff;
    --note-bg: #0f2740;
    --tip: #3fb950;
    --tip-bg: #0f2d19;
    --important: #b392f0;
    --important-bg: #2a1f45;
    --warning: #d29922;
    --warning-bg: #33270a;
    --caution: #f47067;
    --caution-bg: #3d1518;
  }
}

/* ---------- Base ---------- */

*,
*::before,
*::after {
  box-sizing: border-box;
}

[hidden] {
  display: none !important;
}

html {
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}

body {
  margin: 0;
  background: var(--bg);
  color: var(--fg);
  font-family: var(--font-sans);
  font-size: 1rem;
  line-height: 1.6;
  overflow-wrap: break-word;
}

:where(:lang(ja)) {
  font-family: system-ui, -apple-system, "Hiragino Sans", "Hiragino Kaku Gothic ProN",
    "Noto Sans JP", "Noto Sans CJK JP", "Yu Gothic UI", "Yu Gothic", Meiryo, sans-serif;
  line-break: strict;
}

:where(:lang(ar)) {
  font-family: system-ui, "Segoe UI", "Noto Sans Arabic", "Geeza Pro", Tahoma, sans-serif;
  line-height: 1.8;
  letter-spacing: normal;
}

h1,
h2,
h3,
h4,
h5,
h6 {
  line-height: 1.25;
  margin-block: 1.75em 0.5em;
}

h1 {
  font-size: 2rem;
  margin-block-start: 0.5rem;
}

h2 {
  font-size: 1.5rem;
}

h3 {
  font-size: 1.25rem;
}

h4 {
  font-size: 1.0625rem;
}

p,
ul,
ol,
dl,
pre,
table,
blockquote {
  margin-block: 0 1rem;
}

ul,
ol {
  padding-inline-start: 1.5rem;
}

li + li {
  margin-block-start: 0.25rem;
}

img,
video,
svg {
  max-width: 100%;
  height: auto;
}

hr {
  border: 0;
  border-block-start: 1px solid var(--border);
  margin-block: 2rem;
}

blockquote {
  margin-inline: 0;
  padding-inline-start: 1rem;
  border-inline-start: 4px solid var(--border);
  color: var(--muted);
}

:target {
  scroll-margin-block-start: 1rem;
}

/* ---------- Links and focus ---------- */

a {
  color: var(--link);
  text-decoration: underline;
  text-decoration-thickness: 1px;
  text-underline-offset: 0.15em;
}

a:hover {
  color: var(--link-hover);
  text-decoration-thickness: 2px;
}

:focus-visible {
  outline: 3px solid var(--focus);
  outline-offset: 2px;
  box-shadow: 0 0 0 2px var(--focus-halo);
}

/* Browsers without :focus-visible still get an outline. */
@supports not selector(:focus-visible) {
  :focus {
    outline: 3px solid var(--focus);
    outline-offset: 2px;
  }
}

/* Targets of in-page links (e.g. <main tabindex="-1"> for the skip link) need no ring. */
[tabindex="-1"]:focus {
  outline: none;
  box-shadow: none;
}

/* ---------- Accessibility utilities ---------- */

.visually-hidden {
  position: absolute !important;
  width: 1px !important;
  height: 1px !important;
  padding: 0 !important;
  margin: -1px !important;
  overflow: hidden !important;
  clip: rect(0 0 0 0) !important;
  clip-path: inset(50%) !important;
  white-space: nowrap !important;
  border: 0 !important;
}

.skip-link {
  position: absolute;
  z-index: 100;
  inset-block-start: 0;
  inset-inline-start: 1rem;
  padding-block: 0.5rem;
  padding-inline: 1rem;
  background: var(--fg);
  color: var(--bg);
  font-weight: 600;
  border-end-start-radius: var(--radius);
  border-end-end-radius: var(--radius);
  transform: translateY(-110%);
}

.skip-link:focus,
.skip-link:focus-visible {
  transform: none;
  color: var(--bg);
  outline: 3px solid var(--focus);
  outline-offset: 2px;
}

@media (prefers-reduced-motion: no-preference) {
  .skip-link {
    transition: transform 0.15s ease-out;
  }
}

/* ---------- Page frame ---------- */

.site-header,
.site-footer {
  padding-inline: max(1rem, calc((100% - var(--page)) / 2));
}

.site-header {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  justify-content: space-between;
  gap: 0.5rem 1.5rem;
  padding-block: 0.875rem;
  border-block-end: 1px solid var(--border);
}

.site-title {
  color: var(--fg);
  font-size: 1.125rem;
  font-weight: 700;
  text-decoration: none;
}

.site-title:hover {
  color: var(--link);
}

main {
  display: block;
  max-width: var(--measure);
  min-width: 0;
  margin-inline: auto;
  padding-block: 1.5rem 3rem;
  padding-inline: 1rem;
}

.site-footer {
  padding-block: 1.5rem 2rem;
  border-block-start: 1px solid var(--border);
  color: var(--muted);
  font-size: 0.875rem;
}

.site-footer p {
  margin-block: 0 0.375rem;
}

/* ---------- Search (search.js; the form works without it) ---------- */

.site-search {
  position: relative;
  display: flex;
  gap: 0.375rem;
  flex: 1 1 16rem;
  max-width: 28rem;
}

.site-search input[type="search"] {
  flex: 1;
  min-width: 0;
  padding: 0.375rem 0.5rem;
  font: inherit;
  border: 1px solid var(--border);
  border-radius: 4px;
}

.site-search button {
  font: inherit;
}

.search-panel {
  position: absolute;
  inset-block-start: 100%;
  inset-inline: 0;
  z-index: 10;
  margin-block-start: 0.25rem;
  padding: 0.75rem;
  background: var(--bg, #fff);
  border: 1px solid var(--border);
  border-radius: 4px;
  box-shadow: 0 4px 16px rgb(0 0 0 / 0.12);
  max-height: 70vh;
  overflow-y: auto;
}

.search-filters {
  display: flex;
  flex-wrap: wrap;
  gap: 0.5rem;
  font-size: 0.875rem;
}

.search-results {
  list-style: none;
  margin: 0.5rem 0 0;
  padding: 0;
}

.search-results li + li {
  border-block-start: 1px solid var(--border);
}

.search-results a {
  display: block;
  padding-block: 0.375rem 0;
  font-weight: 600;
}

.search-language,
.search-section {
  margin-inline-start: 0.5rem;
  color: var(--muted);
  font-size: 0.8125rem;
  font-weight: 400;
}

.search-snippet {
  margin-block: 0.125rem 0.375rem;
  color: var(--muted);
  font-size: 0.875rem;
}

.search-snippet mark {
  background: #fff3a3;
  color: inherit;
}

.search-empty {
  margin-block: 0.5rem 0;
}

.search-page-list {
  columns: 2 18rem;
}

/* ---------- Language switcher ---------- */

.language-switcher ul {
  display: flex;
  flex-wrap: wrap;
  gap: 0.25rem 1rem;
  margin: 0;
  padding: 0;
  list-style: none;
  font-size: 0.9375rem;
}

.language-switcher li {
  margin: 0;
}

.language-switcher a {
  text-decoration: none;
}

.language-switcher a:hover {
  text-decoration: underline;
}

.language-switcher .current {
  font-weight: 700;
}

.language-switcher .unavailable {
  color: var(--muted);
  cursor: default;
  text-decoration: none;
}

/* Root page: one link per language. */
.language-picker {
  display: grid;
  gap: 0.5rem;
  padding: 0;
  list-style: none;
}

.language-picker li {
  margin: 0;
  padding-block: 0.75rem;
  padding-inline: 1rem;
  border: 1px solid var(--border);
  border-radius: var(--radius);
}

.language-picker a {
  font-size: 1.125rem;
  font-weight: 600;
  margin-inline-end: 0.5rem;
}

.language-picker span {
  color: var(--muted);
}

/* ---------- Notices ---------- */

.banner {
  margin-block: 0 1.5rem;
  padding-block: 0.75rem;
  padding-inline: 1rem;
  background: var(--banner-bg);
  color: var(--banner-fg);
  border: 1px solid var(--banner-border);
  border-inline-start-width: 5px;
  border-radius: var(--radius);
}

.banner p {
  margin: 0;
}

.banner a {
  color: inherit;
  font-weight: 600;
}

/* ---------- Breadcrumbs ---------- */

.breadcrumbs {
  margin-block-end: 1rem;
  font-size: 0.875rem;
  color: var(--muted);
}

.breadcrumbs ol {
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  margin: 0;
  padding: 0;
  list-style: none;
}

.breadcrumbs li {
  margin: 0;
}

.breadcrumbs li + li::before {
  /* Isolated and forced LTR so the glyph is never mirrored implicitly; RTL picks its own. */
  content: "\203A";
  content: "\203A" / "";
  display: inline-block;
  direction: ltr;
  unicode-bidi: isolate;
  margin-inline: 0.5rem;
  color: var(--muted);
}

[dir="rtl"] .breadcrumbs li + li::before {
  content: "\2039";
  content: "\2039" / "";
}

.breadcrumbs [aria-current="page"] {
  color: var(--fg);
}

/* ---------- Article ---------- */

.updated {
  margin-block: -0.25rem 1.5rem;
  color: var(--muted);
  font-size: 0.875rem;
}

.lead {
  font-size: 1.125rem;
  color: var(--muted);
}

.heading-anchor {
  margin-inline-start: 0.375rem;
  padding-inline: 0.125rem;
  color: var(--muted);
  font-weight: 400;
  text-decoration: none;
  opacity: 0;
}

:is(h1, h2, h3, h4, h5, h6):hover > .heading-anchor,
.heading-anchor:focus,
.heading-anchor:focus-visible {
  opacity: 1;
}

.heading-anchor:hover {
  color: var(--link);
}

@media (hover: none) {
  .heading-anchor {
    opacity: 1;
  }
}

.scope-note {
  display: inline-block;
  margin-block: -0.125rem 1rem;
  padding-block: 0.125rem;
  padding-inline: 0.625rem;
  background: var(--surface);
  color: var(--muted);
  border: 1px solid var(--border);
  border-radius: 999px;
  font-size: 0.8125rem;
  font-weight: 600;
  line-height: 1.5;
}

/* Table of contents */

.toc {
  margin-block: 0 2rem;
  padding-block: 0.75rem;
  padding-inline: 1rem;
  background: var(--surface);
  border-inline-start: 3px solid var(--border);
  border-radius: var(--radius);
  font-size: 0.9375rem;
}

.toc-title {
  margin-block: 0 0.375rem;
  font-weight: 700;
}

.toc ul {
  margin: 0;
  padding: 0;
  list-style: none;
}

.toc li {
  margin-block: 0.25rem 0;
}

.toc li.nested {
  padding-inline-start: 1.25rem;
  font-size: 0.875rem;
}

.toc a {
  text-decoration: none;
}

.toc a:hover {
  text-decoration: underline;
}

/* Callouts */

.callout {
  --callout: var(--note);
  --callout-bg: var(--note-bg);
  margin-block: 0 1.25rem;
  padding-block: 0.75rem;
  padding-inline: 1rem;
  background: var(--callout-bg);
  border-inline-start: 4px solid var(--callout);
  border-start-end-radius: var(--radius);
  border-end-end-radius: var(--radius);
}

.callout > :last-child {
  margin-block-end: 0;
}

.callout-title {
  margin-block: 0 0.25rem;
  color: var(--callout);
  font-weight: 700;
}

.callout-note {
  --callout: var(--note);
  --callout-bg: var(--note-bg);
}

.callout-tip {
  --callout: var(--tip);
  --callout-bg: var(--tip-bg);
}

.callout-important {
  --callout: var(--important);
  --callout-bg: var(--important-bg);
}

.callout-warning {
  --callout: var(--warning);
  --callout-bg: var(--warning-bg);
}

.callout-caution {
  --callout: var(--caution);
  --callout-bg: var(--caution-bg);
}

/* Code */

code,
kbd,
samp,
pre {
  font-family: var(--font-mono);
  font-size: 0.875em;
}

:not(pre) > code {
  padding-block: 0.1em;
  padding-inline: 0.35em;
  background: var(--surface);
  border: 1px solid var(--border);
  border-radius: 0.25rem;
  /* Keeps identifiers like contacts:read in one piece inside right-to-left text. */
  unicode-bidi: plaintext;
}

pre {
  padding-block: 0.875rem;
  padding-inline: 1rem;
  overflow-x: auto;
  background: var(--surface);
  border: 1px solid var(--border);
  border-radius: var(--radius);
  line-height: 1.5;
  tab-size: 4;
  /* Code reads left to right even on right-to-left pages. */
  direction: ltr;
  text-align: start;
}

pre code {
  font-size: inherit;
  background: none;
  border: 0;
  padding: 0;
}

kbd {
  padding-block: 0.05em;
  padding-inline: 0.35em;
  border: 1px solid var(--border);
  border-block-end-width: 2px;
  border-radius: 0.25rem;
  background: var(--surface);
}

/* ---------- Tables ---------- */

table {
  border-collapse: collapse;
  border-spacing: 0;
}

caption {
  caption-side: top;
  padding-block-end: 0.5rem;
  text-align: start;
}

th,
td {
  padding-block: 0.5rem;
  padding-inline: 0.75rem;
  vertical-align: top;
  text-align: start;
}

/* Body tables from Markdown */

.article-body table {
  width: 100%;
  margin-block: 0 1.5rem;
  font-size: 0.9375rem;
}

.article-body caption {
  font-weight: 700;
}

.article-body th,
.article-body td {
  border-block-end: 1px solid var(--border);
  /* Words and code never break letter by letter: a wide table scrolls in its region instead. */
  overflow-wrap: normal;
  word-break: normal;
  min-width: 8rem;
}

.article-body td code,
.article-body th code {
  white-space: nowrap;
}

.article-body thead th {
  background: var(--surface);
  border-block-end: 2px solid var(--border);
}

.article-body tbody th {
  font-weight: 600;
}

/* Markdown column alignment arrives as inline physical styles; map it to logical values
   so right-to-left tables mirror (":---" = start, "---:" = end). */
.article-body [style*="text-align: left"] {
  text-align: start !important;
}

.article-body [style*="text-align: right"] {
  text-align: end !important;
}

/* Availability of one article (products × tiers) */

.availability {
  margin-block: 0 1.5rem;
}

.availability table {
  font-size: 0.875rem;
}

.availability caption {
  color: var(--muted);
}

.availability th,
.availability td {
  padding-block: 0.375rem;
  padding-inline: 0.75rem;
  border-block-end: 1px solid var(--border);
}

.availability thead th {
  border-block-end-width: 2px;
}

.availability td,
.availability thead th + th,
.availability-matrix td,
.availability-matrix thead th {
  text-align: center;
}

.availability tbody th,
.availability-matrix tbody th {
  font-weight: 600;
}

.mark {
  font-weight: 700;
  line-height: 1;
}

.mark.yes {
  color: var(--yes);
}

.mark.no {
  color: var(--no);
  font-weight: 400;
}

/* Site-wide availability page */

.filter {
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 0.5rem;
}

.filter label {
  font-weight: 600;
}

select,
input,
textarea,
button {
  font: inherit;
  color: inherit;
}

select {
  padding-block: 0.375rem;
  padding-inline: 0.5rem;
  background: var(--bg);
  border: 1px solid var(--muted);
  border-radius: var(--radius);
}

.table-scroll {
  position: relative;
  max-width: 100%;
  overflow-x: auto;
  margin-block: 0 1.5rem;
  border: 1px solid var(--border);
  border-radius: var(--radius);
}

.availability-matrix {
  min-width: 100%;
  font-size: 0.8125rem;
}

.availability-matrix th,
.availability-matrix td {
  padding-block: 0.375rem;
  padding-inline: 0.5rem;
  border-block-end: 1px solid var(--border);
  white-space: nowrap;
}

.availability-matrix thead th {
  background: var(--surface);
}

.availability-matrix th[scope="colgroup"] {
  border-inline-start: 1px solid var(--border);
}

/* Keep the article column in view while scrolling sideways. */
.availability-matrix tr > :first-child {
  position: sticky;
  inset-inline-start: 0;
  z-index: 1;
  min-width: 12rem;
  max-width: 20rem;
  white-space: normal;
  text-align: start;
  background: var(--bg);
  border-inline-end: 1px solid var(--border);
}

.availability-matrix thead tr > :first-child {
  background: var(--surface);
}

.availability-matrix tbody tr:hover > * {
  background: var(--surface);
}

/* ---------- Related, lists, home ---------- */

.related {
  margin-block-start: 2.5rem;
  padding-block-start: 1rem;
  border-block-start: 1px solid var(--border);
}

.related h2 {
  margin-block-start: 0;
  font-size: 1.125rem;
}

.related ul {
  padding-inline-start: 1.25rem;
}

.section-list,
.article-list {
  margin-block: 1.5rem 0;
  padding: 0;
  list-style: none;
}

.section-list li,
.article-list li {
  margin: 0;
  padding-block: 0.875rem;
  border-block-end: 1px solid var(--border);
}

.section-list li:first-child,
.article-list li:first-child {
  border-block-start: 1px solid var(--border);
}

.section-list a,
.article-list a {
  font-weight: 600;
  font-size: 1.0625rem;
}

.section-list p,
.article-list p {
  margin-block: 0.25rem 0;
  color: var(--muted);
  font-size: 0.9375rem;
}

.intro {
  margin-block-end: 2rem;
}

.categories {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
  gap: 1rem;
}

.category-card {
  padding-block: 1rem;
  padding-inline: 1.25rem;
  background: var(--surface);
  border: 1px solid var(--border);
  border-radius: 0.5rem;
}

.category-card h2 {
  margin-block: 0 0.5rem;
  font-size: 1.1875rem;
}

.category-card h2 a {
  text-decoration: none;
}

.category-card h2 a:hover {
  text-decoration: underline;
}

.category-card p {
  color: var(--muted);
  font-size: 0.9375rem;
}

.category-card ul {
  margin: 0;
  padding-inline-start: 1.125rem;
  font-size: 0.9375rem;
}

/* ---------- Feedback ---------- */

.feedback {
  margin-block-start: 2.5rem;
  padding-block: 1rem;
  padding-inline: 1.25rem;
  background: var(--surface);
  border: 1px solid var(--border);
  border-radius: 0.5rem;
}

.feedback h2 {
  margin-block: 0 0.75rem;
  font-size: 1.125rem;
}

.feedback form {
  margin: 0;
}

.feedback-buttons {
  display: flex;
  flex-wrap: wrap;
  gap: 0.5rem;
}

.feedback button {
  min-width: 5rem;
  min-height: 2.5rem;
  padding-block: 0.375rem;
  padding-inline: 1.125rem;
  background: var(--bg);
  color: var(--fg);
  border: 1px solid var(--muted);
  border-radius: var(--radius);
  cursor: pointer;
}

.feedback button:hover {
  border-color: var(--link);
  color: var(--link);
}

.feedback-comment {
  display: grid;
  gap: 0.5rem;
  justify-items: start;
}

.feedback-comment label {
  font-weight: 600;
}

.feedback textarea {
  width: 100%;
  min-height: 5rem;
  padding: 0.5rem;
  background: var(--bg);
  border: 1px solid var(--muted);
  border-radius: var(--radius);
  resize: vertical;
}

.feedback-thanks {
  margin: 0;
  font-weight: 600;
}

/* Shown when the collector sends a reader without JavaScript back to #feedback-thanks. */
.feedback-returned {
  display: none;
  margin-block-end: 0.75rem;
}

.feedback-returned:target {
  display: block;
}

/* The honeypot: out of sight for people, filled in by form-spamming bots. */
.feedback-trap {
  position: absolute;
  inset-inline-start: -10000px;
  width: 1px;
  height: 1px;
  overflow: hidden;
}

.feedback-reasons {
  display: grid;
  gap: 0.25rem;
  margin: 0;
  padding: 0;
  border: 0;
}

.feedback-reasons legend {
  margin-block-end: 0.25rem;
  padding: 0;
  font-weight: 600;
}

.feedback-reasons label {
  font-weight: normal;
}

.feedback-status:empty {
  display: none;
}

.feedback-status {
  margin-block: 0.5rem 0;
}

.feedback-status[data-state="failed"] {
  color: #b3261e;
}

.feedback-note {
  margin-block: 0.75rem 0;
  color: var(--muted);
  font-size: 0.8125rem;
}

/* ---------- Print ---------- */

@media print {
  :root {
    --bg: #ffffff;
    --fg: #000000;
    --muted: #444444;
    --border: #999999;
    --surface: #ffffff;
    --link: #000000;
  }

  body {
    font-size: 11pt;
    line-height: 1.45;
  }

  .skip-link,
  .language-switcher,
  .heading-anchor,
  .feedback,
  .filter,
  .toc {
    display: none !important;
  }

  .site-header,
  .site-footer {
    padding-inline: 0;
  }

  main {
    max-width: none;
    padding: 0;
  }

  a {
    text-decoration: underline;
  }

  .article-body a[href^="http"]::after {
    content: " (" attr(href) ")";
    font-size: 0.85em;
    overflow-wrap: anywhere;
  }

  .banner,
  .callout {
    background: none;
    color: inherit;
  }

  pre {
    white-space: pre-wrap;
    overflow: visible;
  }

  .table-scroll {
    overflow: visible;
    border: 0;
  }

  .availability-matrix th,
  .availability-matrix td,
  .availability-matrix tr > :first-child {
    position: static;
    white-space: normal;
  }

  h1,
  h2,
  h3,
  h4 {
    break-after: avoid;
  }

  tr,
  pre,
  .callout,
  .banner,
  .category-card {
    break-inside: avoid;
  }
}

/* Forced colours (Windows high contrast): keep borders that carry meaning. */
@media (forced-colors: active) {
  .callout,
  .banner,
  .scope-note,
  .toc {
    border-color: CanvasText;
  }

  .language-switcher .unavailable {
    color: GrayText;
  }
}

/* ---------- Layout: sidebar, article, sticky table of contents ---------- */

main:has(> .layout),
main:has(> .categories),
main:has(.availability-matrix) {
  max-width: var(--page);
}

/* The home page spans the header's width; its text keeps a readable measure. */
main:has(> .categories) > :not(.categories) {
  max-width: var(--measure);
}

.site-header {
  justify-content: flex-start;
  border-block-start: 4px solid var(--accent);
}

/* The search issue fills this slot; empty, it only pushes the rest to the end. */
.header-search {
  flex: 1 1 0;
  min-width: 0;
}

.header-search:not(:empty) {
  flex-basis: 12rem;
}

.layout-main {
  min-width: 0;
}

.sidebar {
  margin-block: 0 1.25rem;
  border: 1px solid var(--border);
  border-radius: var(--radius);
  font-size: 0.9375rem;
}

.sidebar > summary {
  padding-block: 0.5rem;
  padding-inline: 0.75rem;
  font-weight: 600;
  cursor: pointer;
}

.section-nav {
  padding-block: 0.25rem 0.75rem;
  padding-inline: 0.75rem;
}

.section-nav ul {
  margin: 0;
  padding: 0;
  list-style: none;
}

.section-nav ul ul {
  padding-inline-start: 0.75rem;
  border-inline-start: 1px solid var(--border);
}

.section-nav li {
  margin: 0;
}

.section-nav a {
  display: block;
  padding-block: 0.25rem;
  padding-inline: 0.5rem;
  border-radius: 0.25rem;
  color: var(--fg);
  text-decoration: none;
}

.section-nav a:hover {
  color: var(--link);
  text-decoration: underline;
}

.section-nav a[aria-current="page"] {
  background: var(--surface);
  color: var(--link);
  font-weight: 600;
  box-shadow: inset 3px 0 0 var(--accent);
}

[dir="rtl"] .section-nav a[aria-current="page"] {
  box-shadow: inset -3px 0 0 var(--accent);
}

.section-nav summary {
  padding-block: 0.25rem;
  font-weight: 600;
  cursor: pointer;
}

@media (min-width: 64rem) {
  .layout {
    display: grid;
    grid-template-columns: 15rem minmax(0, 1fr);
    gap: 2.5rem;
    align-items: start;
  }

  .sidebar {
    position: sticky;
    inset-block-start: 1rem;
    max-height: calc(100vh - 2rem);
    overflow-y: auto;
    border: 0;
  }

  .sidebar[open] > summary {
    display: none;
  }

  .section-nav {
    padding: 0;
  }
}

@media (min-width: 75rem) {
  .article {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 13rem;
    column-gap: 2.5rem;
  }

  .article > * {
    grid-column: 1;
  }

  .article > .toc {
    grid-column: 2;
    grid-row: 1 / span 40;
    align-self: start;
    position: sticky;
    inset-block-start: 1rem;
    margin: 0;
  }
}

/* ---------- Availability summary ---------- */

details.availability {
  margin-block: 0 1.5rem;
  padding-block: 0.5rem;
  padding-inline: 0.75rem;
  border: 1px solid var(--border);
  border-radius: var(--radius);
  background: var(--surface);
  font-size: 0.9375rem;
}

details.availability > summary {
  cursor: pointer;
}

.availability-label {
  font-weight: 600;
}

details.availability .table-scroll {
  margin-block: 0.75rem 0;
  background: var(--bg);
}

/* ---------- Tables in their own scroll region ---------- */

.table-scroll:focus-visible {
  outline: 2px solid var(--focus);
  outline-offset: 2px;
}

.article-body .table-scroll table {
  margin: 0;
}

/* ---------- Language menu ---------- */

.language-menu {
  position: relative;
  font-size: 0.9375rem;
}

.language-menu > summary {
  padding-block: 0.25rem;
  padding-inline: 0.625rem;
  border: 1px solid var(--border);
  border-radius: var(--radius);
  cursor: pointer;
}

.language-menu nav {
  position: absolute;
  inset-inline-end: 0;
  z-index: 5;
  min-width: 14rem;
  margin-block-start: 0.25rem;
  padding-block: 0.375rem;
  padding-inline: 0.75rem;
  border: 1px solid var(--border);
  border-radius: var(--radius);
  background: var(--bg);
  box-shadow: 0 4px 16px rgb(0 0 0 / 15%);
}

.language-menu ul {
  margin: 0;
  padding: 0;
  list-style: none;
}

.language-menu li {
  padding-block: 0.25rem;
}

.language-menu .current {
  font-weight: 700;
}

.language-menu .unavailable,
.lang-note {
  color: var(--muted);
}

.lang-note {
  font-size: 0.8125rem;
}

/* A title shown in the original language, not the reader's. */
.lang-badge {
  display: inline-block;
  margin-inline-start: 0.25rem;
  padding-inline: 0.375rem;
  border: 1px solid var(--border);
  border-radius: 0.25rem;
  color: var(--muted);
  font-size: 0.75rem;
  font-weight: 400;
  vertical-align: middle;
}

/* ---------- Previous / next, footer ---------- */

.pager {
  display: flex;
  flex-wrap: wrap;
  justify-content: space-between;
  gap: 1rem;
  margin-block-start: 2.5rem;
}

.pager a {
  display: flex;
  flex-direction: column;
  flex: 1 1 14rem;
  padding-block: 0.75rem;
  padding-inline: 1rem;
  border: 1px solid var(--border);
  border-radius: var(--radius);
  text-decoration: none;
}

.pager-next {
  text-align: end;
}

.pager-label {
  color: var(--muted);
  font-size: 0.8125rem;
}

.site-footer li {
  margin: 0;
}

.site-footer ul {
  display: flex;
  flex-wrap: wrap;
  gap: 0.5rem 1.5rem;
  margin-block: 0 0.75rem;
  padding: 0;
  list-style: none;
}

/* ---------- Copy button (added by theme.js) ---------- */

.code-block {
  position: relative;
}

.copy-code {
  position: absolute;
  inset-block-start: 0.375rem;
  inset-inline-end: 0.375rem;
  padding-block: 0.125rem;
  padding-inline: 0.5rem;
  border: 1px solid var(--border);
  border-radius: 0.25rem;
  background: var(--bg);
  font-size: 0.8125rem;
  cursor: pointer;
}

@media print {
  .sidebar,
  .language-menu,
  .header-search,
  .pager,
  .copy-code {
    display: none !important;
  }

  .layout,
  .article {
    display: block !important;
  }

  details.availability .table-scroll {
    display: block;
  }
}

/* ---------- Brand ---------- */

.site-title {
  display: inline-flex;
  align-items: center;
  gap: 0.5rem;
}

.site-logo {
  width: auto;
  height: 2rem;
}

.header-support {
  font-size: 0.9375rem;
}

/* On phones the support link stays in the footer: the header keeps to one line. */
@media (max-width: 40rem) {
  .header-support {
    display: none;
  }
}

@media (max-width: 40rem) {
  /* Title and language menu share the first row (a long title wraps in its own box); the
     search form takes a row of its own below them. */
  .site-header {
    gap: 0.75rem;
  }

  .site-title {
    flex: 1 1 0;
    min-width: 0;
    font-size: 1rem;
  }

  .header-search:not(:empty) {
    order: 10;
    flex: 1 1 100%;
  }

  .language-menu {
    flex: none;
  }
}

/* Buttons in the theme's colours: the browser's own dark-mode button grey is too low in contrast. */
.site-search button {
  padding-block: 0.25rem;
  padding-inline: 0.75rem;
  border: 1px solid var(--muted);
  border-radius: var(--radius);
  background: var(--surface);
  color: var(--fg);
  cursor: pointer;
}

"""##,
        "assets/site.js": ##"""
/*
 * sitegen default theme: optional enhancements. Every page works without this file.
 *  1. Feedback forms ([data-feedback]) are sent in the background.
 *  2. The root language picker ([data-language-picker]) follows the browser's languages.
 * (The availability page's product filter is in theme.js.)
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

  // One id per page view: the vote and a later comment on it are one record at the collector.
  function newVoteID() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var bytes = new Uint8Array(16);
    if (window.crypto && crypto.getRandomValues) {
      crypto.getRandomValues(bytes);
    } else {
      for (var i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
    }
    return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join('');
  }

  function initFeedback(form) {
    var buttons = form.querySelector('.feedback-buttons');
    var details = form.querySelector('[data-feedback-details]');
    var sendButton = form.querySelector('[data-comment]');
    var status = form.querySelector('[data-feedback-status]');
    var retry = form.querySelector('[data-feedback-retry]');
    var textarea = details ? details.querySelector('textarea') : null;
    var strings = {
      sending: form.getAttribute('data-sending') || '',
      failed: form.getAttribute('data-failed') || '',
      thanks: form.getAttribute('data-thanks') || ''
    };
    var voteInput = form.querySelector('input[name="vote"]');
    if (voteInput) voteInput.value = newVoteID();
    var lastClicked = null;
    var pending = null;
    var busy = false;

    // Without JavaScript the reasons and comment go with the vote; with it they come after "No".
    hide(details);
    show(sendButton);

    // For browsers without SubmitEvent.submitter.
    form.addEventListener('click', function (event) {
      var button = event.target.closest('button, input[type="submit"]');
      if (button && form.contains(button)) lastClicked = button;
    });

    function setStatus(state, text) {
      if (!status) return;
      status.setAttribute('data-state', state);
      status.textContent = text;
    }

    function setDisabled(disabled) {
      Array.prototype.forEach.call(form.querySelectorAll('button, textarea, input'), function (control) {
        control.disabled = disabled;
      });
    }

    function focusStatus() {
      if (!status) return;
      status.setAttribute('tabindex', '-1');
      status.focus();
    }

    function finish(step) {
      if (step === 'vote-no' && details) {
        hide(buttons);
        show(details);
        setStatus('', '');
        if (textarea) textarea.focus();
      } else {
        hide(buttons);
        hide(details);
        setStatus('thanks', strings.thanks);
        focusStatus();
      }
    }

    function fail() {
      // The comment stays in the textarea; retry sends exactly the same data again.
      setStatus('failed', strings.failed);
      show(retry);
      if (retry) retry.focus();
    }

    function post(data, step) {
      busy = true;
      pending = { data: data, step: step };
      hide(retry);
      setDisabled(true);
      setStatus('sending', strings.sending);
      var controller = window.AbortController ? new AbortController() : null;
      var timer = controller ? setTimeout(function () { controller.abort(); }, 10000) : null;
      var body = new URLSearchParams(data);
      body.set('reply', 'json');
      var request;
      try {
        request = fetch(form.action, {
          method: 'POST',
          body: body,
          mode: 'cors',
          credentials: 'omit',
          keepalive: true,
          signal: controller ? controller.signal : undefined
        });
      } catch (error) {
        request = Promise.reject(error);
      }
      request.then(function (response) {
        if (!response.ok) throw new Error('status ' + response.status);
        pending = null;
        finish(step);
      }).catch(function () {
        fail();
      }).then(function () {
        if (timer) clearTimeout(timer);
        busy = false;
        setDisabled(false);
      });
    }

    form.addEventListener('submit', function (event) {
      var submitter = event.submitter || lastClicked;
      lastClicked = null;
      event.preventDefault();
      if (busy || !submitter) return;
      var data = new FormData(form);
      data.append('helpful', submitter.value);
      var isComment = submitter.hasAttribute('data-comment');
      if (!isComment) {
        // The first step is the vote alone; reasons and comment follow on the same vote id.
        data.delete('reasons');
        data.delete('comment');
      }
      post(data, isComment ? 'comment' : (submitter.value === 'no' ? 'vote-no' : 'vote-yes'));
    });

    if (retry) {
      retry.addEventListener('click', function () {
        if (pending && !busy) post(pending.data, pending.step);
      });
    }
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

  /* ---------- Start ---------- */

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll('form[data-feedback]'), initFeedback);

    var picker = document.querySelector('[data-language-picker]');
    if (picker) initLanguagePicker(picker);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();

"""##,
        "assets/theme.js": ##"""
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

"""##,
        "availability.mustache": ##"""
{{% CONTENT_TYPE: HTML }}
{{<base}}
{{$content}}
{{#main}}
<h1>{{title}}</h1>
<p>{{t.availability_page_intro}}</p>
<p class="filter" data-product-filter data-status-all="{{t.availability_filter_all}}" data-status="{{t.availability_filter_status}}" hidden>
<label for="product-filter">{{t.availability_filter_label}}</label>
<select id="product-filter">
<option value="">{{t.all_products}}</option>
{{#products}}
<option value="{{id}}">{{name}}</option>
{{/products}}
</select>
</p>
<p class="visually-hidden" role="status" aria-live="polite" data-filter-status></p>
<div class="table-scroll" tabindex="0" role="region" aria-label="{{title}}">
<table class="availability-matrix">
<thead>
<tr><td></td>{{#groups}}<th scope="colgroup" colspan="{{span}}" data-product="{{id}}">{{name}}</th>{{/groups}}</tr>
<tr><th scope="col">{{t.article}}</th>{{#tierNames}}<th scope="col" data-product="{{product}}">{{name}}</th>{{/tierNames}}</tr>
</thead>
<tbody>
{{#rows}}
<tr data-products="{{productIDs}}"><th scope="row"><a href="{{href}}">{{title}}</a></th>{{#appliesToAll}}<td class="all" colspan="{{columnCount}}">{{t.availability_unrestricted}}</td>{{/appliesToAll}}{{#cells}}<td data-product="{{product}}">{{#available}}<span class="mark yes" aria-hidden="true">✓</span>{{/available}}{{^available}}<span class="mark no" aria-hidden="true">–</span>{{/available}}<span class="visually-hidden">{{label}}</span></td>{{/cells}}</tr>
{{/rows}}
</tbody>
</table>
</div>
{{/main}}
{{/content}}
{{/base}}

"""##,
        "base.mustache": ##"""
{{% CONTENT_TYPE: HTML }}
<!DOCTYPE html>
<html lang="{{page.lang}}" dir="{{page.dir}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{page.title}}</title>
{{#page.description}}
<meta name="description" content="{{page.description}}">
<meta property="og:description" content="{{page.description}}">
{{/page.description}}
{{#page.noindex}}
<meta name="robots" content="noindex">
{{/page.noindex}}
{{#page.canonicalURL}}
<link rel="canonical" href="{{page.canonicalURL}}">
<meta property="og:url" content="{{page.canonicalURL}}">
{{/page.canonicalURL}}
{{#page.alternates}}
<link rel="alternate" hreflang="{{hreflang}}" href="{{href}}">
{{/page.alternates}}
<meta property="og:title" content="{{page.title}}">
<meta property="og:type" content="{{page.ogType}}">
<meta property="og:locale" content="{{page.locale}}">
<meta property="og:site_name" content="{{page.siteTitle}}">
<link rel="icon" href="{{page.brand.favicon}}">
<link rel="stylesheet" href="{{page.assets.site_css}}">
{{#page.brand.accent}}<style>:root{--accent:{{page.brand.accent}}}@media not (prefers-color-scheme:dark){:root{--link:{{page.brand.accent}};--focus:{{page.brand.accent}}}}</style>
{{/page.brand.accent}}{{#page.jsonLD}}
<script type="application/ld+json">{{{page.jsonLD}}}</script>
{{/page.jsonLD}}
</head>
<body>
<a class="skip-link" href="#main">{{t.skip_to_content}}</a>
{{> partials/header}}
<main id="main" tabindex="-1">
{{$content}}{{/content}}
</main>
{{> partials/footer}}
<script src="{{page.assets.site_js}}" defer></script>
<script src="{{page.assets.theme_js}}" defer></script>
<script src="{{page.assets.search_index_js}}" defer></script>
<script src="{{page.assets.search_js}}" defer></script>
</body>
</html>

"""##,
        "category.mustache": ##"""
{{% CONTENT_TYPE: HTML }}
{{<base}}
{{$content}}
{{#main}}
<div class="layout">
{{> partials/sidebar}}
<div class="layout-main">
{{#banners}}
<div class="banner" role="note"><p>{{text}}</p></div>
{{/banners}}
{{> partials/breadcrumbs}}
<h1{{#bodyLang}} lang="{{bodyLang}}" dir="{{bodyDir}}"{{/bodyLang}}>{{title}}</h1>
{{#description}}<p class="lead"{{#bodyLang}} lang="{{bodyLang}}" dir="{{bodyDir}}"{{/bodyLang}}>{{description}}</p>{{/description}}
<div class="section-body"{{#bodyLang}} lang="{{bodyLang}}" dir="{{bodyDir}}"{{/bodyLang}}>
{{{html}}}
</div>
{{#hasSections}}
<ul class="section-list">
{{#sections}}
<li><a href="{{href}}"{{#lang}} hreflang="{{lang}}" lang="{{lang}}" dir="{{dir}}"{{/lang}}>{{title}}</a>{{#badge}} <span class="lang-badge" lang="{{lang}}" dir="{{dir}}">{{badge}}</span>{{/badge}}{{#description}}<p{{#lang}} lang="{{lang}}"{{/lang}}>{{description}}</p>{{/description}}</li>
{{/sections}}
</ul>
{{/hasSections}}
{{#hasArticles}}
<ul class="article-list">
{{#articles}}
<li><a href="{{href}}"{{#lang}} hreflang="{{lang}}" lang="{{lang}}" dir="{{dir}}"{{/lang}}>{{title}}</a>{{#badge}} <span class="lang-badge" lang="{{lang}}" dir="{{dir}}">{{badge}}</span>{{/badge}}{{#description}}<p{{#lang}} lang="{{lang}}" dir="{{dir}}"{{/lang}}>{{description}}</p>{{/description}}</li>
{{/articles}}
</ul>
{{/hasArticles}}
</div>
</div>
{{/main}}
{{/content}}
{{/base}}

"""##,
        "home.mustache": ##"""
{{% CONTENT_TYPE: HTML }}
{{<base}}
{{$content}}
{{#main}}
{{#banners}}
<div class="banner" role="note"><p>{{text}}</p></div>
{{/banners}}
<h1{{#bodyLang}} lang="{{bodyLang}}" dir="{{bodyDir}}"{{/bodyLang}}>{{title}}</h1>
<div class="intro"{{#bodyLang}} lang="{{bodyLang}}" dir="{{bodyDir}}"{{/bodyLang}}>
{{{html}}}
</div>
<div class="categories">
{{#categories}}
<section class="category-card">
<h2><a href="{{href}}"{{#lang}} hreflang="{{lang}}" lang="{{lang}}"{{/lang}}>{{title}}</a></h2>
{{#description}}<p{{#lang}} lang="{{lang}}"{{/lang}}>{{description}}</p>{{/description}}
<ul>
{{#sections}}
<li class="subsection"><a href="{{href}}"{{#lang}} hreflang="{{lang}}" lang="{{lang}}" dir="{{dir}}"{{/lang}}>{{title}}</a>{{#badge}} <span class="lang-badge" lang="{{lang}}" dir="{{dir}}">{{badge}}</span>{{/badge}}</li>
{{/sections}}
{{#articles}}
<li><a href="{{href}}"{{#lang}} hreflang="{{lang}}" lang="{{lang}}" dir="{{dir}}"{{/lang}}>{{title}}</a>{{#badge}} <span class="lang-badge" lang="{{lang}}" dir="{{dir}}">{{badge}}</span>{{/badge}}</li>
{{/articles}}
</ul>
</section>
{{/categories}}
{{#hasUncategorized}}
<section class="category-card">
<h2>{{t.more_articles}}</h2>
<ul>
{{#uncategorized}}
<li><a href="{{href}}"{{#lang}} hreflang="{{lang}}" lang="{{lang}}" dir="{{dir}}"{{/lang}}>{{title}}</a>{{#badge}} <span class="lang-badge" lang="{{lang}}" dir="{{dir}}">{{badge}}</span>{{/badge}}</li>
{{/uncategorized}}
</ul>
</section>
{{/hasUncategorized}}
</div>
{{/main}}
{{/content}}
{{/base}}

"""##,
        "i18n/ar.yml": ##"""
# نصوص واجهة القالب الافتراضي (العربية). يملأ sitegen العناصر النائبة الموضوعة بين الأقواس المعقوصة.
skip_to_content: انتقل إلى المحتوى الرئيسي
language_switcher: اللغة
language_unavailable: "{language}: لم تُترجم بعد"
breadcrumbs: مسار التنقل
home: الرئيسية
last_updated: "آخر تحديث:"
on_this_page: في هذه الصفحة
related_articles: مقالات ذات صلة
more_articles: مزيد من المقالات
availability_caption: "متاح مع أي من الاشتراكات التالية، ما لم يُذكر خلاف ذلك:"
availability_yes: "{tier}: مشمول"
availability_no: "{tier}: غير مشمول"
product: المنتج
article: المقالة
machine_translation_notice: "تُرجمت هذه المقالة آليًا، لذا لا نضمن دقتها."
view_original: "اقرأ النص الأصلي ({language})"
fallback_notice: "لم تُترجم هذه المقالة إلى هذه اللغة بعد، لذا تقرأ النص الأصلي."
page_fallback_notice: "لم تُترجم هذه الصفحة إلى هذه اللغة بعد، لذا تقرأ النص الأصلي."
feedback_question: هل كانت هذه المقالة مفيدة؟
feedback_yes: "نعم"
feedback_no: "لا"
feedback_note: "يقتصر هذا النموذج على جمع الملاحظات حول الوثائق."
feedback_support: "للحصول على مساعدة بشأن حسابك، تواصل مع فريق الدعم."
feedback_comment_label: "ما الذي كان ناقصًا أو غير صحيح؟ (اختياري)"
feedback_send: إرسال
feedback_thanks: شكرًا لك على ملاحظاتك.
feedback_reasons_legend: "ما المشكلة؟ (اختياري)"
feedback_reason_missing: "معلومات ناقصة"
feedback_reason_inaccurate: "معلومات غير دقيقة"
feedback_reason_unclear: "صعبة الفهم"
feedback_reason_broken: "رابط أو صورة معطلة"
feedback_reason_other: "أخرى"
feedback_sending: "جارٍ الإرسال…"
feedback_failed: "تعذّر إرسال ملاحظاتك. تعليقك محفوظ: حاول مرة أخرى."
feedback_retry: "إعادة المحاولة"
callout_note: ملاحظة
callout_tip: نصيحة
callout_important: مهم
callout_warning: تحذير
callout_caution: تنبيه
scope_only: "{items} فقط"
list_separator: "، "
not_found_title: الصفحة غير موجودة
not_found_text: "الصفحة التي تبحث عنها غير موجودة أو نُقلت إلى مكان آخر."
back_home: الانتقال إلى الصفحة الرئيسية لمركز المساعدة
availability_page_title: التوفر حسب الباقة
availability_page_intro: "توضح هذه الصفحة المقالات التي تنطبق على كل منتج وكل مستوى من مستويات الباقات."
availability_filter_label: "عرض المقالات الخاصة بـ:"
all_products: جميع المنتجات
outdated_notice: "حُدِّث النص الأصلي بعد إعداد هذه الترجمة، لذا قد تكون بعض أجزائها قديمة."
availability_unrestricted: "جميع المنتجات والباقات"
table: "جدول"
available_with: "متاح مع:"
availability_details: "جميع المنتجات والخطط"
source_original: "النص الإنجليزي الأصلي"
nav_sections: "أقسام مركز المساعدة"
sections_menu: "تصفح الأقسام"
previous: "السابق"
next: "التالي"
contact_support: "تواصل مع الدعم"
copy_code: "نسخ"
code_copied: "تم النسخ"
availability_filter_status: "عرض {product}"
availability_filter_all: "عرض جميع المنتجات"
search_label: "ابحث في مركز المساعدة"
search_placeholder: "بحث"
search_button: "بحث"
search_results: "{count} نتيجة"
search_one_result: "نتيجة واحدة"
search_no_results: "لا توجد نتائج لـ «{query}»"
search_in_language: "باللغة: {language}"
search_filter_all: "الكل"
search_filter_tier: "الخطة"
search_filter_section: "القسم"
search_loading: "جارٍ البحث…"
search_page_title: "البحث"
search_all_articles: "كل المقالات أبجديًا"

"""##,
        "i18n/de.yml": ##"""
# Texte der Benutzeroberfläche des Standard-Themes (Deutsch). Platzhalter in geschweiften Klammern füllt sitegen aus.
skip_to_content: Zum Hauptinhalt springen
language_switcher: Sprache
language_unavailable: "{language}: noch nicht übersetzt"
breadcrumbs: Navigationspfad
home: Startseite
last_updated: "Zuletzt aktualisiert:"
on_this_page: Auf dieser Seite
related_articles: Verwandte Artikel
more_articles: Weitere Artikel
availability_caption: "Verfügbar mit jedem der folgenden Abonnements, sofern nicht anders angegeben:"
availability_yes: "{tier}: enthalten"
availability_no: "{tier}: nicht enthalten"
product: Produkt
article: Artikel
machine_translation_notice: "Dieser Artikel wurde maschinell übersetzt. Für die Richtigkeit der Übersetzung können wir daher keine Gewähr übernehmen."
view_original: "Original lesen ({language})"
fallback_notice: "Dieser Artikel wurde noch nicht in diese Sprache übersetzt; Sie lesen das Original."
page_fallback_notice: "Diese Seite wurde noch nicht in diese Sprache übersetzt; Sie lesen das Original."
feedback_question: War dieser Artikel hilfreich?
feedback_yes: "Ja"
feedback_no: "Nein"
feedback_note: "Über dieses Formular erfassen wir nur Rückmeldungen zur Dokumentation."
feedback_support: "Wenn Sie Hilfe zu Ihrem Konto benötigen, wenden Sie sich an den Support."
feedback_comment_label: "Was hat gefehlt oder war falsch? (optional)"
feedback_send: Senden
feedback_thanks: Vielen Dank für Ihre Rückmeldung.
feedback_reasons_legend: "Was war das Problem? (optional)"
feedback_reason_missing: "Fehlende Informationen"
feedback_reason_inaccurate: "Fehlerhaft"
feedback_reason_unclear: "Schwer verständlich"
feedback_reason_broken: "Defekter Link oder defektes Bild"
feedback_reason_other: "Sonstiges"
feedback_sending: "Wird gesendet…"
feedback_failed: "Ihre Rückmeldung konnte nicht gesendet werden. Ihr Kommentar bleibt erhalten: Versuchen Sie es erneut."
feedback_retry: "Erneut versuchen"
callout_note: Hinweis
callout_tip: Tipp
callout_important: Wichtig
callout_warning: Warnung
callout_caution: Vorsicht
scope_only: "Nur {items}"
list_separator: ", "
not_found_title: Seite nicht gefunden
not_found_text: "Die gesuchte Seite existiert nicht oder wurde verschoben."
back_home: Zur Startseite des Hilfe-Centers
availability_page_title: Verfügbarkeit nach Tarif
availability_page_intro: "Welche Artikel für welche Produkte und Tarifstufen gelten."
availability_filter_label: "Artikel anzeigen für:"
all_products: Alle Produkte
outdated_notice: "Das Original wurde nach dieser Übersetzung aktualisiert. Einige Teile sind daher möglicherweise nicht mehr aktuell."
availability_unrestricted: "Alle Produkte und Tarife"
table: "Tabelle"
available_with: "Verfügbar mit:"
availability_details: "Alle Produkte und Tarife"
source_original: "Englisches Original"
nav_sections: "Bereiche des Hilfe-Centers"
sections_menu: "Bereiche durchsuchen"
previous: "Zurück"
next: "Weiter"
contact_support: "Support kontaktieren"
copy_code: "Kopieren"
code_copied: "Kopiert"
availability_filter_status: "Angezeigt: {product}"
availability_filter_all: "Alle Produkte angezeigt"
search_label: "Hilfe-Center durchsuchen"
search_placeholder: "Suchen"
search_button: "Suchen"
search_results: "{count} Ergebnisse"
search_one_result: "1 Ergebnis"
search_no_results: "Keine Ergebnisse für „{query}“"
search_in_language: "Auf {language}"
search_filter_all: "Alle"
search_filter_tier: "Tarif"
search_filter_section: "Bereich"
search_loading: "Suche läuft…"
search_page_title: "Suche"
search_all_articles: "Alle Artikel von A bis Z"

"""##,
        "i18n/en.yml": ##"""
# UI strings of the default theme. Placeholders in braces are filled in by sitegen.
skip_to_content: Skip to main content
language_switcher: Language
language_unavailable: "{language}: not translated yet"
breadcrumbs: Breadcrumbs
home: Home
last_updated: "Last updated:"
on_this_page: On this page
related_articles: Related articles
more_articles: More articles
availability_caption: "Available with any of the following subscriptions, except where noted:"
availability_yes: "{tier}: included"
availability_no: "{tier}: not included"
product: Product
article: Article
machine_translation_notice: "This article was translated by machine, so its accuracy is not guaranteed."
view_original: "Read the original in {language}"
fallback_notice: "This article has not been translated into this language yet, so you are reading the original."
page_fallback_notice: "This page has not been translated into this language yet, so you are reading the original."
feedback_question: Was this article helpful?
feedback_yes: "Yes"
feedback_no: "No"
feedback_note: "This form only collects feedback on the documentation."
feedback_support: "To get help with your account, contact support."
feedback_comment_label: "What was missing or wrong? (optional)"
feedback_send: Send
feedback_thanks: Thank you for your feedback.
feedback_reasons_legend: "What went wrong? (optional)"
feedback_reason_missing: "Missing information"
feedback_reason_inaccurate: "Inaccurate"
feedback_reason_unclear: "Hard to understand"
feedback_reason_broken: "Broken link or image"
feedback_reason_other: "Other"
feedback_sending: "Sending…"
feedback_failed: "Your feedback could not be sent. Your comment is kept: try again."
feedback_retry: "Try again"
callout_note: Note
callout_tip: Tip
callout_important: Important
callout_warning: Warning
callout_caution: Caution
scope_only: "{items} only"
list_separator: ", "
not_found_title: Page not found
not_found_text: "The page you were looking for does not exist or has moved."
back_home: Go to the help center home page
availability_page_title: Availability by plan
availability_page_intro: "Which articles apply to which products and plan tiers."
availability_filter_label: "Show articles for:"
all_products: All products
outdated_notice: "The original was updated after this translation, so parts of it may be out of date."
availability_unrestricted: "All products and plans"
table: "Table"
available_with: "Available with:"
availability_details: "All products and plans"
source_original: "English original"
nav_sections: "Help center sections"
sections_menu: "Browse sections"
previous: "Previous"
next: "Next"
contact_support: "Contact support"
copy_code: "Copy"
code_copied: "Copied"
availability_filter_status: "Showing {product}"
availability_filter_all: "Showing all products"
search_label: "Search the help center"
search_placeholder: "Search"
search_button: "Search"
search_results: "{count} results"
search_one_result: "1 result"
search_no_results: "No results for “{query}”"
search_in_language: "In {language}"
search_filter_all: "All"
search_filter_tier: "Plan"
search_filter_section: "Section"
search_loading: "Searching…"
search_page_title: "Search"
search_all_articles: "All articles, A–Z"

"""##,
        "i18n/es.yml": ##"""
# Textos de la interfaz del tema predeterminado (español). sitegen rellena los marcadores entre llaves.
skip_to_content: Saltar al contenido principal
language_switcher: Idioma
language_unavailable: "{language}: aún no está traducido"
breadcrumbs: Ruta de navegación
home: Inicio
last_updated: "Última actualización:"
on_this_page: En esta página
related_articles: Artículos relacionados
more_articles: Más artículos
availability_caption: "Disponible con cualquiera de las siguientes suscripciones, salvo que se indique lo contrario:"
availability_yes: "{tier}: incluido"
availability_no: "{tier}: no incluido"
product: Producto
article: Artículo
machine_translation_notice: "Este artículo se ha traducido automáticamente, por lo que no se garantiza su exactitud."
view_original: "Leer el original ({language})"
fallback_notice: "Este artículo aún no se ha traducido a este idioma, así que está leyendo el original."
page_fallback_notice: "Esta página aún no se ha traducido a este idioma, así que está leyendo el original."
feedback_question: ¿Te ha resultado útil este artículo?
feedback_yes: "Sí"
feedback_no: "No"
feedback_note: "Este formulario solo recoge comentarios sobre la documentación."
feedback_support: "Si necesitas ayuda con tu cuenta, ponte en contacto con el equipo de soporte."
feedback_comment_label: "¿Qué faltaba o qué estaba mal? (opcional)"
feedback_send: Enviar
feedback_thanks: Gracias por tus comentarios.
feedback_reasons_legend: "¿Qué ha fallado? (opcional)"
feedback_reason_missing: "Falta información"
feedback_reason_inaccurate: "Información incorrecta"
feedback_reason_unclear: "Difícil de entender"
feedback_reason_broken: "Enlace o imagen rotos"
feedback_reason_other: "Otro"
feedback_sending: "Enviando…"
feedback_failed: "No se han podido enviar tus comentarios. Tu comentario se conserva: inténtalo de nuevo."
feedback_retry: "Reintentar"
callout_note: Nota
callout_tip: Consejo
callout_important: Importante
callout_warning: Advertencia
callout_caution: Precaución
scope_only: "Solo {items}"
list_separator: ", "
not_found_title: Página no encontrada
not_found_text: "La página que buscas no existe o se ha movido."
back_home: Ir a la página de inicio del centro de ayuda
availability_page_title: Disponibilidad por plan
availability_page_intro: "Qué artículos se aplican a cada producto y nivel de plan."
availability_filter_label: "Mostrar artículos de:"
all_products: Todos los productos
outdated_notice: "El original se actualizó después de esta traducción, por lo que algunas partes pueden estar desactualizadas."
availability_unrestricted: "Todos los productos y planes"
table: "Tabla"
available_with: "Disponible con:"
availability_details: "Todos los productos y planes"
source_original: "Original en inglés"
nav_sections: "Secciones del centro de ayuda"
sections_menu: "Ver secciones"
previous: "Anterior"
next: "Siguiente"
contact_support: "Contactar con soporte"
copy_code: "Copiar"
code_copied: "Copiado"
availability_filter_status: "Mostrando {product}"
availability_filter_all: "Mostrando todos los productos"
search_label: "Buscar en el centro de ayuda"
search_placeholder: "Buscar"
search_button: "Buscar"
search_results: "{count} resultados"
search_one_result: "1 resultado"
search_no_results: "No hay resultados para «{query}»"
search_in_language: "En {language}"
search_filter_all: "Todos"
search_filter_tier: "Plan"
search_filter_section: "Sección"
search_loading: "Buscando…"
search_page_title: "Búsqueda"
search_all_articles: "Todos los artículos, de la A a la Z"

"""##,
        "i18n/fr.yml": ##"""
# Textes de l'interface du thème par défaut (français). Les paramètres entre accolades sont remplis par sitegen.
# "\u00A0" est une espace insécable, à placer avant « : ? ! ».
skip_to_content: Aller au contenu principal
language_switcher: Langue
language_unavailable: "{language}\u00A0: pas encore traduit"
breadcrumbs: Fil d'Ariane
home: Accueil
last_updated: "Dernière mise à jour\u00A0:"
on_this_page: Sur cette page
related_articles: Articles connexes
more_articles: Autres articles
availability_caption: "Disponible avec les abonnements suivants, sauf mention contraire\u00A0:"
availability_yes: "{tier}\u00A0: inclus"
availability_no: "{tier}\u00A0: non inclus"
product: Produit
article: Article
machine_translation_notice: "Cet article a été traduit automatiquement\u00A0; son exactitude n'est donc pas garantie."
view_original: "Lire la version originale ({language})"
fallback_notice: "Cet article n’est pas encore traduit dans cette langue : vous lisez la version originale."
page_fallback_notice: "Cette page n’est pas encore traduite dans cette langue : vous lisez la version originale."
feedback_question: "Cet article vous a-t-il été utile\u00A0?"
feedback_yes: "Oui"
feedback_no: "Non"
feedback_note: "Ce formulaire sert uniquement à recueillir vos avis sur la documentation."
feedback_support: "Pour obtenir de l'aide concernant votre compte, contactez l'assistance."
feedback_comment_label: "Qu'est-ce qui manquait ou était incorrect\u00A0? (facultatif)"
feedback_send: Envoyer
feedback_thanks: Merci pour votre avis.
feedback_reasons_legend: "Qu'est-ce qui n'allait pas\u00A0? (facultatif)"
feedback_reason_missing: "Informations manquantes"
feedback_reason_inaccurate: "Informations inexactes"
feedback_reason_unclear: "Difficile à comprendre"
feedback_reason_broken: "Lien ou image cassé"
feedback_reason_other: "Autre"
feedback_sending: "Envoi en cours…"
feedback_failed: "Votre avis n'a pas pu être envoyé. Votre commentaire est conservé\u00A0: réessayez."
feedback_retry: "Réessayer"
callout_note: Remarque
callout_tip: Conseil
callout_important: Important
callout_warning: Avertissement
callout_caution: Attention
scope_only: "{items} uniquement"
list_separator: ", "
not_found_title: Page introuvable
not_found_text: "La page que vous cherchez n'existe pas ou a été déplacée."
back_home: Revenir à l'accueil du centre d'aide
availability_page_title: Disponibilité par formule
availability_page_intro: "Quels articles s'appliquent à quels produits et à quels niveaux d'abonnement."
availability_filter_label: "Afficher les articles pour\u00A0:"
all_products: Tous les produits
outdated_notice: "L'original a été modifié depuis cette traduction\u00A0: certaines parties peuvent donc ne plus être à jour."
availability_unrestricted: "Tous les produits et toutes les formules"
table: "Tableau"
available_with: "Disponible avec :"
availability_details: "Tous les produits et abonnements"
source_original: "Original anglais"
nav_sections: "Rubriques du centre d’aide"
sections_menu: "Parcourir les rubriques"
previous: "Précédent"
next: "Suivant"
contact_support: "Contacter le support"
copy_code: "Copier"
code_copied: "Copié"
availability_filter_status: "Affichage : {product}"
availability_filter_all: "Affichage de tous les produits"
search_label: "Rechercher dans le centre d'aide"
search_placeholder: "Rechercher"
search_button: "Rechercher"
search_results: "{count} résultats"
search_one_result: "1 résultat"
search_no_results: "Aucun résultat pour « {query} »"
search_in_language: "En {language}"
search_filter_all: "Tous"
search_filter_tier: "Offre"
search_filter_section: "Rubrique"
search_loading: "Recherche…"
search_page_title: "Recherche"
search_all_articles: "Tous les articles, de A à Z"

"""##,
        "i18n/ja.yml": ##"""
# デフォルトテーマの UI 文字列（日本語）。波かっこ内のプレースホルダーは sitegen が置き換えます。
skip_to_content: メインコンテンツへスキップ
language_switcher: 言語
language_unavailable: "{language}（未翻訳）"
breadcrumbs: パンくずリスト
home: ホーム
last_updated: "最終更新日:"
on_this_page: このページの内容
related_articles: 関連記事
more_articles: その他の記事
availability_caption: "以下のいずれかのプランでご利用いただけます（例外は注記のとおり）。"
availability_yes: "{tier}: 対象"
availability_no: "{tier}: 対象外"
product: 製品
article: 記事
machine_translation_notice: "この記事は機械翻訳されたものです。内容の正確性は保証されません。"
view_original: "原文（{language}）を読む"
fallback_notice: "この記事はまだこの言語に翻訳されていないため、原文を表示しています。"
page_fallback_notice: "このページはまだこの言語に翻訳されていないため、原文を表示しています。"
feedback_question: この記事は役に立ちましたか？
feedback_yes: "はい"
feedback_no: "いいえ"
feedback_note: "このフォームでは、ドキュメントに関するご意見のみを受け付けています。"
feedback_support: "アカウントに関するお問い合わせは、サポートまでご連絡ください。"
feedback_comment_label: "不足していた点や誤りを教えてください（任意）"
feedback_send: 送信
feedback_thanks: ご意見をお寄せいただきありがとうございます。
feedback_reasons_legend: "どのような問題がありましたか？（任意）"
feedback_reason_missing: "情報が不足している"
feedback_reason_inaccurate: "内容が正確でない"
feedback_reason_unclear: "わかりにくい"
feedback_reason_broken: "リンクや画像が壊れている"
feedback_reason_other: "その他"
feedback_sending: "送信しています…"
feedback_failed: "ご意見を送信できませんでした。入力したコメントは残っています。もう一度お試しください。"
feedback_retry: "再試行"
callout_note: 注記
callout_tip: ヒント
callout_important: 重要
callout_warning: 警告
callout_caution: 注意
scope_only: "{items}のみ"
list_separator: "、"
not_found_title: ページが見つかりません
not_found_text: "お探しのページは存在しないか、移動した可能性があります。"
back_home: ヘルプセンターのホームへ
availability_page_title: プラン別の対象範囲
availability_page_intro: "各記事がどの製品とプランに対応しているかを示します。"
availability_filter_label: "表示する製品:"
all_products: すべての製品
outdated_notice: "この翻訳の作成後に原文が更新されているため、一部の内容が古くなっている可能性があります。"
availability_unrestricted: "すべての製品とプラン"
table: "表"
available_with: "利用できるプラン："
availability_details: "すべての製品とプラン"
source_original: "英語の原文"
nav_sections: "ヘルプセンターのセクション"
sections_menu: "セクションを見る"
previous: "前へ"
next: "次へ"
contact_support: "サポートに問い合わせる"
copy_code: "コピー"
code_copied: "コピーしました"
availability_filter_status: "{product} を表示中"
availability_filter_all: "すべての製品を表示中"
search_label: "ヘルプセンターを検索"
search_placeholder: "検索"
search_button: "検索"
search_results: "{count} 件の結果"
search_one_result: "1 件の結果"
search_no_results: "「{query}」に一致する結果はありません"
search_in_language: "{language}"
search_filter_all: "すべて"
search_filter_tier: "プラン"
search_filter_section: "セクション"
search_loading: "検索しています…"
search_page_title: "検索"
search_all_articles: "すべての記事（五十音順・アルファベット順）"

"""##,
        "languages.mustache": ##"""
{{% CONTENT_TYPE: HTML }}
{{<base}}
{{$content}}
{{#main}}
<h1>{{page.siteTitle}}</h1>
<ul class="language-picker" data-language-picker>
{{#languages}}
<li><a href="{{href}}" hreflang="{{lang}}" lang="{{lang}}">{{title}}</a> <span lang="{{lang}}">{{description}}</span></li>
{{/languages}}
</ul>
{{/main}}
{{/content}}
{{/base}}

"""##,
        "partials/availability.mustache": ##"""
{{% CONTENT_TYPE: HTML }}
<details class="availability">
<summary><span class="availability-label">{{t.available_with}}</span> {{summary}}</summary>
<div class="table-scroll" role="region" tabindex="0" aria-label="{{t.availability_details}}">
<table>
<caption>{{caption}}</caption>
<thead>
<tr><th scope="col">{{t.product}}</th>{{#columns}}<th scope="col">{{name}}</th>{{/columns}}</tr>
</thead>
<tbody>
{{#rows}}
<tr><th scope="row">{{product}}</th>{{#cells}}<td>{{#available}}<span class="mark yes" aria-hidden="true">✓</span>{{/available}}{{^available}}<span class="mark no" aria-hidden="true">–</span>{{/available}}<span class="visually-hidden">{{label}}</span></td>{{/cells}}</tr>
{{/rows}}
</tbody>
</table>
</div>
</details>

"""##,
        "partials/breadcrumbs.mustache": ##"""
{{% CONTENT_TYPE: HTML }}
<nav class="breadcrumbs" aria-label="{{t.breadcrumbs}}">
<ol>
{{#breadcrumbs}}
<li><a href="{{href}}"{{#lang}} lang="{{lang}}" dir="{{dir}}"{{/lang}}>{{title}}</a></li>
{{/breadcrumbs}}
<li aria-current="page"{{#bodyLang}} lang="{{bodyLang}}" dir="{{bodyDir}}"{{/bodyLang}}>{{title}}</li>
</ol>
</nav>

"""##,
        "partials/feedback.mustache": ##"""
{{% CONTENT_TYPE: HTML }}
<section class="feedback" aria-labelledby="feedback-title">
<p class="feedback-thanks feedback-returned" id="feedback-thanks" tabindex="-1">{{t.feedback_thanks}}</p>
<form method="post" action="{{endpoint}}" accept-charset="utf-8" data-feedback data-sending="{{t.feedback_sending}}" data-failed="{{t.feedback_failed}}" data-thanks="{{t.feedback_thanks}}">
<h2 id="feedback-title">{{t.feedback_question}}</h2>
<input type="hidden" name="article" value="{{articleID}}">
<input type="hidden" name="language" value="{{language}}">
<input type="hidden" name="revision" value="{{revision}}">
<input type="hidden" name="return" value="{{returnURL}}">
<input type="hidden" name="vote" value="">
<div class="feedback-trap" aria-hidden="true"><label for="feedback-website">Website</label><input type="text" id="feedback-website" name="website" tabindex="-1" autocomplete="off"></div>
<div class="feedback-buttons">
<button type="submit" name="helpful" value="yes">{{t.feedback_yes}}</button>
<button type="submit" name="helpful" value="no">{{t.feedback_no}}</button>
</div>
<div class="feedback-comment" data-feedback-details>
<fieldset class="feedback-reasons">
<legend>{{t.feedback_reasons_legend}}</legend>
<label><input type="checkbox" name="reasons" value="missing-information"> {{t.feedback_reason_missing}}</label>
<label><input type="checkbox" name="reasons" value="inaccurate"> {{t.feedback_reason_inaccurate}}</label>
<label><input type="checkbox" name="reasons" value="hard-to-understand"> {{t.feedback_reason_unclear}}</label>
<label><input type="checkbox" name="reasons" value="broken-link-or-image"> {{t.feedback_reason_broken}}</label>
<label><input type="checkbox" name="reasons" value="other"> {{t.feedback_reason_other}}</label>
</fieldset>
<label for="feedback-comment">{{t.feedback_comment_label}}</label>
<textarea id="feedback-comment" name="comment" rows="3" maxlength="2000"></textarea>
<button type="submit" name="helpful" value="no" data-comment hidden>{{t.feedback_send}}</button>
</div>
<p class="feedback-status" role="status" aria-live="polite" data-feedback-status></p>
<button type="button" class="feedback-retry" data-feedback-retry hidden>{{t.feedback_retry}}</button>
</form>
<p class="feedback-note">{{t.feedback_note}} {{#supportURL}}<a href="{{supportURL}}">{{t.feedback_support}}</a>{{/supportURL}}{{^supportURL}}{{t.feedback_support}}{{/supportURL}}</p>
</section>

"""##,
        "partials/footer.mustache": ##"""
{{% CONTENT_TYPE: HTML }}
<footer class="site-footer">
<nav aria-label="{{page.siteTitle}}">
<ul>
<li><a href="{{page.homeURL}}">{{t.home}}</a></li>
{{#page.availabilityURL}}<li><a href="{{page.availabilityURL}}">{{t.availability_page_title}}</a></li>{{/page.availabilityURL}}
{{#page.brand.support}}<li><a href="{{page.brand.support}}">{{t.contact_support}}</a></li>{{/page.brand.support}}
{{#page.brand.links}}<li><a href="{{href}}">{{title}}</a></li>{{/page.brand.links}}
</ul>
</nav>
<p class="footer-title">{{page.siteTitle}}</p>
</footer>

"""##,
        "partials/header.mustache": ##"""
{{% CONTENT_TYPE: HTML }}
<header class="site-header">
<a class="site-title" href="{{page.homeURL}}">{{#page.brand.logo}}<img class="site-logo" src="{{page.brand.logo}}" alt="" height="32">{{/page.brand.logo}}{{page.siteTitle}}</a>
<div class="header-search">
<form class="site-search" role="search" action="{{page.searchURL}}" method="get" data-search data-index="{{page.searchIndexURL}}" data-root="{{page.root}}" data-lang="{{page.lang}}"{{#page.searchReportURL}} data-report="{{page.searchReportURL}}"{{/page.searchReportURL}} data-t-results="{{t.search_results}}" data-t-one-result="{{t.search_one_result}}" data-t-no-results="{{t.search_no_results}}" data-t-in-language="{{t.search_in_language}}" data-t-all="{{t.search_filter_all}}" data-t-product="{{t.product}}" data-t-tier="{{t.search_filter_tier}}" data-t-section="{{t.search_filter_section}}" data-t-loading="{{t.search_loading}}">
<label class="visually-hidden" for="site-search-input">{{t.search_label}}</label>
<input type="search" id="site-search-input" name="q" placeholder="{{t.search_placeholder}}" autocomplete="off" spellcheck="false" aria-describedby="site-search-status">
<button type="submit">{{t.search_button}}</button>
<div class="search-panel" hidden></div>
<p class="visually-hidden" id="site-search-status" role="status" aria-live="polite"></p>
</form>
</div>
{{#page.brand.support}}<a class="header-support" href="{{page.brand.support}}">{{t.contact_support}}</a>{{/page.brand.support}}
<details class="language-menu">
<summary><span class="visually-hidden">{{t.language_switcher}}: </span><span lang="{{page.lang}}" dir="{{page.dir}}">{{page.languageName}}</span></summary>
<nav aria-label="{{t.language_switcher}}">
<ul>
{{#page.languages}}
<li>{{#current}}<span class="current" aria-current="page" lang="{{code}}" dir="{{dir}}">{{name}}</span>{{/current}}{{#href}}<a href="{{href}}" hreflang="{{code}}" lang="{{code}}" dir="{{dir}}">{{name}}</a>{{#fallback}} <span class="lang-note">{{fallbackLabel}}</span>{{/fallback}}{{/href}}{{#unavailable}}<span class="unavailable" lang="{{code}}" dir="{{dir}}">{{name}}</span> <span class="lang-note">{{unavailableLabel}}</span>{{/unavailable}}</li>
{{/page.languages}}
</ul>
</nav>
</details>
</header>

"""##,
        "partials/pager.mustache": ##"""
{{% CONTENT_TYPE: HTML }}
{{#previous}}<nav class="pager" aria-label="{{t.previous}} / {{t.next}}">{{/previous}}{{^previous}}{{#next}}<nav class="pager" aria-label="{{t.previous}} / {{t.next}}">{{/next}}{{/previous}}
{{#previous}}<a class="pager-previous" href="{{href}}" rel="prev"><span class="pager-label">{{t.previous}}</span> <span class="pager-title"{{#lang}} lang="{{lang}}" dir="{{dir}}"{{/lang}}>{{title}}</span></a>{{/previous}}
{{#next}}<a class="pager-next" href="{{href}}" rel="next"><span class="pager-label">{{t.next}}</span> <span class="pager-title"{{#lang}} lang="{{lang}}" dir="{{dir}}"{{/lang}}>{{title}}</span></a>{{/next}}
{{#previous}}</nav>{{/previous}}{{^previous}}{{#next}}</nav>{{/next}}{{/previous}}

"""##,
        "partials/sidebar.mustache": ##"""
{{% CONTENT_TYPE: HTML }}
<details class="sidebar" data-sidebar>
<summary>{{t.sections_menu}}</summary>
<nav class="section-nav" aria-label="{{t.nav_sections}}">
<ul>
{{#nav}}{{#groupStart}}<li><details open><summary{{#lang}} lang="{{lang}}" dir="{{dir}}"{{/lang}}>{{title}}</summary><ul><li><a href="{{href}}"{{#current}} aria-current="page"{{/current}}{{#lang}} lang="{{lang}}" dir="{{dir}}"{{/lang}}>{{title}}</a></li>{{/groupStart}}{{#link}}<li><a href="{{href}}"{{#current}} aria-current="page"{{/current}}{{#lang}} hreflang="{{lang}}"{{/lang}}>{{#lang}}<span lang="{{lang}}" dir="{{dir}}">{{/lang}}{{title}}{{#lang}}</span>{{/lang}}{{#badge}} <span class="lang-badge" lang="{{lang}}" dir="{{dir}}">{{badge}}</span>{{/badge}}</a></li>{{/link}}{{#groupEnd}}</ul></details></li>{{/groupEnd}}
{{/nav}}
</ul>
</nav>
</details>

"""##,
        "search.mustache": ##"""
{{% CONTENT_TYPE: HTML }}
{{<base}}
{{$content}}
{{#main}}
<h1>{{title}}</h1>
<div class="search-page-results" data-search-page></div>
<h2>{{t.search_all_articles}}</h2>
<ul class="search-page-list">
{{#articles}}
<li><a href="{{href}}"{{#lang}} hreflang="{{lang}}" lang="{{lang}}"{{/lang}}>{{title}}</a></li>
{{/articles}}
</ul>
{{/main}}
{{/content}}
{{/base}}

"""##,
    ]
}
