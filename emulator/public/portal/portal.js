/*
 * Portal side of the widget frame protocol (see PROTOCOL.md): opens the app's handler in a frame
 * the way a Bitrix24 page does, answers the frame's postMessage commands (getInitData,
 * getInterface, placementBindEvent, the general frame commands, placement commands) and raises
 * interface events into the frame. No network traffic besides the frame itself.
 */
(function () {
  'use strict';

  // ---- placement interfaces (reference placements-and-events.md §5; events = catalog/events.tsv)

  var PBW_EVENTS = [
    'initialized', 'addCommentButtonClick', 'muteButtonClick', 'holdButtonClick',
    'closeButtonClick', 'transferButtonClick', 'cancelTransferButtonClick',
    'completeTransferButtonClick', 'hangupButtonClick', 'nextButtonClick', 'skipButtonClick',
    'answerButtonClick', 'entityChanged', 'makeCallButtonClick', 'qualityMeterClick',
    'dialpadButtonClick', 'notifyAdminButtonClick'
  ].map(function (n) { return 'BackgroundCallCard::' + n; });

  var CARD_UI_STATES = [
    'incoming', 'transferIncoming', 'outgoing', 'connectingIncoming', 'connectingOutgoing',
    'connected', 'transferring', 'transferFailed', 'transferConnected', 'error', 'moneyError',
    'redial'
  ];

  var CRM_SEARCH = {
    command: ['crmShowFoundEntities', 'crmShowCreatedEntity'],
    event: ['onCrmEntityIsNeedToCreate']
  };

  var INTERFACES = {
    PAGE_BACKGROUND_WORKER: {
      command: ['CallCardSetMute', 'CallCardSetHold', 'CallCardSetUiState', 'CallCardGetListUiStates',
        'CallCardSetCardTitle', 'CallCardSetStatusText', 'CallCardStartTimer', 'CallCardStopTimer',
        'CallCardClose'],
      event: PBW_EVENTS
    },
    CALL_CARD: {
      command: ['getStatus', 'disableAutoClose', 'enableAutoClose'],
      event: ['CallCard::EntityChanged', 'CallCard::BeforeClose', 'CallCard::CallStateChanged']
    },
    CALENDAR_GRIDVIEW: {
      command: ['getEvents', 'viewEvent', 'addEvent', 'editEvent', 'deleteEvent'],
      event: ['Calendar.customView:refreshEntries', 'Calendar.customView:decreaseViewRangeDate',
        'Calendar.customView:increaseViewRangeDate', 'Calendar.customView:adjustToDate']
    },
    CRM_DETAIL_SEARCH: CRM_SEARCH,
    CRM_REQUISITE_AUTOCOMPLETE: CRM_SEARCH,
    CRM_BANK_DETAIL_AUTOCOMPLETE: CRM_SEARCH,
    USERFIELD_TYPE: { command: ['setValue', 'getValue'], event: [] }
  };

  var RELOAD_DATA_RE = /^CRM_[A-Z0-9_]+_(DETAIL_TAB|DETAIL_ACTIVITY|LIST_MENU)$/;

  function interfaceOf(placement) {
    var code = String(placement || 'DEFAULT').toUpperCase();
    var found = INTERFACES[code];
    if (found) {
      return { command: found.command.slice(), event: found.event.slice() };
    }
    if (RELOAD_DATA_RE.test(code)) {
      return { command: ['reloadData'], event: [] };
    }
    return { command: [], event: [] };
  }

  function allInterfaceEvents() {
    var seen = {};
    Object.keys(INTERFACES).forEach(function (k) {
      INTERFACES[k].event.forEach(function (e) { seen[e] = true; });
    });
    return Object.keys(seen);
  }

  // ---- page state

  var query = new URLSearchParams(location.search);
  function qp(name, dflt) {
    return query.has(name) ? query.get(name) : dflt;
  }
  function qflag(name, dflt) {
    if (!query.has(name)) { return dflt; }
    return /^(1|y|yes|true)$/i.test(query.get(name));
  }
  function qjson(name, dflt) {
    if (!query.has(name) || query.get(name) === '') { return dflt; }
    try {
      var v = JSON.parse(query.get(name));
      return (v && typeof v === 'object') ? v : dflt;
    } catch (e) {
      note('query ' + name + ' is not JSON; using the default');
      return dflt;
    }
  }
  function randomSid() {
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    return Array.prototype.map.call(b, function (x) { return ('0' + x.toString(16)).slice(-2); }).join('');
  }

  var logEntries = [];
  var subscriptions = [];      // {event, key}
  var bindWaiters = [];        // {event, resolve}
  var frame = null;
  var appOrigin = null;
  var card = { exists: false, uiState: null, muted: false, held: false, title: '', statusText: '', timer: false };

  var placement = String(qp('placement', 'DEFAULT')).toUpperCase();
  var appSid = qp('APP_SID', '') || randomSid();
  var protocol = location.protocol === 'https:' ? 1 : 0;
  var placementOptions = qjson('PLACEMENT_OPTIONS', {});
  if (placementOptions.URI === undefined) { placementOptions.URI = location.pathname; }
  if (placement === 'PAGE_BACKGROUND_WORKER' && placementOptions.ID === undefined) {
    placementOptions.ID = 'PAGE_BACKGROUND_WORKER';
  }

  var init = {
    LANG: qp('LANG', 'en'),
    DOMAIN: location.host,
    PROTOCOL: protocol,
    PATH: '/rest/',
    AUTH_ID: qp('AUTH_ID', ''),
    AUTH_EXPIRES: qp('AUTH_EXPIRES', '3600'),
    REFRESH_ID: qp('REFRESH_ID', ''),
    MEMBER_ID: qp('member_id', qp('MEMBER_ID', '')),
    FIRST_RUN: qflag('FIRST_RUN', false),
    IS_ADMIN: qflag('IS_ADMIN', true),
    INSTALL: qflag('INSTALL', false),
    USER_OPTIONS: qjson('USER_OPTIONS', {}),
    APP_OPTIONS: qjson('APP_OPTIONS', {}),
    PLACEMENT: placement,
    PLACEMENT_OPTIONS: placementOptions
  };

  // fields the portal POSTs to the handler (reference §6.1)
  function handlerQuery() {
    return { DOMAIN: init.DOMAIN, PROTOCOL: String(protocol), LANG: init.LANG, APP_SID: appSid };
  }
  function handlerBody() {
    var body = {
      AUTH_ID: init.AUTH_ID,
      AUTH_EXPIRES: init.AUTH_EXPIRES,
      REFRESH_ID: init.REFRESH_ID,
      SERVER_ENDPOINT: qp('SERVER_ENDPOINT', location.origin + '/rest/'),
      APPLICATION_TOKEN: qp('APPLICATION_TOKEN', ''),
      APPLICATION_SCOPE: qp('APPLICATION_SCOPE', 'placement'),
      member_id: init.MEMBER_ID,
      status: qp('status', 'L'),
      PLACEMENT: placement,
      PLACEMENT_OPTIONS: JSON.stringify(placementOptions)
    };
    Object.keys(body).forEach(function (k) { if (body[k] === '') { delete body[k]; } });
    return body;
  }

  // ---- log and view

  function $(id) { return document.getElementById(id); }

  function addLog(dir, text) {
    var entry = { dir: dir, text: String(text), time: Date.now() };
    logEntries.push(entry);
    if (logEntries.length > 1000) { logEntries.shift(); }
    var box = $('b24emu-log');
    if (box) {
      var line = document.createElement('div');
      line.className = dir;
      line.textContent = (dir === 'in' ? '← ' : dir === 'out' ? '→ ' : '· ') + entry.text;
      box.appendChild(line);
      while (box.childNodes.length > 300) { box.removeChild(box.firstChild); }
      box.scrollTop = box.scrollHeight;
    }
  }
  function note(text) { addLog('note', text); }

  function setStatus(text) {
    var el = $('b24emu-status');
    if (el) { el.textContent = text; }
  }
  function showError(text) {
    var el = $('b24emu-error');
    el.textContent = text;
    el.hidden = false;
    setStatus('error');
    note('error: ' + text);
  }

  function renderSubscriptions() {
    var ul = $('b24emu-subs');
    ul.textContent = '';
    subscriptions.forEach(function (s) {
      var li = document.createElement('li');
      li.textContent = s.event;
      ul.appendChild(li);
    });
  }

  // ---- portal → frame

  function post(text) {
    if (!frame || !frame.contentWindow) { return false; }
    frame.contentWindow.postMessage(text, appOrigin);
    addLog('out', text);
    return true;
  }
  function answer(key, result) {
    if (!key) { return; }
    post(key + ':' + (result === undefined ? '' : JSON.stringify(result)));
  }

  // ---- frame → portal: parsing (first part = command, last = appSid, second to last = callback
  // key, the rest re-joined = params)

  function parseMessage(data) {
    if (typeof data === 'string') {
      var r = data.split(':');
      if (r.length < 3) { return null; }
      return {
        command: r[0],
        params: r.slice(1, r.length - 2).join(':'),
        key: r[r.length - 2],
        appSid: r[r.length - 1]
      };
    }
    if (data && typeof data === 'object' && typeof data.method === 'string') {
      return {
        command: data.method,
        params: data.params === undefined || data.params === null ? '' : data.params,
        key: data.callback || '',
        appSid: data.appSid
      };
    }
    return null;
  }

  // ---- commands

  function cardError(code) { return [{ result: 'error', errorCode: code }]; }

  var general = {
    getInitData: function (p, cb) {
      var data = JSON.parse(JSON.stringify(init));
      cb(data);
      init.FIRST_RUN = false;
      setStatus('initialized');
    },
    getInterface: function (p, cb) {
      cb(interfaceOf(placement));
    },
    refreshAuth: function (p, cb) {
      cb({ AUTH_ID: init.AUTH_ID, AUTH_EXPIRES: init.AUTH_EXPIRES, REFRESH_ID: init.REFRESH_ID });
    },
    resizeWindow: function (p, cb) {
      if (p && p.height) { frame.style.height = (parseInt(p.height, 10) || 0) + 'px'; }
      if (p && p.width) { frame.style.width = p.width === '100%' ? '100%' : (parseInt(p.width, 10) || 100) + 'px'; }
      var rect = frame.getBoundingClientRect();
      cb({ width: rect.width, height: rect.height });
    },
    setTitle: function (p, cb) { document.title = String(p && p.title || ''); cb(p); },
    setScroll: function (p, cb) { cb(p); },
    setUserOption: function (p, cb) {
      if (p && typeof p.name === 'string') { init.USER_OPTIONS[p.name] = p.value; cb(p); }
    },
    setAppOption: function (p, cb) {
      if (init.IS_ADMIN && p && typeof p.name === 'string') { init.APP_OPTIONS[p.name] = p.value; cb(p); }
    },
    setInstall: function (p, cb) { cb(p); },
    setInstallFinish: function () { api.installFinished = true; note('installFinish received'); },
    placementBindEvent: function (p) {
      var name = p && p.event;
      if (placement === 'DEFAULT' || interfaceOf(placement).event.indexOf(name) < 0) {
        note('bind ignored: ' + placement + ' does not raise ' + JSON.stringify(name));
        return;
      }
      subscriptions.push({ event: name, key: this.key });
      renderSubscriptions();
      bindWaiters = bindWaiters.filter(function (w) {
        if (w.event !== name) { return true; }
        w.resolve(true);
        return false;
      });
      // no answer: the portal only answers when the event occurs
    }
  };
  // commands a real page hands to UI it has and this page has not: logged, not answered
  ['reloadWindow', 'openApplication', 'closeApplication', 'openPath', 'imCallTo', 'imPhoneTo',
    'imOpenMessenger', 'imOpenHistory', 'selectUser', 'selectAccess', 'selectCRM', 'showAppForm'
  ].forEach(function (name) {
    general[name] = function () { note(name + ' is not emulated'); };
  });

  var placementCommands = {
    CallCardSetMute: function (p, cb) { card.muted = !!(p && p.muted); cb([]); },
    CallCardSetHold: function (p, cb) { card.held = !!(p && p.held); cb([]); },
    CallCardSetUiState: function (p, cb) {
      if (!p || CARD_UI_STATES.indexOf(p.uiState) < 0) { cb(cardError('Invalid ui state')); return; }
      card.uiState = p.uiState;
      cb([]);
    },
    CallCardGetListUiStates: function (p, cb) { cb(CARD_UI_STATES.slice()); },
    CallCardSetCardTitle: function (p, cb) { card.title = String(p && p.title || ''); cb([]); },
    CallCardSetStatusText: function (p, cb) { card.statusText = String(p && p.statusText || ''); cb([]); },
    CallCardStartTimer: function () { card.timer = true; },
    CallCardStopTimer: function () { card.timer = false; },
    CallCardClose: function (p, cb) { card.exists = false; cb([]); },
    getStatus: function (p, cb) { cb(JSON.parse(JSON.stringify(placementOptions))); },
    getValue: function (p, cb) { cb(placementOptions.VALUE === undefined ? null : placementOptions.VALUE); },
    setValue: function (p, cb) { api.userFieldValue = p; cb([]); }
  };

  function runCommand(msg, params) {
    var ctx = { key: msg.key };
    var cb = function (result) { answer(msg.key, result); };
    var iface = interfaceOf(placement);
    if (iface.command.indexOf(msg.command) >= 0) {
      if (/^CallCard/.test(msg.command) && !card.exists) {
        cb(cardError('Call card is undefined'));
        return;
      }
      var own = placementCommands[msg.command];
      if (own) { own.call(ctx, params, cb); } else { cb([]); }
      return;
    }
    if (Object.prototype.hasOwnProperty.call(general, msg.command)) {
      general[msg.command].call(ctx, params, cb);
      return;
    }
    note('unknown command ignored: ' + msg.command);
  }

  function onMessage(e) {
    if (!frame || e.source !== frame.contentWindow) { return; }
    if (e.origin !== appOrigin) {
      note('dropped a message from origin ' + e.origin);
      return;
    }
    addLog('in', typeof e.data === 'string' ? e.data : JSON.stringify(e.data));
    var msg = parseMessage(e.data);
    if (!msg) { note('not a command'); return; }
    if (msg.appSid !== appSid) { note('dropped: APP_SID mismatch'); return; }
    var params = msg.params;
    if (typeof params === 'string') {
      if (params === '') {
        params = [];
      } else {
        try {
          params = JSON.parse(params);
        } catch (err) {
          note('dropped: params are not JSON');
          return;
        }
      }
    }
    runCommand(msg, params);
  }

  // ---- events

  function fire(eventName, data) {
    var name = String(eventName);
    if (interfaceOf(placement).event.indexOf(name) < 0) {
      note('fire ' + name + ': ' + placement + ' does not raise it');
      return 0;
    }
    if (name === 'BackgroundCallCard::initialized') { card.exists = true; }
    var payload = data === undefined ? '' : JSON.stringify(data);
    var n = 0;
    subscriptions.forEach(function (s) {
      if (s.event === name && post(s.key + ':' + payload)) { n++; }
    });
    note('fired ' + name + ' to ' + n + ' subscription(s)');
    return n;
  }

  function whenBound(eventName, ms) {
    var name = String(eventName);
    if (subscriptions.some(function (s) { return s.event === name; })) { return Promise.resolve(true); }
    return new Promise(function (resolve, reject) {
      var w = { event: name, resolve: resolve };
      bindWaiters.push(w);
      setTimeout(function () {
        var i = bindWaiters.indexOf(w);
        if (i >= 0) {
          bindWaiters.splice(i, 1);
          reject(new Error('no placementBindEvent for ' + name + ' within ' + ms + ' ms'));
        }
      }, ms || 5000);
    });
  }

  // ---- opening the frame

  function withQuery(url, params) {
    var u = new URL(url);
    Object.keys(params).forEach(function (k) { u.searchParams.set(k, params[k]); });
    return u.toString();
  }

  function openFrame() {
    var app = qp('app', '');
    var u;
    try {
      u = new URL(app);
    } catch (e) {
      showError('query parameter "app" must be the absolute URL of the frame page');
      return;
    }
    if (u.protocol !== 'https:' && u.protocol !== 'http:') {
      showError('the frame page URL must be http(s)');
      return;
    }
    appOrigin = u.origin;
    $('b24emu-placement').textContent = placement;
    $('b24emu-app').textContent = u.origin + u.pathname;
    $('b24emu-appsid').textContent = appSid;

    var name = init.DOMAIN + '|' + protocol + '|' + appSid;
    frame = document.createElement('iframe');
    frame.id = 'b24emu-frame';
    frame.name = name;
    frame.title = placement;
    frame.addEventListener('load', function () {
      if ($('b24emu-status').textContent === 'loading') { setStatus('loaded'); }
    });
    $('b24emu-frame-box').appendChild(frame);

    var method = String(qp('method', 'post')).toLowerCase();
    if (method === 'get') {
      var all = handlerQuery();
      var body = handlerBody();
      Object.keys(body).forEach(function (k) { all[k] = body[k]; });
      frame.src = withQuery(app, all);
      return;
    }
    var form = document.createElement('form');
    form.method = 'POST';
    form.action = withQuery(app, handlerQuery());
    form.target = name;
    form.hidden = true;
    var fields = handlerBody();
    Object.keys(fields).forEach(function (k) {
      var input = document.createElement('input');
      input.type = 'hidden';
      input.name = k;
      input.value = fields[k];
      form.appendChild(input);
    });
    document.body.appendChild(form);
    form.submit();
  }

  // ---- controls

  function setupControls() {
    var own = interfaceOf(placement).event;
    var select = $('b24emu-event');
    own.concat(allInterfaceEvents().filter(function (e) { return own.indexOf(e) < 0; }))
      .forEach(function (e) {
        var opt = document.createElement('option');
        opt.value = e;
        opt.textContent = own.indexOf(e) >= 0 ? e : e + ' (not raised here)';
        select.appendChild(opt);
      });
    var result = $('b24emu-fire-result');
    $('b24emu-answer').addEventListener('click', function () {
      result.textContent = 'answerButtonClick → ' + fire('BackgroundCallCard::answerButtonClick') + ' subscription(s)';
    });
    $('b24emu-fire-form').addEventListener('submit', function (ev) {
      ev.preventDefault();
      var text = $('b24emu-data').value.trim();
      var data;
      if (text !== '') {
        try {
          data = JSON.parse(text);
        } catch (e) {
          result.textContent = 'data is not JSON';
          return;
        }
      }
      result.textContent = select.value + ' → ' + fire(select.value, data) + ' subscription(s)';
    });
  }

  var api = {
    fire: fire,
    whenBound: whenBound,
    subscriptions: function () { return subscriptions.map(function (s) { return { event: s.event, key: s.key }; }); },
    interfaceOf: interfaceOf,
    initData: function () { return JSON.parse(JSON.stringify(init)); },
    card: function () { return JSON.parse(JSON.stringify(card)); },
    log: logEntries,
    appSid: appSid,
    placement: placement,
    installFinished: false,
    userFieldValue: undefined
  };
  window.b24emu = api;

  window.addEventListener('message', onMessage);
  setupControls();
  openFrame();
})();
