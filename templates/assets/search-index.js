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
