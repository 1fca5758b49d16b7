/*
 * The document detail page (/document?id=N): keeps the processing timeline, status, downloads and text live
 * while processing runs (it polls the page itself and swaps in the server-rendered parts, so texts, dates and
 * durations stay formatted by the server in the page's language), and sends a step's retry to
 * POST /api/files/{id}/retry-subtask with the CSRF header instead of leaving the page.
 */
(function () {
    'use strict';

    var POLL_MS = 1500;
    var LIVE_PARTS = ['document-status', 'timeline', 'downloads', 'text-section'];
    var article = document.getElementById('document');
    if (!article || !window.DocuElevate) {
        return;
    }
    var live = document.getElementById('live-status');
    var timer = null;

    function announce(message) {
        if (live) {
            live.textContent = message;
        }
    }

    function swapParts(fresh) {
        LIVE_PARTS.forEach(function (id) {
            var current = document.getElementById(id);
            var replacement = fresh.getElementById(id);
            if (current && replacement) {
                current.replaceWith(document.importNode(replacement, true));
            }
        });
    }

    function poll() {
        timer = null;
        fetch(window.location.pathname + window.location.search, { credentials: 'same-origin', headers: { 'Accept': 'text/html' } })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error('HTTP ' + response.status);
                }
                return response.text();
            })
            .then(function (html) {
                var fresh = new DOMParser().parseFromString(html, 'text/html');
                var freshArticle = fresh.getElementById('document');
                if (!freshArticle) {
                    return;
                }
                swapParts(fresh);
                var active = freshArticle.getAttribute('data-active') === 'true';
                article.setAttribute('data-active', String(active));
                if (active) {
                    schedule();
                } else {
                    announce(DocuElevate.text('finished'));
                }
            })
            .catch(function () {
                schedule(POLL_MS * 4);
            });
    }

    function schedule(delay) {
        if (timer === null) {
            timer = window.setTimeout(poll, delay || POLL_MS);
        }
    }

    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form.classList || !form.classList.contains('retry-form')) {
            return;
        }
        event.preventDefault();
        var button = form.querySelector('button');
        if (button) {
            button.disabled = true;
        }
        DocuElevate.api(form.getAttribute('action'), { method: 'POST' })
            .then(function () {
                announce(DocuElevate.text('retry-queued'));
                article.setAttribute('data-active', 'true');
                schedule(300);
            })
            .catch(function (error) {
                announce(DocuElevate.text('retry-failed') + ' ' + error.message);
                if (button) {
                    button.disabled = false;
                }
            });
    });

    if (article.getAttribute('data-active') === 'true') {
        schedule();
    }
})();
