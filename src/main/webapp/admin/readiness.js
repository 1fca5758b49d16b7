// Renders GET /api/admin/readiness. Loaded from this origin only (no inline script, no CDN), so it
// works under a strict Content-Security-Policy; all text goes in with textContent, never as HTML.
(function () {
    "use strict";

    function cell(row, text, className) {
        var td = document.createElement("td");
        td.textContent = text;
        if (className) {
            td.className = className;
        }
        row.appendChild(td);
        return td;
    }

    function render(report) {
        var overall = document.getElementById("overall");
        overall.textContent = report.status;
        overall.className = "status " + report.status;
        document.getElementById("generated").textContent = "at " + new Date(report.generated_at).toLocaleString();
        var body = document.getElementById("items");
        body.replaceChildren();
        report.items.forEach(function (item) {
            var row = document.createElement("tr");
            row.id = "item-" + item.id;
            cell(row, item.status, "status " + item.status);
            var title = cell(row, item.title);
            var id = document.createElement("div");
            id.className = "id";
            id.textContent = item.id;
            title.appendChild(id);
            cell(row, item.evidence);
            cell(row, item.fix);
            body.appendChild(row);
        });
    }

    function load() {
        var error = document.getElementById("error");
        error.hidden = true;
        fetch("/api/admin/readiness", {credentials: "same-origin", headers: {"Accept": "application/json"}})
            .then(function (response) {
                if (!response.ok) {
                    return response.json().catch(function () { return {}; }).then(function (body) {
                        throw new Error(body.detail || ("HTTP " + response.status));
                    });
                }
                return response.json();
            })
            .then(render)
            .catch(function (e) {
                error.textContent = "The report could not be loaded: " + e.message;
                error.hidden = false;
            });
    }

    document.addEventListener("DOMContentLoaded", function () {
        document.getElementById("refresh").addEventListener("click", load);
        load();
    });
}());
