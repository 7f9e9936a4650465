let current = null;

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
  document.getElementById('stage').textContent = ar ? status.stageAr : status.stageEn;
  const details = [];
  if (status.feedback) { details.push((ar ? 'إفادة الجمعية: ' : 'Our feedback: ') + status.feedback); }
  if (status.decisionDueDisplay) { details.push((ar ? 'موعد القرار: ' : 'Decision due: ') + status.decisionDueDisplay); }
  if (status.missingInformation) { details.push((ar ? 'المطلوب منك: ' : 'Needed from you: ') + status.missingInformation); }
  if (status.decisionReason) { details.push((ar ? 'السبب: ' : 'Reason: ') + status.decisionReason); }
  document.getElementById('details').textContent = details.join('\n');
  showThread(report ? (status.thread || []) : []);
  document.getElementById('status').hidden = false;
  document.getElementById('message-form').hidden = !report;
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
