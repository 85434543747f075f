// The portal's only script beside htmx: the CSRF header on every request that htmx sends (the gateway checks it
// against its XSRF-TOKEN cookie), form answers with errors shown in place, and a notice when the gateway refuses.
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
})();
