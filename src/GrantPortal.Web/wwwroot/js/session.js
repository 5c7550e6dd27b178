// Session-expiry warning. Active on pages whose <body> carries data-session="/session" (the layout sets it when
// someone is signed in). Asks /session how long the sign-in has left (that request does not renew it) every minute,
// every 15 seconds near the end; from 5 minutes before expiry it shows a banner with a button that keeps the
// sign-in (POST /session/keepalive with the antiforgery token of a form on the page, or <meta name="csrf-token">).
// Once expired it says so and fires "gp:session-expired" on document, so a form script can stop autosaving to the
// server and keep what was typed in the browser. Also fires "gp:session-warning" and "gp:session-renewed".
// API: window.GrantPortalSession = { check(), keepAlive(), secondsLeft, expired, onExpired(fn) }.
(function () {
    'use strict';
    var statusUrl = document.body && document.body.getAttribute('data-session');
    if (!statusUrl || !window.fetch) {
        return;
    }
    var english = (document.documentElement.getAttribute('lang') || '').toLowerCase().indexOf('en') === 0;
    var text = english ? {
        warning: function (minutes) { return 'Your sign-in expires in ' + minutes + (minutes === 1 ? ' minute' : ' minutes') + '. Please save what you have not saved yet.'; },
        keep: 'Stay signed in',
        expired: 'Your sign-in has expired; please sign in again. What you entered on this page is kept in this browser and can be restored after signing in.',
        signIn: 'Sign in',
        failed: 'Could not keep the sign-in; please save your work and sign in again.'
    } : {
        warning: function (minutes) { return '您的登录将在 ' + minutes + ' 分钟后过期，未保存的内容请及时保存。'; },
        keep: '继续保持登录',
        expired: '登录已过期，请重新登录；本页填写的内容已保存在本机，登录后可恢复。',
        signIn: '重新登录',
        failed: '未能保持登录，请保存内容后重新登录。'
    };
    var WARN_SECONDS = 5 * 60;
    var CHECK_MS = 60 * 1000;
    var CHECK_SOON_MS = 15 * 1000;

    var state = { secondsLeft: null, expiresAt: null, expired: false };
    var timer = null;
    var banner = null;
    var message = null;
    var button = null;

    function emit(name, detail) {
        document.dispatchEvent(new CustomEvent(name, { detail: detail }));
    }

    function token() {
        var meta = document.querySelector('meta[name="csrf-token"]');
        if (meta && meta.getAttribute('content')) {
            return meta.getAttribute('content');
        }
        var input = document.querySelector('form input[name="__RequestVerificationToken"]');
        return input ? input.value : null;
    }

    function ensureBanner() {
        if (banner) {
            return;
        }
        banner = document.createElement('div');
        banner.className = 'alert session-banner';
        banner.setAttribute('role', 'alert');
        message = document.createElement('span');
        button = document.createElement('button');
        button.type = 'button';
        button.className = 'link';
        banner.appendChild(message);
        banner.appendChild(document.createTextNode(' '));
        banner.appendChild(button);
        var main = document.querySelector('main') || document.body;
        main.insertBefore(banner, main.firstChild);
    }

    function hide() {
        if (banner) {
            banner.hidden = true;
        }
    }

    function showWarning(seconds) {
        ensureBanner();
        message.textContent = text.warning(Math.max(1, Math.ceil(seconds / 60)));
        button.textContent = text.keep;
        button.hidden = false;
        button.disabled = false;
        button.onclick = function () {
            button.disabled = true;
            keepAlive();
        };
        banner.hidden = false;
    }

    function showExpired() {
        ensureBanner();
        message.textContent = text.expired;
        button.textContent = text.signIn;
        button.hidden = false;
        button.disabled = false;
        button.onclick = function () {
            window.location.href = '/account/login?returnUrl=' + encodeURIComponent(window.location.pathname + window.location.search);
        };
        banner.hidden = false;
    }

    function expire() {
        clearTimeout(timer);
        state.secondsLeft = 0;
        if (state.expired) {
            return;
        }
        state.expired = true;
        showExpired();
        emit('gp:session-expired', { expiresAt: state.expiresAt });
    }

    function schedule() {
        clearTimeout(timer);
        if (state.expired) {
            return;
        }
        var delay = CHECK_MS;
        if (state.secondsLeft !== null) {
            if (state.secondsLeft <= WARN_SECONDS + 60) {
                delay = CHECK_SOON_MS;
            }
            // Look again right after the expected expiry, so the "expired" message comes on time.
            delay = Math.max(1000, Math.min(delay, state.secondsLeft * 1000 + 500));
        }
        timer = setTimeout(check, delay);
    }

    function apply(status) {
        state.secondsLeft = typeof status.secondsLeft === 'number' ? status.secondsLeft : 0;
        state.expiresAt = status.expiresAt ? new Date(status.expiresAt) : null;
        if (state.secondsLeft <= 0) {
            expire();
            return;
        }
        if (state.secondsLeft <= WARN_SECONDS) {
            showWarning(state.secondsLeft);
            emit('gp:session-warning', { secondsLeft: state.secondsLeft, expiresAt: state.expiresAt });
        } else {
            hide();
        }
        schedule();
    }

    function check() {
        if (state.expired) {
            return Promise.resolve(state);
        }
        return fetch(statusUrl, { credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' } })
            .then(function (response) {
                if (!response.ok) {
                    throw new Error('session status ' + response.status);
                }
                return response.json();
            })
            .then(function (status) {
                apply(status);
                return state;
            })
            .catch(function () {
                // Offline or the server restarting: try again later, say nothing yet.
                schedule();
                return state;
            });
    }

    function keepAlive() {
        var value = token();
        var body = new URLSearchParams();
        var headers = {};
        if (value) {
            body.append('__RequestVerificationToken', value);
            headers.RequestVerificationToken = value;
        }
        return fetch(statusUrl.replace(/\/$/, '') + '/keepalive', { method: 'POST', credentials: 'same-origin', headers: headers, body: body })
            .then(function (response) {
                if (response.status === 401) {
                    expire();
                    return state;
                }
                if (!response.ok) {
                    throw new Error('keepalive ' + response.status);
                }
                return response.json().then(function (status) {
                    apply(status);
                    emit('gp:session-renewed', { secondsLeft: state.secondsLeft, expiresAt: state.expiresAt });
                    return state;
                });
            })
            .catch(function () {
                ensureBanner();
                message.textContent = text.failed;
                button.disabled = false;
                banner.hidden = false;
                return state;
            });
    }

    document.addEventListener('visibilitychange', function () {
        if (document.visibilityState === 'visible') {
            check();
        }
    });

    window.GrantPortalSession = {
        check: check,
        keepAlive: keepAlive,
        get secondsLeft() { return state.secondsLeft; },
        get expiresAt() { return state.expiresAt; },
        get expired() { return state.expired; },
        onExpired: function (listener) {
            document.addEventListener('gp:session-expired', listener);
            if (state.expired) {
                listener(new CustomEvent('gp:session-expired', { detail: { expiresAt: state.expiresAt } }));
            }
        }
    };

    check();
}());
