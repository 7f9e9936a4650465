// The case page's two writes (a staff document, a reply to the reporter) and the print button. Signed in through the
// staff webapps' session: every write carries the CSRF token.
(() => {
  const printButton = document.getElementById('print');
  if (printButton) {
    printButton.addEventListener('click', () => window.print());
  }
  const page = document.getElementById('case');
  if (!page) {
    return;
  }
  const api = '/api/cases/' + encodeURIComponent(page.dataset.number);
  const message = document.getElementById('message');
  const csrf = fetch('/api/public/csrf').then((r) => r.json());
  async function write(url, options) {
    const token = await csrf;
    return fetch(url, { ...options, headers: { ...(options.headers || {}), [token.headerName]: token.token } });
  }
  async function explain(response) {
    const problem = await response.json().catch(() => ({}));
    message.className = '';
    message.textContent = problem.messageAr ? problem.messageAr + ' — ' + problem.messageEn : 'تعذّر الحفظ (' + response.status + ')';
  }
  function done(text) {
    message.className = 'ok';
    message.textContent = text;
    window.setTimeout(() => window.location.reload(), 600);
  }
  const upload = document.getElementById('upload');
  if (upload) {
    upload.addEventListener('submit', async (event) => {
      event.preventDefault();
      const response = await write(api + '/documents', { method: 'POST', body: new FormData(upload) });
      if (response.ok) { done('أُضيف المستند — Document added'); } else { explain(response); }
    });
  }
  const reply = document.getElementById('reply');
  if (reply) {
    reply.addEventListener('submit', async (event) => {
      event.preventDefault();
      const text = new FormData(reply).get('text');
      const response = await write(api + '/messages', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text }) });
      if (response.ok) { done('أُرسل الرد — Reply sent'); } else { explain(response); }
    });
  }
})();
