/*
 * Behaviour shared by every page (loaded by the layout; no inline script anywhere, so the strict
 * Content-Security-Policy holds). window.DocuElevate offers the page scripts: api() for JSON calls with the
 * session's CSRF token, text() for the page's translated texts, and formatting in the page's language.
 */
(function () {
    'use strict';

    var csrfMeta = document.querySelector('meta[name="csrf-token"]');
    var locale = document.documentElement.lang || 'en';

    function csrfToken() {
        return csrfMeta ? csrfMeta.content : '';
    }

    /** fetch() with the CSRF header and JSON; rejects with the server's {"detail"} text on an error status. */
    function api(path, options) {
        options = options || {};
        var headers = Object.assign({ 'Accept': 'application/json', 'X-CSRF-Token': csrfToken() }, options.headers || {});
        if (options.json !== undefined) {
            headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(options.json);
        }
        return fetch(path, { method: options.method || 'GET', headers: headers, body: options.body, credentials: 'same-origin' })
            .then(function (response) {
                if (response.status === 401) {
                    window.location.href = '/login?expired=1&next=' + encodeURIComponent(window.location.pathname + window.location.search);
                    throw new Error('session expired');
                }
                var type = response.headers.get('Content-Type') || '';
                var body = type.indexOf('json') >= 0 ? response.json() : response.text();
                return body.then(function (value) {
                    if (!response.ok) {
                        var error = new Error(value && value.detail ? value.detail : ('HTTP ' + response.status));
                        error.status = response.status;
                        error.body = value;
                        throw error;
                    }
                    return value;
                });
            });
    }

    /** A translated text the page put in a data-text-* attribute of <body> or an element with id "texts". */
    function text(key, fallback) {
        var holder = document.getElementById('texts');
        var value = holder ? holder.getAttribute('data-' + key) : null;
        return value !== null ? value : (fallback !== undefined ? fallback : key);
    }

    function formatDate(iso) {
        if (!iso) {
            return '';
        }
        var date = new Date(iso);
        return isNaN(date) ? iso : date.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
    }

    function formatNumber(value, options) {
        return Number(value).toLocaleString(locale, options || {});
    }

    function formatBytes(bytes) {
        var units = ['B', 'KB', 'MB', 'GB', 'TB'];
        var value = Number(bytes);
        var unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return formatNumber(value, { maximumFractionDigits: unit === 0 ? 0 : 1 }) + ' ' + units[unit];
    }

    /** Creates an element with attributes and text children, never HTML from data. */
    function el(tag, attributes, children) {
        var node = document.createElement(tag);
        Object.keys(attributes || {}).forEach(function (name) {
            if (attributes[name] !== null && attributes[name] !== undefined && attributes[name] !== false) {
                node.setAttribute(name, attributes[name] === true ? '' : attributes[name]);
            }
        });
        (children || []).forEach(function (child) {
            node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
        });
        return node;
    }

    /** Asks before a form that carries data-confirm is sent. */
    document.addEventListener('submit', function (event) {
        var message = event.target.getAttribute('data-confirm');
        if (message && !window.confirm(message)) {
            event.preventDefault();
        }
    });

    window.DocuElevate = {
        api: api,
        csrfToken: csrfToken,
        text: text,
        locale: locale,
        formatDate: formatDate,
        formatNumber: formatNumber,
        formatBytes: formatBytes,
        el: el
    };
})();
