// The holiday table: consecutive days of one holiday read as one row, dates in Hijri beside Gregorian, and nothing is
// deleted without a second, explicit click.
const api = '/api/admin/holidays';
// Signed in through the staff webapps' session: every write carries the CSRF token.
const csrf = fetch('/api/public/csrf').then((r) => r.json());
const message = document.getElementById('message');
const gregorian = new Intl.DateTimeFormat('ar-SA-u-ca-gregory-nu-arab', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const hijri = new Intl.DateTimeFormat('ar-SA-u-ca-islamic-umalqura-nu-arab', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

async function write(url, options) {
  const token = await csrf;
  return fetch(url, { ...options, headers: { ...(options.headers || {}), [token.headerName]: token.token } });
}

async function explain(response) {
  const problem = await response.json().catch(() => ({}));
  message.textContent = problem.messageAr ? problem.messageAr + ' — ' + problem.messageEn : 'تعذّر الحفظ (' + response.status + ')';
}

function day(iso) { return new Date(iso + 'T00:00:00Z'); }

function nextDay(iso) { const d = day(iso); d.setUTCDate(d.getUTCDate() + 1); return d.toISOString().slice(0, 10); }

/** Consecutive days with the same name become one holiday: {from, to, name, hijriFrom, hijriTo}. */
function spans(days) {
  const result = [];
  for (const holiday of days) {
    const last = result[result.length - 1];
    if (last && last.name === holiday.name && nextDay(last.to) === holiday.date) {
      last.to = holiday.date;
      last.hijriTo = holiday.hijri;
    } else {
      result.push({ from: holiday.date, to: holiday.date, name: holiday.name, hijriFrom: holiday.hijri, hijriTo: holiday.hijri });
    }
  }
  return result;
}

function range(from, to, format) {
  return from === to ? format(from) : format(from) + ' – ' + format(to);
}

function removeButtons(cell, span) {
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.className = 'remove';
  remove.textContent = 'حذف';
  remove.setAttribute('aria-label', 'حذف ' + span.name);
  remove.addEventListener('click', () => {
    const confirm = document.createElement('button');
    confirm.type = 'button';
    confirm.className = 'remove confirm';
    confirm.textContent = 'تأكيد حذف «' + span.name + '»';
    const cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.className = 'cancel';
    cancel.textContent = 'إلغاء';
    cancel.addEventListener('click', () => { cell.replaceChildren(remove); remove.focus(); });
    confirm.addEventListener('click', async () => {
      const result = await write(api + '?from=' + span.from + '&to=' + span.to, { method: 'DELETE' });
      if (result.ok) { await load(); message.textContent = 'حُذفت «' + span.name + '» — Deleted'; } else { explain(result); }
    });
    cell.replaceChildren(confirm, cancel);
    confirm.focus();
  });
  cell.replaceChildren(remove);
}

async function load() {
  const response = await fetch(api, { headers: { Accept: 'application/json' } });
  const rows = document.getElementById('rows');
  rows.replaceChildren();
  for (const span of spans(await response.json())) {
    const row = rows.insertRow();
    row.dataset.from = span.from;
    row.dataset.to = span.to;
    row.insertCell().textContent = span.hijriFrom ? range(span.hijriFrom, span.hijriTo, (h) => h) : '—';
    const date = row.insertCell();
    date.textContent = range(span.from, span.to, (iso) => gregorian.format(day(iso)));
    date.title = range(span.from, span.to, (iso) => iso);
    row.insertCell().textContent = span.name;
    removeButtons(row.insertCell(), span);
  }
}

/** Beside each date field, the Hijri day it falls on, so the Eid dates can be checked against the announcement. */
for (const name of ['from', 'to']) {
  const input = document.querySelector('#add input[name=' + name + ']');
  const hint = document.getElementById(name + '-hijri');
  input.addEventListener('input', () => { hint.textContent = input.value ? hijri.format(day(input.value)) : ''; });
}

document.getElementById('add').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const body = { from: form.get('from'), to: form.get('to') || form.get('from'), name: form.get('name') };
  const response = await write(api, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (response.ok) {
    event.target.reset();
    document.querySelectorAll('.hijri').forEach((hint) => { hint.textContent = ''; });
    await load();
    message.textContent = 'تمت الإضافة: «' + body.name + '» — Added';
  } else {
    explain(response);
  }
});

load();
