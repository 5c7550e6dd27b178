// Export job page: polls the job's status JSON every 1.5 s until it is finished, updating the bar, the text and
// the download link. No inline script (CSP); the URL comes from data-status-url.
(function () {
    'use strict';
    var box = document.getElementById('export-job');
    if (!box || box.dataset.finished === 'true') {
        return;
    }
    var bar = document.getElementById('export-bar');
    var text = document.getElementById('export-status');
    var download = document.getElementById('export-download');
    var link = document.getElementById('export-download-link');
    function poll() {
        fetch(box.dataset.statusUrl, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin', cache: 'no-store' })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (job) {
                if (!job) {
                    setTimeout(poll, 3000);
                    return;
                }
                bar.max = Math.max(job.total, 1);
                bar.value = job.done;
                text.textContent = job.text;
                if (job.download) {
                    link.href = job.download;
                    download.hidden = false;
                }
                if (!job.finished) {
                    setTimeout(poll, 1500);
                }
            })
            .catch(function () { setTimeout(poll, 3000); });
    }
    setTimeout(poll, 1000);
}());
