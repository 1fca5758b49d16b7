/*
 * The admin pages' behaviour (no inline script: the Content-Security-Policy forbids it). The copy button of a new
 * API token writes the token to the clipboard with the Clipboard API; where that is refused it selects the token so
 * the user can copy it by keyboard, and says so in the aria-live status line.
 */
(function () {
    'use strict';

    function say(text) {
        var status = document.getElementById('copy-status');
        if (status) {
            status.textContent = text;
        }
    }

    function copy(button) {
        var field = document.getElementById(button.getAttribute('data-copy'));
        if (!field) {
            return;
        }
        var selectForKeyboard = function () {
            field.focus();
            field.select();
            say(button.getAttribute('data-copy-failed'));
        };
        if (!navigator.clipboard || !window.isSecureContext) {
            selectForKeyboard();
            return;
        }
        navigator.clipboard.writeText(field.value).then(function () {
            say(button.getAttribute('data-copied'));
        }, selectForKeyboard);
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('button[data-copy]').forEach(function (button) {
            button.addEventListener('click', function () {
                copy(button);
            });
        });
        var token = document.getElementById('new-token');
        if (token) {
            token.addEventListener('focus', function () {
                token.select();
            });
        }
    });
}());
