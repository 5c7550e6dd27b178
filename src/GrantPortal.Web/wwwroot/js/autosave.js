// Autosave for the applicant's form page (Areas/Applicant/Applications/Views/Edit): saves 2 s after the last change,
// keeps every unsaved change in localStorage (a dropped connection or an expired session loses nothing), offers to
// restore a local copy newer than the server's, stops and says so when another user saved first. No inline script.
(function () {
    'use strict';

    var form = document.querySelector('form[data-autosave]');
    if (!form) { return; }
    var url = form.getAttribute('data-autosave');
    if (!url) { return; }
    var id = form.getAttribute('data-application-id');
    var baseRevision = Number(form.getAttribute('data-revision'));
    var revision = baseRevision;
    var banner = document.querySelector('[data-autosave-banner]');
    var status = document.querySelector('[data-autosave-status]');
    var restoreBanner = document.querySelector('[data-restore-banner]');
    var timer = null;
    var stopped = false;
    var saving = false;
    var pending = false;
    var KEY = 'gp-application:' + id;

    function format(template, args) {
        return (template || '').replace(/\{(\d+)\}/g, function (_, i) { return args[Number(i)]; });
    }

    function fields() {
        var data = new FormData(form);
        var pairs = [];
        data.forEach(function (value, name) {
            if (typeof value === 'string') { pairs.push([name, value]); }
        });
        return pairs;
    }

    function answers() {
        return fields().filter(function (p) { return p[0].indexOf('v.') === 0; });
    }

    function keepLocal() {
        try {
            localStorage.setItem(KEY, JSON.stringify({ revision: revision, savedAt: Date.now(), fields: answers() }));
        } catch (e) { /* storage full or disabled: the server copy is all there is */ }
    }

    function dropLocal() {
        try { localStorage.removeItem(KEY); } catch (e) { /* ignore */ }
    }

    function showBanner(text) {
        if (!banner) { return; }
        banner.textContent = text;
        banner.hidden = false;
    }

    function setRevision(value) {
        revision = value;
        document.querySelectorAll('[data-revision-input]').forEach(function (input) { input.value = String(value); });
    }

    function save() {
        timer = null;
        if (stopped) { return Promise.resolve(); }
        if (saving) { pending = true; return Promise.resolve(); }
        saving = true;
        var body = new URLSearchParams();
        fields().forEach(function (p) { if (p[0] !== 'Revision') { body.append(p[0], p[1]); } });
        body.append('Revision', String(revision));
        return fetch(url, {
            method: 'POST',
            body: body,
            credentials: 'same-origin',
            redirect: 'manual',
            headers: { 'Accept': 'application/json', 'X-Requested-With': 'fetch' }
        }).then(function (response) {
            if (response.ok && (response.headers.get('Content-Type') || '').indexOf('json') >= 0) {
                return response.json().then(function (result) {
                    setRevision(result.revision);
                    dropLocal();
                    if (status) { status.textContent = format(form.getAttribute('data-saved-template'), [result.savedAt]); }
                });
            }
            if (response.status === 409) {
                return response.json().then(function (result) {
                    stopped = true;
                    keepLocal();
                    showBanner(result.message || format(form.getAttribute('data-stale-template'), [result.currentRevision]));
                });
            }
            // 401, 302 to the sign-in page (opaque redirect), 403: the session is gone.
            keepLocal();
            stopped = true;
            showBanner(form.getAttribute('data-expired-text'));
            return undefined;
        }).catch(function () {
            keepLocal();
            showBanner(form.getAttribute('data-offline-text'));
        }).then(function () {
            saving = false;
            if (pending && !stopped) { pending = false; schedule(); }
        });
    }

    function schedule() {
        keepLocal();
        if (stopped) { return; }
        if (timer) { clearTimeout(timer); }
        timer = setTimeout(save, 2000);
    }

    function restore(saved) {
        form.querySelectorAll('[name^="v."]').forEach(function (input) {
            if (input.type === 'file') { return; }
            var values = saved.fields.filter(function (p) { return p[0] === input.name; }).map(function (p) { return p[1]; });
            if (input.type === 'radio' || input.type === 'checkbox') {
                input.checked = values.indexOf(input.value) >= 0;
            } else {
                input.value = values.length > 0 ? values[0] : '';
            }
            input.dispatchEvent(new Event('input', { bubbles: true }));
        });
        form.dispatchEvent(new Event('change', { bubbles: true }));
        schedule();
    }

    function offerRestore() {
        var saved = null;
        try { saved = JSON.parse(localStorage.getItem(KEY) || 'null'); } catch (e) { saved = null; }
        if (!saved || !saved.fields || !restoreBanner) { return; }
        var current = JSON.stringify(answers());
        if (saved.revision < baseRevision || JSON.stringify(saved.fields) === current) {
            dropLocal();
            return;
        }
        restoreBanner.hidden = false;
        restoreBanner.querySelector('[data-restore]').addEventListener('click', function () {
            restoreBanner.hidden = true;
            restore(saved);
        });
        restoreBanner.querySelector('[data-discard]').addEventListener('click', function () {
            restoreBanner.hidden = true;
            dropLocal();
        });
    }

    form.addEventListener('input', schedule);
    form.addEventListener('change', schedule);
    form.addEventListener('submit', function () { keepLocal(); if (timer) { clearTimeout(timer); } stopped = true; });
    document.addEventListener('gp:session-expired', function () { keepLocal(); stopped = true; showBanner(form.getAttribute('data-expired-text')); });
    window.addEventListener('beforeunload', function () { if (timer) { keepLocal(); } });

    // Uploads through fetch: the page keeps what was typed, the revision follows the save the upload makes.
    document.querySelectorAll('form[data-upload-form]').forEach(function (upload) {
        upload.addEventListener('submit', function (event) {
            event.preventDefault();
            var flush = timer ? (clearTimeout(timer), save()) : Promise.resolve();
            flush.then(function () {
                if (stopped) { return undefined; }
                var data = new FormData(upload);
                data.set('Revision', String(revision));
                return fetch(upload.action, { method: 'POST', body: data, credentials: 'same-origin', redirect: 'manual', headers: { 'Accept': 'application/json' } })
                    .then(function (response) {
                        return response.json().then(function (result) {
                            var key = upload.id.replace(/^upload-/, '');
                            var wrap = form.querySelector('[data-field="' + key + '"]');
                            if (response.ok) {
                                setRevision(result.revision);
                                if (wrap) {
                                    var shown = wrap.querySelector('[data-uploaded-for]');
                                    if (!shown) {
                                        shown = document.createElement('p');
                                        shown.className = 'uploaded-file';
                                        shown.setAttribute('data-uploaded-for', key);
                                        wrap.insertBefore(shown, wrap.querySelector('input[type=file]'));
                                    }
                                    shown.textContent = '';
                                    var link = document.createElement('a');
                                    link.href = result.url;
                                    link.textContent = result.name;
                                    shown.appendChild(link);
                                }
                            } else {
                                showBanner(result.message);
                            }
                        });
                    })
                    .catch(function () { showBanner(form.getAttribute('data-expired-text')); });
            });
        });
    });

    // The countdown to the deadline.
    var countdown = document.querySelector('[data-countdown]');
    var output = document.querySelector('[data-countdown-output]');
    if (countdown && output) {
        var deadline = Date.parse(countdown.getAttribute('datetime'));
        var tick = function () {
            var left = deadline - Date.now();
            if (left <= 0) { output.textContent = countdown.getAttribute('data-countdown-over'); return; }
            var minutes = Math.floor(left / 60000);
            output.textContent = format(countdown.getAttribute('data-countdown-template'), [Math.floor(minutes / 1440), Math.floor(minutes / 60) % 24, minutes % 60]);
        };
        tick();
        setInterval(tick, 30000);
    }

    offerRestore();
})();
