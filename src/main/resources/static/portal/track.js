let current = null;

// Opened from a receipt: /track.html?report=WB-… or ?request=BR-… fills in the number (never a code or an ID).
(function prefill() {
  const query = new URLSearchParams(location.search);
  const number = query.get('report') || query.get('request');
  if (!number) { return; }
  const form = document.getElementById('track-form');
  form.elements.number.value = number.trim().toUpperCase().slice(0, 40);
  const label = document.getElementById('secret-label');
  if (query.get('report')) {
    label.textContent = 'رمز المتابعة';
    label.dataset.ar = 'رمز المتابعة';
    label.dataset.en = 'Tracking code';
  } else {
    label.textContent = 'رقم الهوية الوطنية أو الإقامة';
    label.dataset.ar = 'رقم الهوية الوطنية أو الإقامة';
    label.dataset.en = 'National ID or iqama number';
  }
  document.addEventListener('DOMContentLoaded', () => form.elements.secret.focus());
})();

document.getElementById('track-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const number = String(form.get('number')).trim().toUpperCase();
  const secret = String(form.get('secret')).trim();
  const report = number.startsWith('WB-');
  try {
    const status = report
      ? await reportStatus(number, secret)
      : await portal.post('/api/public/support-requests/' + encodeURIComponent(number) + '/status', { nationalId: secret });
    current = report ? { number, secret } : null;
    show(status, report);
    document.getElementById('error').textContent = '';
  } catch (error) {
    document.getElementById('status').hidden = true;
    document.getElementById('message-form').hidden = true;
    portal.showError(document.getElementById('error'), error);
  }
});

function reportStatus(number, secret) {
  return portal.post('/api/public/reports/' + encodeURIComponent(number) + '/status', { accessCode: secret });
}

function show(status, report) {
  const ar = portal.lang() === 'ar';
  const stage = document.getElementById('stage');
  stage.textContent = status.stageAr;
  stage.dataset.ar = status.stageAr;
  stage.dataset.en = status.stageEn;
  showSteps(status.steps || [], status.next);
  const details = [];
  if (status.feedback) { details.push((ar ? 'إفادة الجمعية: ' : 'Our feedback: ') + status.feedback); }
  if (status.missingInformation) { details.push((ar ? 'المطلوب منك: ' : 'Needed from you: ') + status.missingInformation); }
  if (status.decisionReason) { details.push((ar ? 'السبب: ' : 'Reason: ') + status.decisionReason); }
  document.getElementById('details').textContent = details.join('\n');
  showThread(report ? (status.thread || []) : []);
  document.getElementById('status').hidden = false;
  document.getElementById('message-form').hidden = !report;
  portal.applyLanguage();
}

const STATES = {
  DONE: ['تمّت', 'Done'],
  CURRENT: ['المرحلة الحالية', 'Current stage'],
  UPCOMING: ['لاحقًا', 'Later'],
  SKIPPED: ['لا تنطبق', 'Does not apply'],
};

// The dated stepper: each stage in order, done (with its date), current (since when, and by when where promised), or
// to come; then the next step and its promised date, Hijri with the Gregorian date beside it.
function showSteps(steps, next) {
  const list = document.getElementById('steps');
  list.replaceChildren(...steps.map((step) => {
    const item = document.createElement('li');
    item.className = 'step ' + step.state.toLowerCase();
    if (step.state === 'CURRENT') { item.setAttribute('aria-current', 'step'); }
    const head = document.createElement('div');
    head.className = 'step-head';
    head.append(portal.text('span', step.nameAr, step.nameEn, 'step-name'),
      portal.text('span', STATES[step.state][0], STATES[step.state][1], 'step-state'));
    item.append(head);
    if (step.at) {
      const when = step.state === 'CURRENT' ? ['منذ ', 'Since '] : ['في ', 'On '];
      item.append(dateLine('step-date', when, step.at, step.atDisplay));
    }
    if (step.due) {
      item.append(dateLine('step-due', ['الموعد المتوقع: ', 'Expected by: '], step.due, step.dueDisplay));
    }
    if (step.noteAr) { item.append(portal.text('p', step.noteAr, step.noteEn, 'step-note')); }
    return item;
  }));
  const box = document.getElementById('next');
  box.replaceChildren();
  if (next) {
    box.append(portal.text('h3', 'الخطوة التالية', 'Next step'), portal.text('p', next.nameAr, next.nameEn, 'next-name'));
    if (next.due) { box.append(dateLine('next-due', ['الموعد: ', 'By: '], next.due, next.dueDisplay)); }
  }
  box.hidden = !next;
}

