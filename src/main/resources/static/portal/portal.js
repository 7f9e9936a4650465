// Shared by the portal pages: Arabic/English switch, CSRF token, JSON calls, errors. The association's name comes
// with the page (templates/fragments/layout.html), in Arabic with its English in data-en like every other text.
(function () {
  const state = { lang: localStorage.getItem('portal-lang') || 'ar', csrf: null };

  function applyLanguage() {
    const html = document.documentElement;
    html.lang = state.lang;
    html.dir = state.lang === 'ar' ? 'rtl' : 'ltr';
    document.querySelectorAll('[data-en]').forEach((el) => {
      if (!el.dataset.ar) { el.dataset.ar = el.textContent; }
      el.textContent = state.lang === 'ar' ? el.dataset.ar : el.dataset.en;
    });
    document.querySelectorAll('[data-en-placeholder]').forEach((el) => {
      if (!el.dataset.arPlaceholder) { el.dataset.arPlaceholder = el.placeholder; }
      el.placeholder = state.lang === 'ar' ? el.dataset.arPlaceholder : el.dataset.enPlaceholder;
    });
    const button = document.getElementById('lang');
    if (button) { button.textContent = state.lang === 'ar' ? 'English' : 'العربية'; }
  }

  async function token() {
    if (!state.csrf) {
      const response = await fetch('/api/public/csrf', { credentials: 'same-origin' });
      state.csrf = (await response.json()).token;
    }
    return state.csrf;
  }

  async function post(url, body) {
    const headers = { 'X-XSRF-TOKEN': await token() };
    const init = { method: 'POST', credentials: 'same-origin', headers };
    if (body instanceof FormData) {
      init.body = body;
    } else {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    const response = await fetch(url, init);
    const data = await response.json().catch(() => ({}));
    if (!response.ok) {
      const error = new Error(data.messageEn || ('HTTP ' + response.status));
      error.problem = data;
      throw error;
    }
    return data;
  }

  function showError(element, error) {
    const problem = error.problem || {};
    element.textContent = state.lang === 'ar'
      ? (problem.messageAr || 'تعذّر الإرسال، حاول مرة أخرى')
      : (problem.messageEn || 'Could not send, please try again');
    element.focus();
  }

  document.addEventListener('DOMContentLoaded', () => {
    applyLanguage();
    const button = document.getElementById('lang');
    if (button) {
      button.addEventListener('click', () => {
        state.lang = state.lang === 'ar' ? 'en' : 'ar';
        localStorage.setItem('portal-lang', state.lang);
        applyLanguage();
      });
    }
  });

  window.portal = { post, showError, lang: () => state.lang, applyLanguage };
})();
