const api = '/api/admin/holidays';
  // Signed in through the staff webapps' session: every write carries the CSRF token.
  const csrf = fetch('/api/public/csrf').then((r) => r.json());
  async function write(url, options) {
    const token = await csrf;
    return fetch(url, { ...options, headers: { ...(options.headers || {}), [token.headerName]: token.token } });
  }
  const message = document.getElementById('message');

  async function explain(response) {
    const problem = await response.json().catch(() => ({}));
    message.textContent = problem.messageAr ? problem.messageAr + ' — ' + problem.messageEn : 'تعذّر الحفظ (' + response.status + ')';
  }

  async function load() {
    const response = await fetch(api, { headers: { Accept: 'application/json' } });
    const rows = document.getElementById('rows');
    rows.replaceChildren();
    for (const holiday of await response.json()) {
      const row = rows.insertRow();
      row.insertCell().textContent = holiday.date;
      row.insertCell().textContent = holiday.name;
      const button = document.createElement('button');
      button.className = 'remove';
      button.textContent = 'حذف';
      button.setAttribute('aria-label', 'حذف ' + holiday.name + ' ' + holiday.date);
      button.onclick = async () => {
        const result = await write(api + '?date=' + holiday.date, { method: 'DELETE' });
        if (result.ok) { message.textContent = ''; load(); } else { explain(result); }
      };
      row.insertCell().append(button);
    }
  }

  document.getElementById('add').addEventListener('submit', async (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    const body = { from: form.get('from'), to: form.get('to') || form.get('from'), name: form.get('name') };
    const response = await write(api, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    if (response.ok) { message.textContent = 'تمت الإضافة — Added'; event.target.reset(); load(); } else { explain(response); }
  });

  load();
