/*
 * Sovereign Radar: optional enhancements. Every page works without this script; it adds
 * highlighting (chart <-> lists), filters by ring, quadrant and tag, search, and sorting and
 * filtering of the dependency matrix. Loaded with
 * <script src defer>; no inline script, no eval, no innerHTML: text from the content is only ever
 * inserted with textContent, so a strict Content-Security-Policy holds and nothing in the content
 * can run.
 */
(function () {
  'use strict';

  var doc = document;
  var html = doc.documentElement;

  /*
   * Once per page. The 404 page of a radar without baseUrl loads this script from several parent
   * roots, because a host serves that page at any missing path (see PageMetas in the generator):
   * the copy that loads first is the one at the site's root, so it learns the root from its own
   * data-root and rebases the page's relative links, which were written for the root.
   */
  if (html.hasAttribute('data-started')) {
    return;
  }
  html.setAttribute('data-started', '');
  var loadedFrom = doc.currentScript ? doc.currentScript.getAttribute('data-root') : null;
  if (loadedFrom) {
    each(doc.querySelectorAll('a[href]'), function (a) {
      var href = a.getAttribute('href');
      if (!/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(href)) {
        a.setAttribute('href', loadedFrom + href);
      }
    });
    each(doc.querySelectorAll('link[rel="icon"]'), function (link) {
      link.setAttribute('href', loadedFrom + link.getAttribute('href'));
    });
    each(doc.querySelectorAll('[data-search-index]'), function (form) {
      form.setAttribute('data-search-index', loadedFrom + form.getAttribute('data-search-index'));
    });
    html.setAttribute('data-root', loadedFrom + (html.getAttribute('data-root') || ''));
  }

  function each(list, fn) {
    Array.prototype.forEach.call(list, fn);
  }

  function fill(template, values) {
    return template.replace(/\{(\d)\}/g, function (m, i) {
      return values[Number(i)] !== undefined ? String(values[Number(i)]) : m;
    });
  }

  /* Highlighting: hovering or focusing a blip, on the chart or in a list, marks all its views. */
  var byBlip = {};
  each(doc.querySelectorAll('[data-blip]'), function (el) {
    var id = el.getAttribute('data-blip');
    (byBlip[id] = byBlip[id] || []).push(el);
  });

  function highlight(event, on) {
    var el = event.target && event.target.closest ? event.target.closest('[data-blip]') : null;
    if (!el) {
      return;
    }
    each(byBlip[el.getAttribute('data-blip')] || [], function (other) {
      other.classList.toggle('is-highlighted', on);
    });
  }

  doc.addEventListener('mouseover', function (e) { highlight(e, true); });
  doc.addEventListener('mouseout', function (e) { highlight(e, false); });
  doc.addEventListener('focusin', function (e) { highlight(e, true); });
  doc.addEventListener('focusout', function (e) { highlight(e, false); });

  /* Controls that only work with this script, such as "show these alternatives on the radar". */
  each(doc.querySelectorAll('.js-only'), function (el) { el.hidden = false; });

  /* Filters: by ring, quadrant, tag and replaced product, on the chart and in the lists. */
  var filters = doc.getElementById('radarFilters');
  if (filters) {
    filters.hidden = false;
    filters.addEventListener('submit', function (e) { e.preventDefault(); });
    filters.addEventListener('change', applyFilters);
    preselect();
  }

  /* index.html?replaces=microsoft-teams opens the radar filtered, as product pages link to it. */
  function preselect() {
    var query = window.location.search.replace(/^\?/, '');
    if (!query) {
      return;
    }
    var wanted = {};
    each(query.split('&'), function (pair) {
      var parts = pair.split('=');
      try {
        wanted[decodeURIComponent(parts[0])] = decodeURIComponent((parts[1] || '').replace(/\+/g, ' '));
      } catch (e) {
        /* A malformed parameter is ignored, like an unknown one. */
      }
    });
    var any = false;
    each(filters.querySelectorAll('select[data-filter]'), function (select) {
      var want = wanted[select.getAttribute('data-filter')];
      var known = want && Array.prototype.some.call(select.options, function (o) { return o.value === want; });
      if (known) {
        select.value = want;
        any = true;
      }
    });
    if (any) {
      applyFilters();
    }
  }

  function matches(el, selects) {
    for (var i = 0; i < selects.length; i++) {
      var want = selects[i].value;
      if (!want) {
        continue;
      }
      var key = selects[i].getAttribute('data-filter');
      var have = ' ' + (el.getAttribute('data-' + key) || '') + ' ';
      if (have.indexOf(' ' + want + ' ') < 0) {
        return false;
      }
    }
    return true;
  }

  function applyFilters() {
    var selects = filters.querySelectorAll('select[data-filter]');
    var items = doc.querySelectorAll('.blip-item');
    var shown = 0;
    each(items, function (li) {
      var ok = matches(li, selects);
      li.hidden = !ok;
      if (ok) {
        shown++;
      }
    });
    each(doc.querySelectorAll('.radar-chart .blip'), function (a) {
      var ok = matches(a, selects);
      a.classList.toggle('is-filtered-out', !ok);
      if (ok) {
        a.removeAttribute('tabindex');
      } else {
        a.setAttribute('tabindex', '-1');
      }
    });
    each(doc.querySelectorAll('.key-item'), function (li) {
      li.hidden = !matches(li, selects);
    });
    each(doc.querySelectorAll('.radar-map .blip'), function (g) {
      g.classList.toggle('is-filtered-out', !matches(g, selects));
    });
    each(doc.querySelectorAll('.ring-group, .quadrant-section'), function (group) {
      group.hidden = group.querySelector('.blip-item:not([hidden])') === null;
    });
    var status = filters.querySelector('.filter-status');
    var active = Array.prototype.some.call(selects, function (s) { return s.value !== ''; });
    status.textContent = active ? fill(filters.getAttribute('data-msg-status'), [shown, items.length]) : '';
  }

  /* Search: the index is a classic script (works from file://), loaded on first use. */
  var search = doc.querySelector('form.search');
  if (search) {
    setUpSearch(search);
  }

  function setUpSearch(form) {
    var input = form.querySelector('input');
    var status = form.querySelector('.search-status');
    var results = form.querySelector('.search-results');
    var root = doc.documentElement.getAttribute('data-root') || '';
    var prepared = null;
    var requested = false;
    form.hidden = false;

    function normalise(s) {
      return String(s).normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    }

    function load() {
      if (prepared || requested) {
        return;
      }
      if (window.sovereignRadarSearch) {
        prepare();
        return;
      }
      requested = true;
      var script = doc.createElement('script');
      script.src = form.getAttribute('data-search-index');
      script.onload = function () { prepare(); run(); };
      doc.head.appendChild(script);
    }

    function prepare() {
      prepared = (window.sovereignRadarSearch || []).map(function (e) {
        return {
          entry: e,
          title: normalise(e.t),
          meta: normalise(e.s + ' ' + e.g + ' ' + e.q + ' ' + e.r),
          body: normalise(e.x)
        };
      });
    }

    /*
     * Every term must match somewhere. A title equal to the query ranks first, then a title that
     * starts with it; a product's comparison page outranks the blips that merely mention it.
     */
    function score(p, terms, query) {
      var total = p.title === query ? 100 : p.title.indexOf(query) === 0 ? 20 : 0;
      for (var i = 0; i < terms.length; i++) {
        var t = terms[i];
        if (p.title.indexOf(t) >= 0) {
          total += 10;
        } else if (p.meta.indexOf(t) >= 0) {
          total += 3;
        } else if (p.body.indexOf(t) >= 0) {
          total += 1;
        } else {
          return 0;
        }
      }
      return total;
    }

    function run() {
      results.textContent = '';
      var query = normalise(input.value).trim();
      if (!query) {
        status.textContent = '';
        return;
      }
      if (!prepared) {
        load();
        return;
      }
      var terms = query.split(/\s+/);
      var found = [];
      prepared.forEach(function (p, i) {
        var s = score(p, terms, query);
        if (s > 0) {
          found.push({ p: p, s: s, i: i });
        }
      });
      found.sort(function (a, b) { return b.s - a.s || a.i - b.i; });
      var count = found.length;
      status.textContent = count === 0 ? form.getAttribute('data-msg-none')
        : count === 1 ? form.getAttribute('data-msg-one')
        : fill(form.getAttribute('data-msg-many'), [count]);
      found.slice(0, 20).forEach(function (f) {
        var e = f.p.entry;
        var li = doc.createElement('li');
        var a = doc.createElement('a');
        a.href = root + e.u;
        var meta = doc.createElement('span');
        meta.className = 'search-meta';
        if (e.k === 'p') {
          a.textContent = fill(form.getAttribute('data-msg-product'), [e.t]);
          meta.textContent = e.r + ' · ' + e.q + (e.s ? ' · ' + e.s : '');
        } else if (e.k === 'i') {
          a.textContent = e.t;
          meta.textContent = form.getAttribute('data-msg-item') + ' · ' + e.q + (e.s ? ' · ' + e.s : '');
        } else {
          a.textContent = e.n + '. ' + e.t;
          meta.textContent = e.r + ' · ' + e.q + (e.s ? ' · ' + e.s : '');
        }
        li.appendChild(a);
        li.appendChild(meta);
        results.appendChild(li);
      });
    }

    input.addEventListener('focus', load);
    input.addEventListener('input', run);
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      run();
    });
  }

  /*
   * The dependency matrix is sorted by exposure on the server. A click on a column header sorts
   * the rows of that table by the column (again: the other way round), by each cell's data-sort
   * key; aria-sort tells screen readers the order.
   */
  function sortKey(cell) {
    var key = cell.getAttribute('data-sort');
    if (key === null) {
      return cell.textContent.trim().toLowerCase();
    }
    return key !== '' && !isNaN(Number(key)) ? Number(key) : key;
  }

  each(doc.querySelectorAll('table.matrix'), function (table) {
    var heads = table.tHead.rows[0].cells;
    each(heads, function (th, column) {
      var button = doc.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      while (th.firstChild) {
        button.appendChild(th.firstChild);
      }
      th.appendChild(button);
      button.addEventListener('click', function () {
        var descending = th.getAttribute('aria-sort') !== 'descending';
        each(heads, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = sortKey(a.cells[column]);
          var y = sortKey(b.cells[column]);
          var order = typeof x === 'number' && typeof y === 'number'
            ? x - y : String(x).localeCompare(String(y));
          return descending ? -order : order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });

  /*
   * Matrix filters: by area, criticality, floor and disposition. A table whose rows are all
   * filtered out is hidden with its region; the status line says how many rows remain.
   */
  var matrixFilters = doc.getElementById('matrixFilters');
  if (matrixFilters) {
    matrixFilters.hidden = false;
    matrixFilters.addEventListener('submit', function (e) { e.preventDefault(); });
    matrixFilters.addEventListener('change', function () {
      var selects = matrixFilters.querySelectorAll('select[data-filter]');
      var rows = doc.querySelectorAll('table.matrix tbody tr[data-item]');
      var shown = 0;
      each(rows, function (tr) {
        var ok = matches(tr, selects);
        tr.hidden = !ok;
        if (ok) {
          shown++;
        }
      });
      each(doc.querySelectorAll('table.matrix'), function (table) {
        table.parentNode.hidden = table.querySelector('tbody tr:not([hidden])') === null;
      });
      var active = Array.prototype.some.call(selects, function (sel) { return sel.value !== ''; });
      matrixFilters.querySelector('.filter-status').textContent = active
        ? fill(matrixFilters.getAttribute('data-msg-status'), [shown, rows.length]) : '';
    });
  }
}());
