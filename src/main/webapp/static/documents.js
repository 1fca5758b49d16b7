/*
 * The documents page's selection and bulk actions: select rows (or all on the page), then process again,
 * download as one ZIP or delete (after a confirmation dialog) through the REST API. Results are announced in
 * the #bulk-status live region; a delete reloads the list with ?deleted=N so the server renders the notice.
 */
(function () {
    'use strict';

    var DE = window.DocuElevate;
    var table = document.getElementById('documents-table');
    var selectAll = document.getElementById('select-all');
    var status = document.getElementById('bulk-status');
    var count = document.getElementById('selection-count');
    var buttons = ['bulk-reprocess', 'bulk-zip', 'bulk-delete'].map(function (id) {
        return document.getElementById(id);
    });
    var dialog = document.getElementById('delete-dialog');

    function format(key) {
        var args = Array.prototype.slice.call(arguments, 1);
        return DE.text(key).replace(/\{(\d)\}/g, function (match, index) {
            return args[Number(index)] !== undefined ? String(args[Number(index)]) : match;
        });
    }

    function checks() {
        return table ? Array.prototype.slice.call(table.querySelectorAll('input.doc-check')) : [];
    }

    function selectedIds() {
        return checks().filter(function (box) { return box.checked; }).map(function (box) { return Number(box.value); });
    }

    function announce(message) {
        status.textContent = message;
    }

    function refresh() {
        var ids = selectedIds();
        var all = checks();
        buttons.forEach(function (button) { button.disabled = ids.length === 0; });
        count.textContent = ids.length === 0 ? DE.text('none') : format('selected', DE.formatNumber(ids.length));
        if (selectAll) {
            selectAll.checked = all.length > 0 && ids.length === all.length;
            selectAll.indeterminate = ids.length > 0 && ids.length < all.length;
        }
    }

    function failed(error) {
        announce(format('failed', error && error.message ? error.message : String(error)));
        refresh();
    }

    function reprocess() {
        var ids = selectedIds();
        announce(DE.text('working'));
        DE.api('/api/files/bulk-reprocess', { method: 'POST', json: ids }).then(function (result) {
            var queued = (result && result.processed_files) ? result.processed_files.length : ids.length;
            var errors = (result && result.errors) || [];
            var message = format('reprocessed', queued);
            if (errors.length > 0) {
                message += ' ' + format('not-reprocessed', errors.length, errors.map(function (e) {
                    return e.file_id + ' (' + (e.error || e.detail || '') + ')';
                }).join(', '));
            }
            announce(message);
        }).catch(failed);
    }

    function downloadZip() {
        var ids = selectedIds();
        announce(DE.text('working'));
        fetch('/api/files/bulk-download', {
            method: 'POST',
            credentials: 'same-origin',
            headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': DE.csrfToken() },
            body: JSON.stringify(ids)
        }).then(function (response) {
            if (!response.ok) {
                return response.json().catch(function () { return {}; }).then(function (body) {
                    throw new Error(body.detail || ('HTTP ' + response.status));
                });
            }
            return response.blob();
        }).then(function (blob) {
            var url = URL.createObjectURL(blob);
            var link = DE.el('a', { href: url, download: 'documents.zip', hidden: true });
            document.body.appendChild(link);
            link.click();
            link.remove();
            setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
            announce(format('zip-ready', ids.length));
        }).catch(failed);
    }

    function askDelete() {
        var ids = selectedIds();
        document.getElementById('delete-dialog-text').textContent = format('delete-question', ids.length);
        dialog.showModal();
        document.getElementById('delete-cancel').focus();
    }

    function deleteSelected() {
        var ids = selectedIds();
        dialog.close();
        announce(DE.text('working'));
        DE.api('/api/files/bulk-delete', { method: 'POST', json: ids }).then(function (result) {
            var deleted = result && result.deleted_ids ? result.deleted_ids.length : ids.length;
            var params = new URLSearchParams(window.location.search);
            params.set('deleted', String(deleted));
            window.location.assign(window.location.pathname + '?' + params.toString());
        }).catch(failed);
    }

    if (!count) {
        return;
    }
    if (table) {
        table.addEventListener('change', function (event) {
            if (event.target === selectAll) {
                checks().forEach(function (box) { box.checked = selectAll.checked; });
            }
            refresh();
        });
    }
    buttons[0].addEventListener('click', reprocess);
    buttons[1].addEventListener('click', downloadZip);
    buttons[2].addEventListener('click', askDelete);
    document.getElementById('delete-confirm').addEventListener('click', deleteSelected);
    document.getElementById('delete-cancel').addEventListener('click', function () { dialog.close(); });
    refresh();
})();
