// The portal's only script beside htmx: the CSRF header on every request that htmx sends (the gateway checks it
// against its XSRF-TOKEN cookie), form answers with errors shown in place, a notice when the gateway refuses, and the
// live feed: notification-service's stream of the reader's notifications, shown as they arrive.
(function () {
  function cookie(name) {
    var found = document.cookie.split('; ').find(function (c) { return c.indexOf(name + '=') === 0; });
    return found ? decodeURIComponent(found.substring(name.length + 1)) : null;
  }

  htmx.config.responseHandling = [
    {code: '204', swap: false},
    {code: '[23]..', swap: true},
    {code: '(400|404|409|413|422|429)', swap: true, error: false},
    {code: '...', swap: false, error: true}
  ];
  htmx.config.historyCacheSize = 0;

  document.addEventListener('htmx:configRequest', function (event) {
    var token = cookie('XSRF-TOKEN');
    if (token) {
      event.detail.headers['X-XSRF-TOKEN'] = token;
    }
  });

  function flash(kind) {
    var box = document.getElementById('flash');
    if (box) {
      box.textContent = box.dataset[kind];
      box.hidden = false;
    }
  }
  document.addEventListener('htmx:responseError', function (event) {
    flash(event.detail.xhr.status === 401 || event.detail.xhr.status === 403 ? 'forbidden' : 'network');
  });
  document.addEventListener('htmx:sendError', function () { flash('network'); });
  document.addEventListener('htmx:beforeRequest', function () {
    var box = document.getElementById('flash');
    if (box) { box.hidden = true; }
  });

  var stream = null;
  function listen() {
    if (stream || !document.getElementById('live-feed') || typeof EventSource === 'undefined') {
      return;
    }
    stream = new EventSource('/api/v1/notifications/stream');
    stream.addEventListener('notification', function (event) {
      var notification = JSON.parse(event.data);
      var feed = document.getElementById('live-feed');
      if (!feed) {
        return;
      }
      var item = document.createElement('li');
      item.textContent = document.documentElement.lang === 'en' ? notification.textEn : notification.textFa;
      var list = feed.querySelector('ul');
      list.insertBefore(item, list.firstChild);
      while (list.children.length > 5) {
        list.removeChild(list.lastChild);
      }
      feed.hidden = false;
    });
  }
  document.addEventListener('DOMContentLoaded', listen);
  document.addEventListener('htmx:afterSettle', listen);
})();
