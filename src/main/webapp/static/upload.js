/*
 * The upload drop zone (start page and upload page) and the live status of documents.
 *
 * Files come from the two pickers or are dropped, folders included (DataTransferItem.webkitGetAsEntry). Each
 * file is sent on its own with XMLHttpRequest to POST /api/ui-upload, at most `data-concurrency` at a time, so
 * its <progress> follows the browser's upload progress. Then its processing is followed by polling the REST API
 * every `data-poll-ms` until it is completed or failed; a refusal (415 type, 413 size) or a duplicate is said in
 * words from the page's bundle, with the server's own detail. The start page's recent documents are followed the
 * same way while any is still on its way. One list request per round serves every followed document, so a folder
 * of fifty files costs no more requests than one file (every request counts against the rate limit).
 */
(function () {
    'use strict';

    var D = window.DocuElevate;
    var TERMINAL = ['completed', 'failed', 'duplicate'];
    var texts = document.getElementById('upload-texts');
    var zone = document.getElementById('dropzone');
    var list = document.getElementById('upload-list');
    var pollMs = zone ? Number(zone.getAttribute('data-poll-ms')) || 1500 : 1500;

    /** A text of the page's bundle, with {0} replaced by value when given. */
    function t(key, value) {
        var text = texts ? texts.getAttribute('data-' + key) : null;
        if (text === null) {
            text = key;
        }
        return value === undefined ? text : text.replace('{0}', value);
    }

    function isTerminal(status) {
        return TERMINAL.indexOf(status) >= 0;
    }

    /** "Step: Recognising text (OCR)" for a pipeline step name; an unknown step is shown by its name. */
    function stepText(step) {
        if (!step) {
            return '';
        }
        var known = texts ? texts.getAttribute('data-step-' + step) : null;
        return t('step', known !== null ? known : step);
    }

    function showStatus(holder, badge, status, label) {
        holder.setAttribute('data-status', status);
        badge.className = 'badge ' + status;
        badge.textContent = label !== undefined ? label : t('status-' + status, status);
        if (isTerminal(status)) {
            holder.setAttribute('data-shown-at', new Date().toISOString());
        }
    }

    /* ---- Following documents until they are done ---- */

    var watchers = {};
    var timer = null;

    /** Calls onChange(status, lastStep) after every poll round until the document reaches a terminal status. */
    function watch(id, onChange) {
        (watchers[id] = watchers[id] || []).push(onChange);
        schedule(pollMs);
    }

    function schedule(wait) {
        if (timer === null && Object.keys(watchers).length > 0) {
            timer = window.setTimeout(poll, wait);
        }
    }

    function poll() {
        timer = null;
        var ids = Object.keys(watchers);
        if (ids.length === 0) {
            return;
        }
        var perPage = Math.min(200, ids.length + 20);
        D.api('/api/files?per_page=' + perPage + '&sort_by=id&sort_order=desc')
            .then(function (answer) {
                var found = {};
                (answer.files || []).forEach(function (file) {
                    found[file.id] = file.processing_status;
                });
                var older = ids.filter(function (id) {
                    return !found[id];
                }).slice(0, 3);
                return Promise.all(older.map(function (id) {
                    return D.api('/api/files/' + id).then(function (detail) {
                        found[id] = detail.processing_status;
                    }, function (error) {
                        if (error.status === 404) {
                            delete watchers[id];
                        }
                    });
                })).then(function () {
                    return found;
                });
            })
            .then(function (found) {
                ids.forEach(function (id) {
                    var state = found[id];
                    if (state && watchers[id]) {
                        watchers[id].forEach(function (onChange) {
                            onChange(state.status, state.last_step);
                        });
                        if (isTerminal(state.status)) {
                            delete watchers[id];
                        }
                    }
                });
                schedule(pollMs);
            }, function (error) {
                schedule(error.status === 429 ? 15000 : pollMs * 4);
            });
    }

    /* ---- The start page's recent documents ---- */

    var recent = document.getElementById('recent-documents');
    if (recent) {
        Array.prototype.forEach.call(recent.querySelectorAll('.recent-item'), function (row) {
            var badge = row.querySelector('.badge');
            var step = row.querySelector('.recent-step');
            if (!isTerminal(row.getAttribute('data-status'))) {
                step.textContent = stepText(row.getAttribute('data-step'));
                watch(row.getAttribute('data-id'), function (status, lastStep) {
                    showStatus(row, badge, status);
                    step.textContent = isTerminal(status) ? '' : stepText(lastStep);
                });
            }
        });
    }

    if (!zone || !list) {
        return;
    }

    /* ---- Uploading ---- */

    var concurrency = Number(zone.getAttribute('data-concurrency')) || 3;
    var maxSize = Number(zone.getAttribute('data-max-size')) || Infinity;
    var maxSizeText = zone.getAttribute('data-max-size-text');
    var waiting = [];
    var active = 0;

    /** Adds files ({file, name} pairs) to the list and starts sending them. */
    function add(files) {
        files.forEach(function (entry) {
            var item = listItem(entry.file, entry.name);
            if (entry.file.size > maxSize) {
                refuse(item, t('refused-size', maxSizeText));
            } else {
                waiting.push(item);
            }
        });
        pump();
    }

    function listItem(file, name) {
        var item = {
            file: file,
            badge: D.el('span', {'class': 'badge waiting'}, [t('waiting')]),
            step: D.el('span', {'class': 'upload-step'}),
            progress: D.el('progress', {max: '100', value: '0', 'aria-label': t('progress', name)}),
            message: D.el('p', {'class': 'upload-message', hidden: true}),
            links: D.el('p', {'class': 'upload-links', hidden: true})
        };
        item.node = D.el('li', {'class': 'upload-item', 'data-status': 'waiting', 'data-name': name}, [
            D.el('div', {'class': 'upload-head'}, [
                D.el('span', {'class': 'upload-name'}, [name]),
                D.el('span', {'class': 'upload-size'}, [D.formatBytes(file.size)]),
                item.badge,
                item.step
            ]),
            item.progress,
            item.message,
            item.links
        ]);
        list.appendChild(item.node);
        return item;
    }

    function pump() {
        while (active < concurrency && waiting.length > 0) {
            send(waiting.shift());
        }
    }

    function send(item) {
        active++;
        showStatus(item.node, item.badge, 'uploading', t('uploading'));
        item.message.hidden = true;
        var form = new FormData();
        form.append('file', item.file, item.file.name);
        var xhr = new XMLHttpRequest();
        xhr.open('POST', '/api/ui-upload');
        xhr.setRequestHeader('X-CSRF-Token', D.csrfToken());
        xhr.setRequestHeader('Accept', 'application/json');
        xhr.upload.addEventListener('progress', function (event) {
            if (event.lengthComputable) {
                item.progress.value = Math.round(event.loaded * 100 / event.total);
            }
        });
        xhr.addEventListener('load', function () {
            answered(item, xhr);
        });
        xhr.addEventListener('error', function () {
            refuse(item, t('failed-upload'));
        });
        xhr.addEventListener('loadend', function () {
            active--;
            pump();
        });
        xhr.send(form);
    }

    function answered(item, xhr) {
        var body = null;
        try {
            body = JSON.parse(xhr.responseText);
        } catch (notJson) {
            body = null;
        }
        var detail = body && typeof body.detail === 'string' ? body.detail : '';
        if (xhr.status === 200 && body) {
            item.progress.value = 100;
            if (body.status === 'duplicate') {
                duplicate(item, body.duplicate_of);
            } else {
                accepted(item, body.file_id);
            }
        } else if (xhr.status === 415) {
            refuse(item, t('refused-type'), detail);
        } else if (xhr.status === 413) {
            refuse(item, t('refused-size', maxSizeText), detail);
        } else if (xhr.status === 429) {
            retryLater(item, Number(xhr.getResponseHeader('Retry-After')) || 10);
        } else if (xhr.status === 401) {
            refuse(item, t('session-expired'));
        } else {
            refuse(item, t('failed-upload'), detail);
        }
    }

    function say(item, text, detail) {
        item.message.textContent = detail ? text + ' ' + t('server-says', detail) : text;
        item.message.hidden = false;
    }

    function refuse(item, text, detail) {
        showStatus(item.node, item.badge, 'refused', t('refused'));
        item.progress.hidden = true;
        say(item, text, detail);
    }

    function retryLater(item, seconds) {
        showStatus(item.node, item.badge, 'waiting', t('waiting'));
        say(item, t('rate-limited', seconds));
        window.setTimeout(function () {
            waiting.unshift(item);
            pump();
        }, seconds * 1000);
    }

    function link(item, href, text, className) {
        item.links.appendChild(D.el('a', {href: href, 'class': className}, [text]));
        item.links.hidden = false;
    }

    function duplicate(item, original) {
        showStatus(item.node, item.badge, 'duplicate');
        item.node.setAttribute('data-original-id', original.original_file_id);
        say(item, t('duplicate', original.original_filename));
        link(item, '/document?id=' + original.original_file_id, t('open-original'), 'duplicate-original');
    }

    function accepted(item, id) {
        item.node.setAttribute('data-id', id);
        showStatus(item.node, item.badge, 'pending');
        link(item, '/document?id=' + id, t('open'), 'upload-open');
        watch(String(id), function (status, lastStep) {
            showStatus(item.node, item.badge, status);
            item.step.textContent = isTerminal(status) ? '' : stepText(lastStep);
            if (isTerminal(status)) {
                item.progress.hidden = true;
            }
            if (status === 'failed') {
                say(item, t('failed-processing'));
            }
        });
    }

    /* ---- Where files come from: the pickers and drops ---- */

    function notHidden(entry) {
        return entry.name.split('/').pop().charAt(0) !== '.';
    }

    Array.prototype.forEach.call(zone.querySelectorAll('input[type=file]'), function (input) {
        input.addEventListener('change', function () {
            var files = Array.prototype.map.call(input.files, function (file) {
                return {file: file, name: file.webkitRelativePath || file.name};
            });
            input.value = '';
            add(files.filter(notHidden));
        });
    });

    function flatten(lists) {
        return lists.reduce(function (all, some) {
            return all.concat(some);
        }, []);
    }

    function readAll(reader, found) {
        return new Promise(function (resolve) {
            reader.readEntries(function (batch) {
                if (batch.length === 0) {
                    resolve(found);
                } else {
                    readAll(reader, found.concat(Array.prototype.slice.call(batch))).then(resolve);
                }
            }, function () {
                resolve(found);
            });
        });
    }

    /** The files below a dropped entry: the file itself, or every file of a folder and its sub-folders. */
    function filesOf(entry) {
        if (entry.isFile) {
            return new Promise(function (resolve) {
                entry.file(function (file) {
                    resolve([{file: file, name: entry.fullPath.replace(/^\//, '')}]);
                }, function () {
                    resolve([]);
                });
            });
        }
        if (entry.isDirectory) {
            return readAll(entry.createReader(), []).then(function (children) {
                return Promise.all(children.filter(notHidden).map(filesOf)).then(flatten);
            });
        }
        return Promise.resolve([]);
    }

    function dropped(transfer) {
        var items = transfer.items;
        if (!items || items.length === 0 || typeof items[0].webkitGetAsEntry !== 'function') {
            return Promise.resolve(Array.prototype.map.call(transfer.files, function (file) {
                return {file: file, name: file.name};
            }));
        }
        var entries = [];
        Array.prototype.forEach.call(items, function (item) {
            var entry = item.kind === 'file' ? item.webkitGetAsEntry() : null;
            if (entry) {
                entries.push(entry);
            }
        });
        return Promise.all(entries.map(filesOf)).then(flatten);
    }

    ['dragenter', 'dragover'].forEach(function (type) {
        zone.addEventListener(type, function (event) {
            event.preventDefault();
            zone.classList.add('dragover');
        });
    });
    zone.addEventListener('dragleave', function (event) {
        if (!zone.contains(event.relatedTarget)) {
            zone.classList.remove('dragover');
        }
    });
    zone.addEventListener('drop', function (event) {
        event.preventDefault();
        zone.classList.remove('dragover');
        dropped(event.dataTransfer).then(add);
    });
    /* A file dropped beside the zone must not make the browser open it and leave the page (and its uploads). */
    ['dragover', 'drop'].forEach(function (type) {
        document.addEventListener(type, function (event) {
            if (!zone.contains(event.target)) {
                event.preventDefault();
            }
        });
    });
})();
