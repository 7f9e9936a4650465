// Shared by the portal pages: Arabic/English switch, CSRF token, JSON calls, errors by field, the receipt. The
// association's name comes with the page (templates/fragments/layout.html), in Arabic with its English in data-en like
// every other text.
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

  // An element whose text is Arabic with its English in data-en, so the language switch turns it too. Text, never markup.
  function text(tag, arabic, english, className) {
    const element = document.createElement(tag);
    element.textContent = arabic;
    element.dataset.en = english || arabic;
    if (className) { element.className = className; }
    return element;
  }

  function showError(element, error) {
    const problem = error.problem || {};
    element.replaceChildren(text('span', problem.messageAr || 'تعذّر الإرسال، حاول مرة أخرى',
      problem.messageEn || 'Could not send, please try again'));
    applyLanguage();
    element.focus();
  }

  function clearProblems(form, summary) {
    form.querySelectorAll('.field-error').forEach((element) => element.remove());
    form.querySelectorAll('[aria-invalid]').forEach((field) => {
      field.removeAttribute('aria-invalid');
      const described = (field.getAttribute('aria-describedby') || '').split(' ')
        .filter((id) => id && !id.startsWith('problem-')).join(' ');
      if (described) { field.setAttribute('aria-describedby', described); } else { field.removeAttribute('aria-describedby'); }
    });
    summary.replaceChildren();
  }

  // Every problem the server named, each beside its field (aria-invalid, aria-describedby) and all of them in the
  // summary at the top (role=alert), each linking to its field. Problems without a field of the form go in the summary.
  function showProblems(form, summary, error) {
    clearProblems(form, summary);
    const problems = (error.problem && error.problem.errors) || [];
    if (problems.length === 0) {
      showError(summary, error);
      return;
    }
    const list = document.createElement('ul');
    problems.forEach((problem) => {
      const named = form.elements[problem.field];
      const field = named instanceof RadioNodeList ? named[0] : named;
      const item = document.createElement('li');
      if (field && field.id) {
        const id = 'problem-' + problem.field;
        const message = text('span', problem.arabic, problem.english, 'field-error');
        message.id = id;
        const anchor = field.closest('.check') || field;
        anchor.after(message);
        field.setAttribute('aria-invalid', 'true');
        field.setAttribute('aria-describedby', [field.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
        const link = text('a', problem.arabic, problem.english);
        link.href = '#' + field.id;
        link.addEventListener('click', (event) => { event.preventDefault(); field.focus(); });
        item.append(link);
      } else {
        item.append(text('span', problem.arabic, problem.english));
      }
      list.append(item);
    });
    summary.append(text('p', 'لم يُرسل النموذج. صحّح ما يلي:', 'The form was not sent. Please correct the following:',
      'summary-title'), list);
    applyLanguage();
    summary.focus();
  }

  // The receipt stays on screen: Back first lands on the receipt itself (a same-page history entry), and leaving the
  // page before the code was copied or printed asks first. The code never goes into the address or into storage.
  function keepReceipt(receipt, copyValue) {
    let kept = false;
    const copied = receipt.querySelector('.copied');
    const copyButton = receipt.querySelector('.copy');
    const fallback = receipt.querySelector('.copy-fallback');
    history.pushState({ receipt: true }, '', location.pathname);
    window.addEventListener('popstate', () => { receipt.hidden = false; receipt.focus(); });
    window.addEventListener('beforeunload', (event) => {
      if (!kept) { event.preventDefault(); event.returnValue = ''; }
    });
    copyButton.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(copyValue);
      } catch (unavailable) {
        // No clipboard (an older browser, no permission): the value is selected for the reader to copy.
        fallback.value = copyValue;
        fallback.hidden = false;
        fallback.select();
      }
      kept = true;
      copied.hidden = false;
    });
    receipt.querySelector('.print').addEventListener('click', () => { kept = true; window.print(); });
    receipt.hidden = false;
    receipt.focus();
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

  window.portal = { post, showError, showProblems, clearProblems, keepReceipt, text, lang: () => state.lang, applyLanguage };
})();
