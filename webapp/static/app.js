// The review screen's only script (no inline script: the pages' Content-Security-Policy
// allows scripts from this server alone). It reads Telegram's launch parameters from the
// URL's fragment (the telegram-web-app.js script is not loaded: nothing comes from elsewhere),
// posts initData to the server, and applies Telegram's theme colours on every page.
"use strict";
(function () {
  var THEME_KEY = "consultbot-theme";

  function launchParams() {
    var hash = window.location.hash.replace(/^#/, "");
    var params = {};
    hash.split("&").forEach(function (part) {
      var at = part.indexOf("=");
      if (at > 0) {
        try {
          params[decodeURIComponent(part.slice(0, at))] = decodeURIComponent(part.slice(at + 1));
        } catch (e) {
          // a malformed part is ignored; the server checks what matters
        }
      }
    });
    return params;
  }

  function applyTheme(theme) {
    var root = document.documentElement;
    Object.keys(theme).forEach(function (name) {
      var value = String(theme[name]);
      if (/^#[0-9a-fA-F]{3,8}$/.test(value) && /^[a-z_]+$/.test(name)) {
        root.style.setProperty("--tg-theme-" + name.replace(/_/g, "-"), value);
      }
    });
  }

  function storedTheme() {
    try {
      return JSON.parse(window.sessionStorage.getItem(THEME_KEY) || "{}");
    } catch (e) {
      return {};
    }
  }

  function launch() {
    var form = document.getElementById("launch");
    if (!form) {
      return;
    }
    var params = launchParams();
    var telegram = window.Telegram && window.Telegram.WebApp;
    var initData = params.tgWebAppData || (telegram && telegram.initData) || "";
    if (params.tgWebAppThemeParams) {
      try {
        var theme = JSON.parse(params.tgWebAppThemeParams);
        window.sessionStorage.setItem(THEME_KEY, JSON.stringify(theme));
        applyTheme(theme);
      } catch (e) {
        // no theme: the style sheet's own light and dark colours apply
      }
    }
    if (!initData) {
      document.getElementById("launching").classList.add("hidden");
      document.getElementById("outside").classList.remove("hidden");
      return;
    }
    document.getElementById("init-data").value = initData;
    form.submit();
  }

  applyTheme(storedTheme());
  document.addEventListener("DOMContentLoaded", function () {
    launch();
    // Filters apply as soon as a choice changes (the button stays for the free text).
    var filters = document.getElementById("filters");
    if (filters) {
      Array.prototype.forEach.call(filters.querySelectorAll("select"), function (select) {
        select.addEventListener("change", function () {
          filters.submit();
        });
      });
    }
  });
})();