// A day in both calendars: the server's Arabic (Hijri, then Gregorian), and for English readers the same day written
// by the browser in English, Gregorian then Hijri.
function dateLine(className, prefix, isoDay, arabicDisplay) {
  const day = new Date(isoDay + 'T12:00:00Z');
  const gregorian = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(day);
  const hijri = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { dateStyle: 'long', timeZone: 'UTC' }).format(day);
  const line = document.createElement('p');
  line.className = className;
  const time = portal.text('time', arabicDisplay, gregorian + ' (' + hijri + ')');
  time.dateTime = isoDay;
  line.append(portal.text('span', prefix[0], prefix[1]), time);
  return line;
}

// Each message is labelled and dated in Arabic with its English in data-en, like every other text of the portal, so
// the language switch turns it too. Texts go in as text, never as markup.
function showThread(thread) {
  const list = document.getElementById('thread');
  list.replaceChildren(...thread.map((message) => {
    const fromReporter = message.from === 'REPORTER';
    const item = document.createElement('li');
    item.className = fromReporter ? 'from-reporter' : 'from-association';
    const meta = document.createElement('div');
    meta.className = 'meta';
    meta.append(
      labelled('span', 'who', fromReporter ? 'رسالتك' : 'رد الجمعية', fromReporter ? 'Your message' : 'The association replied'),
      dated(message.at));
    const text = document.createElement('p');
    text.className = 'text';
    text.textContent = message.text;
    item.append(meta, text);
    return item;
  }));
  document.getElementById('thread-section').hidden = thread.length === 0;
  portal.applyLanguage();
}

function labelled(tag, className, arabic, english) {
  const element = document.createElement(tag);
  element.className = className;
  element.textContent = arabic;
  element.dataset.en = english;
  return element;
}

function dated(at) {
  const when = new Date(at);
  const zone = { timeZone: 'Asia/Riyadh' };
  const hijri = new Intl.DateTimeFormat('ar-SA-u-ca-islamic-umalqura', { ...zone, dateStyle: 'long' }).format(when);
  const gregorian = new Intl.DateTimeFormat('ar-SA-u-ca-gregory', { ...zone, dateStyle: 'medium', timeStyle: 'short' })
    .format(when);
  const english = new Intl.DateTimeFormat('en-GB', { ...zone, dateStyle: 'medium', timeStyle: 'short' }).format(when);
  const time = labelled('time', 'at', hijri + ' — ' + gregorian, english);
  time.dateTime = at;
  return time;
}

document.getElementById('message-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const result = document.getElementById('message-result');
  // Multipart, so files travel with the answer; the access code proves the report is the sender's.
  const body = new FormData(event.target);
  body.set('accessCode', current.secret);
  try {
    const answer = await portal.post('/api/public/reports/' + encodeURIComponent(current.number) + '/messages', body);
    const ar = portal.lang() === 'ar';
    result.textContent = answer.reopened
      ? (ar ? 'وصلت إثباتاتك، وأُعيد البلاغ إلى المراجعة.' : 'Your evidence arrived; the report is back in review.')
      : (ar ? 'وصلت رسالتك.' : 'Your message arrived.');
    event.target.reset();
    show(await reportStatus(current.number, current.secret), true);
  } catch (error) {
    portal.showError(result, error);
  }
});
