/*
 * The search page: results as the user types (debounced), facets that narrow, saved searches. The query state
 * lives in the page URL (the /api/search parameter names), so links, reloads and the back button keep it.
 * Highlighted snippets arrive HTML-escaped with <mark> around matches; they are turned into text nodes and
 * <mark> elements here, never parsed as HTML.
 */
(function () {
    'use strict';

    var D = window.DocuElevate;
    var DEBOUNCE_MS = 250;
    var PER_PAGE = 20;
    var FACETS = ['document_type', 'correspondent', 'year', 'language', 'tags'];
    var STATE_KEYS = ['q', 'document_type', 'correspondent', 'language', 'tags', 'date_from', 'date_to', 'page'];
    var ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

    var input = document.getElementById('search-q');
    if (!input) {
        return;
    }
    var form = document.getElementById('search-form');
    var statusLine = document.getElementById('search-status');
    var resultList = document.getElementById('search-results');
    var facetBox = document.getElementById('search-facets');
    var activeBox = document.getElementById('search-active-filters');
    var pages = document.getElementById('search-pages');
    var savedForm = document.getElementById('saved-form');
    var savedName = document.getElementById('saved-name');
    var savedList = document.getElementById('saved-list');
    var savedStatus = document.getElementById('saved-status');
    var el = D.el;
    var timer = null;
    var requestNumber = 0;
    var state = readState();

    function readState() {
        var params = new URLSearchParams(window.location.search);
        var read = {};
        STATE_KEYS.forEach(function (key) {
            var value = params.get(key);
            if (value !== null && value.trim() !== '') {
                read[key] = value.trim();
            }
        });
        return read;
    }

    function query(values) {
        var params = new URLSearchParams();
        STATE_KEYS.forEach(function (key) {
            if (values[key] !== undefined && values[key] !== '') {
                params.set(key, values[key]);
            }
        });
        return params.toString();
    }

    function writeUrl(push) {
        var search = query(state);
        var url = window.location.pathname + (search ? '?' + search : '');
        if (url !== window.location.pathname + window.location.search) {
            window.history[push ? 'pushState' : 'replaceState'](null, '', url);
        }
    }

    function format(template, values) {
        return template.replace(/\{(\w+)\}/g, function (match, name) {
            return values[name] !== undefined ? values[name] : match;
        });
    }

    /** Text nodes and <mark> elements from an escaped snippet with <mark> tags; nothing else becomes markup. */
    function marked(snippet) {
        var fragment = document.createDocumentFragment();
        String(snippet).split(/(<mark>|<\/mark>)/).reduce(function (inMark, part) {
            if (part === '<mark>') {
                return true;
            }
            if (part === '</mark>') {
                return false;
            }
            if (part) {
                var text = document.createTextNode(unescapeHtml(part));
                fragment.appendChild(inMark ? el('mark', {}, [text]) : text);
            }
            return inMark;
        }, false);
        return fragment;
    }

    function unescapeHtml(text) {
        return text.replace(/&(#x?[0-9a-fA-F]+|[a-z]+);/g, function (entity, name) {
            if (name.charAt(0) === '#') {
                var code = name.charAt(1) === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
                return isNaN(code) ? entity : String.fromCodePoint(code);
            }
            return ENTITIES[name] !== undefined ? ENTITIES[name] : entity;
        });
    }

    function yearBounds(year) {
        var from = Date.UTC(Number(year), 0, 1) / 1000;
        return { from: String(from), to: String(Date.UTC(Number(year) + 1, 0, 1) / 1000 - 1) };
    }

    function activeYear() {
        if (!state.date_from || !state.date_to) {
            return null;
        }
        var year = new Date(Number(state.date_from) * 1000).getUTCFullYear();
        var bounds = yearBounds(year);
        return bounds.from === state.date_from && bounds.to === state.date_to ? String(year) : null;
    }

    function isActive(facet, value) {
        if (facet === 'year') {
            return activeYear() === value;
        }
        if (facet === 'tags') {
            return tagList().indexOf(value) >= 0;
        }
        return state[facet] === value;
    }

    function tagList() {
        return state.tags ? state.tags.split(',').filter(function (tag) { return tag; }) : [];
    }

    function toggle(facet, value) {
        var on = !isActive(facet, value);
        if (facet === 'year') {
            var bounds = yearBounds(value);
            state.date_from = on ? bounds.from : undefined;
            state.date_to = on ? bounds.to : undefined;
        } else if (facet === 'tags') {
            var tags = tagList().filter(function (tag) { return tag !== value; });
            if (on) {
                tags.push(value);
            }
            state.tags = tags.length ? tags.join(',') : undefined;
        } else {
            state[facet] = on ? value : undefined;
        }
        delete state.page;
        writeUrl(true);
        search();
    }

    function search() {
        window.clearTimeout(timer);
        var number = ++requestNumber;
        if (!state.q) {
            clear(resultList);
            clear(activeBox);
            pages.hidden = true;
            statusLine.textContent = D.text('results-empty');
            return;
        }
        statusLine.textContent = D.text('results-loading');
        var params = query(state);
        D.api('/api/search?' + params + '&per_page=' + PER_PAGE)
            .then(function (answer) {
                if (number === requestNumber) {
                    render(answer);
                }
            })
            .catch(function (error) {
                if (number === requestNumber) {
                    clear(resultList);
                    pages.hidden = true;
                    statusLine.textContent = D.text('results-error') + ' ' + error.message;
                }
            });
    }

    function clear(node) {
        while (node.firstChild) {
            node.removeChild(node.firstChild);
        }
    }

    function render(answer) {
        clear(resultList);
        answer.results.forEach(function (hit) {
            resultList.appendChild(hitItem(hit));
        });
        var total = answer.total;
        statusLine.textContent = total === 0
            ? format(D.text('results-none'), { q: state.q })
            : format(D.text(total === 1 ? 'results-one' : 'results-many'), { count: D.formatNumber(total), q: state.q });
        renderFacets(answer.facets || {});
        renderActive();
        renderPages(answer.page, answer.pages);
    }

    function hitItem(hit) {
        var shown = hit._formatted || {};
        var title = shown.document_title || shown.original_filename || hit.original_filename;
        var link = el('a', { href: '/document?id=' + encodeURIComponent(hit.file_id), 'class': 'search-hit-title' });
        link.appendChild(marked(title));
        var facts = [hit.document_type, hit.correspondent, hit.language,
            format(D.text('hit-created'), { date: D.formatDate(new Date(hit.created_at_ts * 1000).toISOString()) })]
            .filter(function (fact) { return fact; });
        var item = el('li', { 'class': 'search-hit card' }, [el('h3', {}, [link])]);
        if (shown.original_filename && hit.document_title) {
            var name = el('p', { 'class': 'search-hit-file mono' });
            name.appendChild(marked(shown.original_filename));
            item.appendChild(name);
        }
        if (shown.ocr_text) {
            var snippet = el('p', { 'class': 'search-snippet' });
            snippet.appendChild(marked(shown.ocr_text));
            item.appendChild(snippet);
        }
        item.appendChild(el('p', { 'class': 'search-hit-facts' }, [facts.join(' · ')]));
        if (hit.tags && hit.tags.length) {
            item.appendChild(el('p', { 'class': 'search-hit-tags' }, hit.tags.map(function (tag) {
                return el('span', { 'class': 'tag' }, [tag]);
            })));
        }
        return item;
    }

    function renderFacets(facets) {
        clear(facetBox);
        FACETS.forEach(function (facet) {
            var counts = facets[facet] || {};
            var values = Object.keys(counts);
            if (facet === 'year') {
                values.sort().reverse();
            }
            var group = el('fieldset', { 'class': 'search-facet' }, [el('legend', {}, [D.text('facet-' + facet)])]);
            if (!values.length) {
                group.appendChild(el('p', { 'class': 'search-hint' }, [D.text('facet-none')]));
            }
            var list = el('ul', {});
            values.slice(0, 12).forEach(function (value) {
                var button = el('button', {
                    type: 'button',
                    'class': 'facet-value',
                    'aria-pressed': isActive(facet, value) ? 'true' : 'false',
                    'data-facet': facet,
                    'data-value': value
                }, [el('span', {}, [value]), el('span', { 'class': 'facet-count' }, [D.formatNumber(counts[value])])]);
                list.appendChild(el('li', {}, [button]));
            });
            if (values.length) {
                group.appendChild(list);
            }
            facetBox.appendChild(group);
        });
    }

    function renderActive() {
        clear(activeBox);
        var active = [];
        ['document_type', 'correspondent', 'language'].forEach(function (facet) {
            if (state[facet]) {
                active.push([facet, state[facet]]);
            }
        });
        tagList().forEach(function (tag) { active.push(['tags', tag]); });
        if (activeYear()) {
            active.push(['year', activeYear()]);
        }
        active.forEach(function (pair) {
            var label = D.text('facet-' + pair[0]) + ': ' + pair[1];
            activeBox.appendChild(el('button', {
                type: 'button',
                'class': 'filter-chip',
                'data-facet': pair[0],
                'data-value': pair[1],
                'aria-label': format(D.text('filter-remove'), { filter: label })
            }, [label + ' ×']));
        });
    }

    function renderPages(page, pageCount) {
        clear(pages);
        pages.hidden = pageCount <= 1;
        if (pageCount <= 1) {
            return;
        }
        var previous = el('button', { type: 'button', 'data-page': page - 1, disabled: page <= 1 }, [D.text('page-previous')]);
        var next = el('button', { type: 'button', 'data-page': page + 1, disabled: page >= pageCount }, [D.text('page-next')]);
        pages.appendChild(previous);
        pages.appendChild(el('span', {}, [format(D.text('page-of'), { page: D.formatNumber(page), pages: D.formatNumber(pageCount) })]));
        pages.appendChild(next);
    }

    function loadSaved() {
        return D.api('/api/saved-searches').then(function (saved) {
            clear(savedList);
            if (!saved.length) {
                savedList.appendChild(el('li', { 'class': 'search-hint' }, [D.text('saved-none')]));
            }
            saved.forEach(function (entry) {
                var filters = {};
                Object.keys(entry.filters || {}).forEach(function (key) {
                    if (STATE_KEYS.indexOf(key) >= 0) {
                        filters[key] = String(entry.filters[key]);
                    }
                });
                var run = el('a', {
                    href: '/search?' + query(filters),
                    'class': 'saved-run',
                    'aria-label': format(D.text('saved-run'), { name: entry.name })
                }, [entry.name]);
                var remove = el('button', {
                    type: 'button',
                    'class': 'link-button saved-delete',
                    'data-id': entry.id,
                    'data-name': entry.name,
                    'aria-label': format(D.text('saved-delete'), { name: entry.name })
                }, ['×']);
                savedList.appendChild(el('li', {}, [run, remove]));
            });
        }).catch(function (error) {
            savedStatus.textContent = error.message;
        });
    }

    input.addEventListener('input', function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(function () {
            state.q = input.value.trim() || undefined;
            delete state.page;
            writeUrl(false);
            search();
        }, DEBOUNCE_MS);
    });

    form.addEventListener('submit', function (event) {
        event.preventDefault();
        state.q = input.value.trim() || undefined;
        delete state.page;
        writeUrl(true);
        search();
    });

    facetBox.addEventListener('click', function (event) {
        var button = event.target.closest('button[data-facet]');
        if (button) {
            toggle(button.getAttribute('data-facet'), button.getAttribute('data-value'));
        }
    });

    activeBox.addEventListener('click', function (event) {
        var button = event.target.closest('button[data-facet]');
        if (button) {
            toggle(button.getAttribute('data-facet'), button.getAttribute('data-value'));
            input.focus();
        }
    });

    pages.addEventListener('click', function (event) {
        var button = event.target.closest('button[data-page]');
        if (button && !button.disabled) {
            state.page = button.getAttribute('data-page');
            writeUrl(true);
            search();
            document.getElementById('results-heading').scrollIntoView();
        }
    });

    savedForm.addEventListener('submit', function (event) {
        event.preventDefault();
        if (!state.q) {
            savedStatus.textContent = D.text('saved-needs-query');
            return;
        }
        var filters = {};
        STATE_KEYS.forEach(function (key) {
            if (state[key] && key !== 'page') {
                filters[key] = state[key];
            }
        });
        var name = savedName.value.trim();
        D.api('/api/saved-searches', { method: 'POST', json: { name: name, filters: filters } })
            .then(function () {
                savedName.value = '';
                savedStatus.textContent = format(D.text('saved-created'), { name: name });
                return loadSaved();
            })
            .catch(function (error) {
                savedStatus.textContent = error.message;
            });
    });

    savedList.addEventListener('click', function (event) {
        var button = event.target.closest('button.saved-delete');
        if (!button) {
            return;
        }
        var name = button.getAttribute('data-name');
        if (!window.confirm(format(D.text('saved-confirm'), { name: name }))) {
            return;
        }
        D.api('/api/saved-searches/' + encodeURIComponent(button.getAttribute('data-id')), { method: 'DELETE' })
            .then(function () {
                savedStatus.textContent = format(D.text('saved-deleted'), { name: name });
                return loadSaved();
            })
            .then(function () {
                savedName.focus();
            })
            .catch(function (error) {
                savedStatus.textContent = error.message;
            });
    });

    window.addEventListener('popstate', function () {
        state = readState();
        input.value = state.q || '';
        search();
    });

    input.value = state.q || '';
    search();
    loadSaved();
})();
