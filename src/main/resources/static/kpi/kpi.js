const names = {
  BeneficiaryRequestProcess: 'طلبات الدعم', WhistleblowerReportProcess: 'البلاغات',
  'committee-decision': 'قرار لجنة البحث (١٤ يوماً)', 'report-acknowledgement': 'إشعار المبلّغ (١٠ أيام)',
  'leadership-informed': 'إطلاع القيادة (٧ أيام)', 'violations-investigation': 'توصية لجنة المخالفات (١٠ أيام عمل)'
};
const form = document.getElementById('period');
const year = new Date().getFullYear();
form.from.value = year + '-01-01';
form.to.value = year + '-12-31';

function query() { return '/api/kpi?from=' + form.from.value + '&to=' + form.to.value; }

function table(id, head, rows) {
  const t = document.getElementById(id);
  t.replaceChildren();
  const h = t.insertRow();
  head.forEach((text) => { const th = document.createElement('th'); th.textContent = text; h.append(th); });
  rows.forEach((cells) => { const r = t.insertRow(); cells.forEach((c) => { r.insertCell().textContent = c; }); });
}

async function load() {
  const response = await fetch(query(), { headers: { Accept: 'application/json' } });
  const data = await response.json();
  if (!response.ok) { document.getElementById('error').textContent = data.messageAr || response.status; return; }
  document.getElementById('error').textContent = '';
  table('processes', ['الإجراء', 'بدأت', 'مفتوحة', 'منتهية'],
    data.processes.map((p) => [names[p.process] || p.process, p.started, p.open, p.finished]));
  const channels = document.getElementById('channels');
  channels.replaceChildren();
  const max = Math.max(1, ...data.channels.map((c) => c.count));
  data.channels.forEach((c) => {
    const row = document.createElement('div');
    row.className = 'bar';
    const label = document.createElement('span');
    label.textContent = (names[c.process] || c.process) + ' — ' + c.channel + ': ' + c.count;
    const fill = document.createElement('span');
    fill.className = 'fill';
    fill.style.width = (c.count / max * 20) + 'rem';
    row.append(fill, label);
    channels.append(row);
  });
  table('deadlines', ['الموعد', 'في الموعد', 'متأخرة', 'مفتوحة ومتأخرة', 'مفتوحة في الموعد', 'الوسيط (ساعات)'],
    data.deadlines.map((d) => [names[d.deadline] || d.deadline, d.met, d.missed, d.openOverdue, d.openInTime, d.medianHours]));
  const s = data.satisfaction;
  const box = document.getElementById('satisfaction');
  box.replaceChildren();
  [['عدد الإجابات', s.responses], ['متوسط التقييم من ٥', s.averageScore],
   ['نسبة من قيّم ٤ أو ٥', Math.round(s.shareFourOrFive * 100) + '٪']].forEach(([k, v]) => {
    const p = document.createElement('p'); p.textContent = k + ': ' + v; box.append(p);
  });
  s.comments.forEach((c) => { const q = document.createElement('blockquote'); q.textContent = c; box.append(q); });
  table('load', ['المجموعة', 'مهام مفتوحة', 'أقدمها منذ'], data.openTasks.map((g) => [g.group, g.openTasks, g.oldestSince]));
}

form.addEventListener('submit', (event) => { event.preventDefault(); load(); });
document.getElementById('csv').addEventListener('click', async () => {
  const response = await fetch(query(), { headers: { Accept: 'text/csv' } });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = 'kpi-' + form.from.value + '-' + form.to.value + '.csv';
  link.click();
});
load();
