let current = null;

document.getElementById('track-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = new FormData(event.target);
  const number = String(form.get('number')).trim().toUpperCase();
  const secret = String(form.get('secret')).trim();
  const report = number.startsWith('WB-');
  try {
    const status = report
      ? await portal.post('/api/public/reports/' + encodeURIComponent(number) + '/status', { accessCode: secret })
      : await portal.post('/api/public/support-requests/' + encodeURIComponent(number) + '/status', { nationalId: secret });
    current = report ? { number, secret } : null;
    show(status, report);
    document.getElementById('error').textContent = '';
  } catch (error) {
    document.getElementById('status').hidden = true;
    portal.showError(document.getElementById('error'), error);
  }
});

function show(status, report) {
  const ar = portal.lang() === 'ar';
  document.getElementById('stage').textContent = ar ? status.stageAr : status.stageEn;
  const details = [];
  if (status.feedback) { details.push((ar ? 'إفادة الجمعية: ' : 'Our feedback: ') + status.feedback); }
  if (status.decisionDueDisplay) { details.push((ar ? 'موعد القرار: ' : 'Decision due: ') + status.decisionDueDisplay); }
  if (status.missingInformation) { details.push((ar ? 'المطلوب منك: ' : 'Needed from you: ') + status.missingInformation); }
  if (status.decisionReason) { details.push((ar ? 'السبب: ' : 'Reason: ') + status.decisionReason); }
  document.getElementById('details').textContent = details.join('\n');
  const messages = document.getElementById('messages');
  messages.replaceChildren();
  (status.yourMessages || []).forEach((text) => {
    const p = document.createElement('p');
    p.textContent = (ar ? 'رسالتك: ' : 'Your message: ') + text;
    messages.append(p);
  });
  document.getElementById('status').hidden = false;
  document.getElementById('message-form').hidden = !report;
}

document.getElementById('message-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const text = new FormData(event.target).get('text');
  const result = document.getElementById('message-result');
  try {
    const answer = await portal.post('/api/public/reports/' + encodeURIComponent(current.number) + '/messages',
      { accessCode: current.secret, text });
    const ar = portal.lang() === 'ar';
    result.textContent = answer.reopened
      ? (ar ? 'وصلت إثباتاتك، وأُعيد البلاغ إلى المراجعة.' : 'Your evidence arrived; the report is back in review.')
      : (ar ? 'وصلت رسالتك.' : 'Your message arrived.');
    event.target.reset();
  } catch (error) {
    portal.showError(result, error);
  }
});
